"""The sidebar's "Where" filters: reference zones, distance to a target, the area drawn on the map.

Zones and targets are kept by id in hidden bound widgets (see `url_widgets`) and shown by title;
the drawn area is kept as its link text (`geo.drawn_area`) in a hidden bound text box, which the
map's box and lasso fill (`components.area_select`) and the button here clears.
"""

from __future__ import annotations

from collections.abc import Mapping

import streamlit as st

from components.url_widgets import HIDDEN_PREFIX, mirror, url_values
from facts import link
from facts.link import LinkValues
from facts.standing import DEFAULT_NM, MAX_NM
from geo.drawn_area import SEPARATOR, parse_area


def render_space_filters(
    accepted: LinkValues,
    *,
    zone_titles: Mapping[str, str],
    target_titles: Mapping[str, str],
) -> dict[str, object]:
    """Draw the zone, distance and drawn-area filters; return them as `Filters` fields."""
    st.subheader("Where", divider="gray")
    zones = url_values(link.ZONE, accepted.zones)
    near = url_values(link.NEAR, accepted.targets)
    st.multiselect(
        "Inside a zone", accepted.zones, format_func=lambda z: zone_titles.get(z, z),
        placeholder="Any zone", help="Facts with a place inside any zone picked. A fact known "
        "only by a sea, country or region counts only if that whole area lies in the zone.",
        **mirror(link.ZONE, zones),
    )  # fmt: skip
    st.multiselect(
        "Near", accepted.targets, format_func=lambda t: target_titles.get(t, t),
        placeholder="Anywhere", help="Facts with a point place within the distance of any "
        "target picked (geodesic). Facts known only by an area are not measured.",
        **mirror(link.NEAR, near),
    )  # fmt: skip
    nm = st.number_input(
        "Within (nautical miles)", min_value=1, max_value=MAX_NM, value=DEFAULT_NM, step=10,
        key=link.NM, bind="query-params", disabled=not near,
    )  # fmt: skip
    return {"zones": tuple(zones), "near": tuple(near), "nm": nm, "area": render_drawn_area()}


def render_drawn_area() -> str:
    """Keep the drawn area in the URL (hidden); say it is on and offer to clear it."""
    with st.container(key=HIDDEN_PREFIX + link.AREA):
        area = st.text_input(link.AREA, key=link.AREA, bind="query-params")
    if area and parse_area(area) is None:
        # A bound text box takes the link's text before the page can check it (Streamlit
        # 1.67): the notice names it as ignored, and this clears it from the link too.
        st.caption("The link's drawn area could not be read: it is ignored.")
        st.button("Clear it from the link", key="area_clear", on_click=clear_drawn_area)
        return ""
    if area:
        corners = (area.count(SEPARATOR) + 1) // 2
        st.caption(f"Area drawn on the map: {corners} corners. Only facts inside it are shown.")
        st.button("Clear the drawn area", key="area_clear", on_click=clear_drawn_area)
    else:
        st.caption("Draw a box or a lasso on the map (its toolbar) to keep the facts inside.")
    return area or ""


def clear_drawn_area() -> None:
    """Clear the drawn-area filter (callbacks only: before the widgets are drawn)."""
    st.session_state[link.AREA] = ""
