"""assistant package"""
