"""Geographic context of the news: reference layers, gazetteer and spatial joins (pure)."""

from paths import DATA

__all__ = ["DATA"]
