"""Colours and marks: one colour per fact category, one muted style per reference layer."""

from __future__ import annotations

from dataclasses import dataclass

from plotly.colors import qualitative, unlabel_rgb


def _hex(rgb: str) -> str:
    """Return an 'rgb(r, g, b)' colour as '#rrggbb'."""
    return "#{:02x}{:02x}{:02x}".format(*(round(v) for v in unlabel_rgb(rgb)))


# Paul Tol's colour-blind-safe qualitative palette as CARTO ships it in Plotly ("Safe"),
# one colour per category of facts.model.CATEGORIES. "other" takes the palette's brown, not its
# grey: simulated protanopia and deuteranopia turn rose and teal into that grey
# (tests/test_components_style.py checks every pair under Machado et al. 2009).
_SAFE = dict(zip(("cyan", "rose", "sand", "green", "indigo", "purple", "teal", "olive", "wine",
                  "brown", "grey"), (_hex(c) for c in qualitative.Safe), strict=True))  # fmt: skip
CATEGORY_COLOURS = {
    "meeting": _SAFE["cyan"],
    "agreement": _SAFE["green"],
    "exercise": _SAFE["sand"],
    "incursion": _SAFE["rose"],
    "incident": _SAFE["purple"],
    "piracy": _SAFE["wine"],
    "deployment": _SAFE["teal"],
    "transfer": _SAFE["olive"],
    "statement": _SAFE["indigo"],
    "other": _SAFE["brown"],
}
# Quotes and relations: near black, apart from every category colour under the same check.
QUOTE_COLOUR = "#222222"
SELECTED_COLOUR = "#111111"


@dataclass(frozen=True)
class LayerStyle:
    """How a reference layer is drawn: line/marker colour, fill, dash and marker symbol."""

    colour: str
    fill: str | None = None
    dash: str = "solid"
    symbol: str = "circle"
    size: int = 7


# Reference layers stay muted so that the facts, drawn in category colours, stand out.
LAYER_STYLES = {
    "senkaku_islands": LayerStyle("#222222", symbol="diamond", size=8),
    "senkaku_waters": LayerStyle("#2f6690", fill="rgba(47,102,144,0.10)"),
    "adiz": LayerStyle("#c05621", dash="dash"),
    "sea_lanes": LayerStyle("#3a7ca5"),
    "chokepoints": LayerStyle("#6a4c93", symbol="triangle-up", size=9),
    "anti_piracy": LayerStyle("#8d6e63", fill="rgba(141,110,99,0.15)", dash="dot"),
    "ports": LayerStyle("#1d3557", symbol="square", size=6),
    "border_zones": LayerStyle("#9d0208", fill="rgba(157,2,8,0.10)", dash="dash"),
    "flashpoints": LayerStyle("#9d0208", symbol="x", size=8),
}
DEFAULT_STYLE = LayerStyle("#555555")
# Short names for the layer toggles and the map legend; `geo.layers.LAYERS` has full titles.
LAYER_LABELS = {
    "senkaku_islands": "Senkaku Islands",
    "senkaku_waters": "Senkaku waters (12/24 nm)",
    "adiz": "China's ECS ADIZ",
    "sea_lanes": "Sea-lanes (modelled)",
    "chokepoints": "Chokepoints",
    "anti_piracy": "Gulf of Aden corridor",
    "ports": "Ports and bases",
    "border_zones": "India-China disputed areas",
    "flashpoints": "Border flashpoints",
}


def category_colour(category: str | None) -> str:
    """Return the colour of a fact category (quotes and relations have none)."""
    return CATEGORY_COLOURS.get(category or "", QUOTE_COLOUR)
