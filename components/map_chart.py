"""The map: reference layers, facts coloured by category and the selected fact, drawn offline."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd

from components.layout import map_frame
from components.map_events import watch_map
from components.map_key import render_map_key
from components.picking import Spec, render_pickable
from components.style import DEFAULT_STYLE, LAYER_STYLES, SELECTED_COLOUR, category_colour
from components.zoom_keeper import keep_zoom
from facts.labels import GROUP, HOVER
from facts.model import FACT_ID
from facts.placements import (
    IS_AREA,
    LAT,
    LON,
    PLACE,
    PLACE_ID,
    marked_points,
    outlines_of,
    unoutlined,
)
from geo.label_layout import label_positions
from geo.shapes import LINE, POINT, POLYGON, LayerShapes, Shapes
from geo.views import View, fitted

# Relative URL, no leading slash: it survives server.baseUrlPath (DESIGN.md, offline map).
TOPOJSON_URL = "app/static/topojson/"
# The figure's own height, used where no page sizes it; on the page the map fills its frame
# (`components.layout`), whose plot area is about 1.05 to 1.25 times as wide as high on 1280 to
# 1920 px screens: frames are cut to 1.15 and letterbox a little elsewhere. (Fitting the frame
# in the browser to the plot's true shape cost a second draw of the map: 1.5 s of first render.)
HEIGHT = 560
ASPECT = 1.15
# Typical drawn width of the map in the map-first layout; only label placement depends on it.
WIDTH_PX = 850.0
# Point layers get text labels only in frames narrower than this (degrees), to avoid clutter.
LABEL_BELOW_DEG = {"senkaku_islands": 5.0, "chokepoints": 100.0, "flashpoints": 30.0}
HOVER_FACTS = 5
# Wide frames use Natural Earth 1:110m (137 kB, drawn fast); closer ones 1:50m (1.1 MB).
COARSE_ABOVE_DEG = 60.0
FAMILY_ORDER = (POLYGON, LINE, POINT)
ROW_FIELDS = (FACT_ID, HOVER, "legend")


def map_figure(
    layers: Mapping[str, LayerShapes],
    placed: pd.DataFrame,
    areas: Mapping[str, Sequence[Shapes]],
    *,
    view: View,
    selected: str | None = None,
) -> Spec:
    """Return the map of the given layers and facts, framed on `view`, in Plotly's JSON form.

    Parameters
    ----------
    layers
        Display shapes per layer name, drawn in their muted layer style.
    placed
        Where the facts go (see `placed_facts`); point places become markers.
    areas
        Display shapes per gazetteer id of the areas facts are placed at (seas, zones).
    """
    view = fitted(view, aspect=ASPECT)
    traces = []
    for family in FAMILY_ORDER:
        for name, layer in layers.items():
            traces += [
                _layer_trace(name, s, title=layer.title, view=view)
                for s in layer.shapes
                if s.family == family
            ]
    counts = placed.groupby(GROUP)[FACT_ID].nunique()
    placed = placed.assign(legend=placed[GROUP].map({g: f"{g} ({n})" for g, n in counts.items()}))
    traces += _area_traces(placed[placed[IS_AREA]], areas)
    traces += _area_label_traces(unoutlined(placed, areas))
    traces += _point_traces(placed[~placed[IS_AREA]])
    traces += _selected_traces(placed[placed[FACT_ID] == selected], areas)
    _one_legend_entry_per_group(traces)
    # uirevision: the user's zoom and pan hold until the frame or selection changes, not when
    # a filter redraws the facts. Streamlit 1.67 remounts a chart whose figure changed (its
    # element id hashes the spec), so Plotly alone would lose them: `keep_zoom` replays them.
    layout = _layout(view, revision=f"{view.lon}{view.lat}{selected}")
    # Plain dicts, not validated at run time (that took most of a rerun); the tests validate.
    return {"data": traces, "layout": layout}


def render_map(fig: Spec, *, key: str, caption: str) -> None:
    """Show the map offline; clicking a fact's dot selects the fact; filters keep the zoom.

    Its toolbar's box and lasso draw an area that filters the facts (`map_events`).
    """
    config = {"topojsonURL": TOPOJSON_URL, "scrollZoom": True}
    modes = ("points", "box", "lasso")
    with map_frame():
        render_pickable(fig, key=key, config=config, selection_mode=modes, height="stretch")
    keep_zoom(key)
    watch_map(key)
    render_map_key(caption)


def _layer_trace(name: str, shapes: Shapes, *, title: str, view: View) -> dict:
    """Return a reference layer's trace in its style; point layers may carry labels."""
    style = LAYER_STYLES.get(name, DEFAULT_STYLE)
    common = {"lon": shapes.lon, "lat": shapes.lat, "name": title, "legendgroup": name}
    common |= {"hoverinfo": "text", "showlegend": True}
    if shapes.family == POINT:
        labelled = view.span < LABEL_BELOW_DEG.get(name, 0.0)
        positions = (
            label_positions(shapes.lon, shapes.lat, shapes.names, view=view, width_px=WIDTH_PX)
            if labelled
            else None
        )
        return _geo(
            **common,
            hovertext=shapes.text,
            mode="markers+text" if labelled else "markers",
            text=shapes.names,
            textposition=positions,
            textfont={"size": 11, "color": style.colour},
            marker={"color": style.colour, "symbol": style.symbol, "size": style.size},
        )
    filled = shapes.family == POLYGON and style.fill is not None
    # Heavier lines for busier sea-lane edges (weight = share of the busiest edge's count).
    width = 1.3 if shapes.weight is None else 0.8 + 3.2 * shapes.weight
    return _geo(
        **common,
        hovertext=shapes.text[0],
        mode="lines",
        line={"color": style.colour, "width": width, "dash": style.dash},
        fill="toself" if filled else "none",
        fillcolor=style.fill if filled else None,
    )


