"""Geographic context of the news: reference layers, gazetteer and spatial joins (pure)."""

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
