"""index package"""
