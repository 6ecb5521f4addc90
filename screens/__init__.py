"""The app's pages and what they share; `app.py` lists the pages."""
