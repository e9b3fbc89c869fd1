"""Widgets and screens of the jixiao terminal app, one per module."""
