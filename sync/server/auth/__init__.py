"""Passwords, login throttling and device tokens."""
