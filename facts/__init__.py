"""Article text in, fact records out, and the SQLite store the dashboard reads."""
