"""Maritime security dashboard: facts from the news on an offline map and timeline, by URL.

The table of contents: the pages (`screens/`), each drawn by `components/` from what `facts/`
and `geo/` compute.
"""

from functools import partial

import streamlit as st

from screens.add import add_article
from screens.dashboard import dashboard

# No page or page_icon icons: a material-icon favicon is fetched from fonts.gstatic.com.
st.set_page_config(page_title="Maritime security dashboard", layout="wide")

DASHBOARD = st.Page(dashboard, title="Dashboard", default=True)
ADD = st.Page(partial(add_article, home=DASHBOARD), title="Add an article", url_path="add")
st.navigation([DASHBOARD, ADD]).run()
