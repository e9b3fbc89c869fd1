"""corpus package"""
