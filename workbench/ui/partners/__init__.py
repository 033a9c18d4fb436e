"""The partners screen: registry, import, ideal-partner profile."""
