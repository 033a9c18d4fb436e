"""Guides screen."""
