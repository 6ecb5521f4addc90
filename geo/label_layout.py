"""Where to put point labels on a map so that they overlap neither each other nor the points."""

from __future__ import annotations

import math
from collections.abc import Sequence

from geo.views import View

CHAR_PX = 6.2
LINE_PX = 14.0
MARKER_PX = 10.0
GAP_PX = 4.0
# Plotly text positions, tried in this order of preference.
POSITIONS = (
    "middle right",
    "middle left",
    "top center",
    "bottom center",
    "top right",
    "bottom right",
    "top left",
    "bottom left",
)

Box = tuple[float, float, float, float]


def label_positions(
    lon: Sequence[float], lat: Sequence[float], names: Sequence[str], *, view: View, width_px: float
) -> list[str]:
    """Return a Plotly text position per point, placed greedily to avoid overlaps."""
    scale = width_px / (view.lon[1] - view.lon[0])
    points = [(x * scale, -_mercator_deg(y) * scale) for x, y in zip(lon, lat, strict=True)]
    taken = [_box_around(p, MARKER_PX, MARKER_PX) for p in points]
    chosen = []
    for point, name in zip(points, names, strict=True):
        if not name:
            chosen.append(POSITIONS[0])
            continue
        size = (len(name) * CHAR_PX, LINE_PX)
        best = min(POSITIONS, key=lambda pos: _overlap(_label_box(point, size, pos), taken))
        taken.append(_label_box(point, size, best))
        chosen.append(best)
    return chosen


def _mercator_deg(lat: float) -> float:
    """Return the Mercator ordinate of a latitude, in degree-like units."""
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _box_around(centre: tuple[float, float], width: float, height: float) -> Box:
    """Return the box of the given size centred on a point."""
    x, y = centre
    return x - width / 2, y - height / 2, x + width / 2, y + height / 2


def _label_box(point: tuple[float, float], size: tuple[float, float], position: str) -> Box:
    """Return the box a label of `size` takes at a Plotly text position."""
    (x, y), (width, height) = point, size
    vertical, horizontal = position.split()
    reach = MARKER_PX / 2 + GAP_PX
    dx = {"left": -reach - width / 2, "center": 0.0, "right": reach + width / 2}[horizontal]
    dy = {"top": -reach - height / 2, "middle": 0.0, "bottom": reach + height / 2}[vertical]
    return _box_around((x + dx, y + dy), width, height)


def _overlap(box: Box, others: list[Box]) -> float:
    """Return the area a box shares with the others."""
    total = 0.0
    for other in others:
        width = min(box[2], other[2]) - max(box[0], other[0])
        height = min(box[3], other[3]) - max(box[1], other[1])
        total += max(width, 0.0) * max(height, 0.0)
    return total
