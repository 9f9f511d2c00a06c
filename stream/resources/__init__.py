"""Packaged data: entity knowledge base and category taxonomy (read with importlib.resources)."""
