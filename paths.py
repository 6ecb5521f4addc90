"""Where the project's files live: one root for the data, the dev set and the store."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
ARTICLES = DATA / "articles"
# Hand-made reference annotations: data that the tests, the scorer and the About tab all read.
DEVSET = DATA / "devset"
VAR = ROOT / "var"