def _point_traces(points: pd.DataFrame) -> list[dict]:
    """Return one marker trace per category; facts at the same spot share a bigger marker."""
    traces = []
    for group, spots in _grouped(points, by=(GROUP,), then=(LON, LAT)).items():
        facts = list(spots.values())
        traces.append(
            _geo(
                lon=[lon for lon, _ in spots],
                lat=[lat for _, lat in spots],
                customdata=[rows[0][FACT_ID] for rows in facts],
                hovertext=[_joined_hover([r[HOVER] for r in rows]) for rows in facts],
                hoverinfo="text",
                mode="markers",
                name=facts[0][0]["legend"],
                legendgroup=f"fact:{group[0]}",
                marker={
                    "color": category_colour(group[0]),
                    "size": [9 + 4 * (len(rows) - 1) ** 0.5 for rows in facts],
                    "line": {"color": "white", "width": 1},
                },
            )
        )
    return traces


def _area_traces(placed: pd.DataFrame, areas: Mapping[str, Sequence[Shapes]]) -> list[dict]:
    """Return one outline per (area, category) for facts placed at an area, not a point."""
    traces = []
    for (group,), by_area in _grouped(placed, by=(GROUP,), then=(PLACE_ID,)).items():
        colour = category_colour(group)
        for (place_id,), rows in by_area.items():
            traces += [
                _geo(
                    lon=shapes.lon,
                    lat=shapes.lat,
                    hovertext=_joined_hover([r[HOVER] for r in rows]),
                    hoverinfo="text",
                    mode="lines",
                    fill="toself",
                    fillcolor=_translucent(colour),
                    line={"color": colour, "width": 2, "dash": "dot"},
                    name=rows[0]["legend"],
                    legendgroup=f"fact:{group}",
                )
                for shapes in areas.get(place_id, ())
            ]
    return traces


def _area_label_traces(placed: pd.DataFrame) -> list[dict]:
    """Return open squares at the label points of areas whose extent we cannot draw."""
    traces = []
    for (group,), spots in _grouped(placed, by=(GROUP,), then=(PLACE, LON, LAT)).items():
        colour = category_colour(group)
        keys = list(spots)
        traces.append(
            _geo(
                lon=[lon for _, lon, _ in keys],
                lat=[lat for _, _, lat in keys],
                text=[html.escape(name) for name, _, _ in keys],
                textposition="bottom center",
                textfont={"color": colour, "size": 11},
                hovertext=[
                    _joined_hover([r[HOVER] for r in rows])
                    + f"<br><i>{html.escape(name)}: label point of an area, not its extent</i>"
                    for (name, _, _), rows in spots.items()
                ],
                hoverinfo="text",
                mode="markers+text",
                marker={"symbol": "square-open", "size": 18, "color": colour, "line": {"width": 2}},
                name=next(iter(spots.values()))[0]["legend"],
                legendgroup=f"fact:{group}",
            )
        )
    return traces


