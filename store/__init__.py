"""store package"""
