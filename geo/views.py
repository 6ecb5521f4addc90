"""Named map views, and the view that frames a selected place."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Smallest frame around a point place (degrees), so a port shows its surroundings.
POINT_FRAME_DEG = 3.0
PADDING = 0.15
# Mercator cannot show the poles; Plotly's own frame stops near here too.
MAX_LAT = 84.0


@dataclass(frozen=True)
class View:
    """A map frame: a title and its longitude and latitude ranges (degrees)."""

    title: str
    lon: tuple[float, float]
    lat: tuple[float, float]

    @property
    def span(self) -> float:
        """Return the wider of the two ranges, in degrees."""
        return max(self.lon[1] - self.lon[0], self.lat[1] - self.lat[0])


# Frames chosen by eye to hold each region's layers; they are views, not data.
VIEWS = {
    "indo_pacific": View("Indo-Pacific", (30.0, 180.0), (-40.0, 45.0)),
    "east_china_sea": View("East China Sea", (116.0, 132.0), (22.0, 35.0)),
    "senkaku": View("Senkaku Islands", (122.75, 125.15), (25.45, 26.2)),
    "indian_ocean": View("Indian Ocean", (32.0, 120.0), (-40.0, 30.0)),
    "india_china_border": View("India-China border", (72.0, 98.0), (25.0, 38.0)),
}
DEFAULT_VIEW = "indo_pacific"
# Not a fixed frame: the map frames the selected fact's places (selecting a fact picks it).
FACT_VIEW = "fact"
VIEW_TITLES = {**{name: view.title for name, view in VIEWS.items()}, FACT_VIEW: "Selected fact"}


def view_around(
    lon: Sequence[float | None], lat: Sequence[float | None], *, title: str = "Selected fact"
) -> View | None:
    """Return a frame holding the given coordinates (None breaks ignored), padded."""
    xs = [x for x in lon if x is not None]
    ys = [y for y in lat if y is not None]
    if not xs or not ys:
        return None
    half_w = max((max(xs) - min(xs)) * (0.5 + PADDING), POINT_FRAME_DEG / 2)
    half_h = max((max(ys) - min(ys)) * (0.5 + PADDING), POINT_FRAME_DEG / 2)
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return View(title, (mid_x - half_w, mid_x + half_w), (mid_y - half_h, mid_y + half_h))


def fitted(view: View, *, aspect: float) -> View:
    """Return the view widened so its Mercator frame has the given width/height ratio.

    Plotly keeps a geo map's projected aspect and leaves the rest of the chart blank, so a
    frame cut to the chart's shape fills it.
    """
    width = math.radians(view.lon[1] - view.lon[0])
    bottom, top = _mercator_y(view.lat[0]), _mercator_y(view.lat[1])
    if width / (top - bottom) < aspect:
        extra = math.degrees((top - bottom) * aspect - width) / 2
        return View(view.title, (view.lon[0] - extra, view.lon[1] + extra), view.lat)
    extra = (width / aspect - (top - bottom)) / 2
    lat = (_latitude(bottom - extra), _latitude(top + extra))
    return View(view.title, view.lon, lat)


def _mercator_y(lat: float) -> float:
    """Return the Mercator ordinate of a latitude (radians of the unit sphere)."""
    clipped = max(min(lat, MAX_LAT), -MAX_LAT)
    return math.log(math.tan(math.pi / 4 + math.radians(clipped) / 2))


def _latitude(y: float) -> float:
    """Return the latitude of a Mercator ordinate, kept inside the drawable band."""
    lat = math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)
    return max(min(lat, MAX_LAT), -MAX_LAT)