def _grouped(
    frame: pd.DataFrame, *, by: tuple[str, ...], then: tuple[str, ...]
) -> dict[tuple, dict[tuple, list[dict]]]:
    """Return the rows grouped twice (sorted by the first keys, in order for the second).

    A row holds only what the traces read (fact id, hover, legend): building whole records
    took most of a rerun at 10,000 facts.
    """
    groups: dict[tuple, dict[tuple, list[dict]]] = {}
    # Lists, not the columns: iterating a pandas str (Arrow) column is ten times slower.
    columns = [frame[k].tolist() for k in (*by, *then, *ROW_FIELDS)]
    for values in zip(*columns, strict=True):
        outer, inner = values[: len(by)], values[len(by) : len(by) + len(then)]
        row = dict(zip(ROW_FIELDS, values[len(by) + len(then) :], strict=True))
        groups.setdefault(outer, {}).setdefault(inner, []).append(row)
    return dict(sorted(groups.items()))


def _selected_traces(placed: pd.DataFrame, areas: Mapping[str, Sequence[Shapes]]) -> list[dict]:
    """Return a ring around the selected fact's points and a heavy outline of its areas."""
    points = marked_points(placed, areas)
    lon, lat = outlines_of(placed, areas)
    common = {"name": "selected fact", "legendgroup": "selected", "hoverinfo": "skip"}
    traces = []
    if lon:
        line = {"color": SELECTED_COLOUR, "width": 3}
        traces.append(_geo(lon=lon, lat=lat, mode="lines", line=line, **common))
    if not points.empty:
        marker = {"symbol": "circle-open", "size": 24, "color": SELECTED_COLOUR}
        marker["line"] = {"width": 3}
        traces.append(
            _geo(
                lon=points[LON].tolist(),
                lat=points[LAT].tolist(),
                mode="markers",
                marker=marker,
                **common,
            )
        )
    return traces


def _joined_hover(texts: list[str]) -> str:
    """Return the hover texts of facts sharing a spot, the first few in full."""
    shown = texts[:HOVER_FACTS]
    more = len(texts) - len(shown)
    return "<br><br>".join(shown) + (f"<br><br>… and {more} more" if more > 0 else "")


def _translucent(colour: str, alpha: float = 0.08) -> str:
    """Return a '#rrggbb' colour as rgba with the given opacity."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _one_legend_entry_per_group(traces: list[dict]) -> None:
    """Show one legend entry per layer or category; clicking it toggles the whole group.

    The entry is the group's last trace: a category's markers, drawn over its areas.
    """
    last = {trace["legendgroup"]: i for i, trace in enumerate(traces)}
    for i, trace in enumerate(traces):
        trace["showlegend"] = last[trace["legendgroup"]] == i and trace["legendgroup"] != "selected"


def _geo(**properties: object) -> dict:
    """Return a Scattergeo trace as a plain dict; a property set to None is left to Plotly."""
    return {"type": "scattergeo", **{k: v for k, v in properties.items() if v is not None}}


def _layout(view: View, *, revision: str) -> dict:
    """Return the layout: `view`'s frame on the offline Natural Earth base map, legend below."""
    geo = {
        "projection": {"type": "mercator"},
        "lonaxis": {"range": list(view.lon)},
        "lataxis": {"range": list(view.lat)},
        "resolution": 50 if view.span < COARSE_ABOVE_DEG else 110,
        "showland": True,
        "landcolor": "#f1efe8",
        "showocean": True,
        "oceancolor": "#eef4f8",
        "showcoastlines": True,
        "coastlinecolor": "#8a8a8a",
        "showcountries": True,
        "countrycolor": "#b5b5b5",
        "showlakes": False,
        "showframe": False,
        "bgcolor": "rgba(0,0,0,0)",
        "uirevision": revision,
    }
    # One or two compact lines below the map, never over it.
    legend = {"orientation": "h", "yanchor": "top", "y": -0.005, "x": 0, "tracegroupgap": 0}
    legend |= {"font": {"size": 10}, "itemsizing": "constant", "itemwidth": 30}
    return {
        "geo": geo,
        "height": HEIGHT,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "uirevision": revision,
        "legend": legend,
        "hoverlabel": {"align": "left"},
    }
