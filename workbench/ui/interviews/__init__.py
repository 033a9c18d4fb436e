"""Interviews screen."""
