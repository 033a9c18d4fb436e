"""Capture screen."""
