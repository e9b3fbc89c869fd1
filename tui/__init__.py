"""tui package"""
