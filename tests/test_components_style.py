"""The category colours stay apart for colour-blind readers (simulated, then measured).

Colour vision deficiency is simulated with the matrices of Machado, Oliveira and Fernandes,
"A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6),
2009 (severity 1.0, applied to linear RGB); distances are CIEDE2000 (Sharma, Wu and Dalal,
Color Res. Appl. 30(1), 2005). 10 is well above the 2-3 where two flat colours start to look
alike, for marks as small as the map's dots.
"""

from itertools import combinations

import numpy as np
import pytest

from components.style import CATEGORY_COLOURS, QUOTE_COLOUR

MACHADO_2009 = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
    "normal vision": np.eye(3).tolist(),
}  # fmt: skip
MIN_DELTA_E = 10.0
# sRGB (D65) to XYZ, and the D65 white.
SRGB_TO_XYZ = [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
               [0.0193339, 0.1191920, 0.9503041]]  # fmt: skip
WHITE = np.array([0.95047, 1.0, 1.08883])


def linear(hex_colour):
    c = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def lab(rgb_linear):
    t = (np.array(SRGB_TO_XYZ) @ np.clip(rgb_linear, 0, 1)) / WHITE
    f = np.where(t > (6 / 29) ** 3, np.cbrt(t), t / (3 * (6 / 29) ** 2) + 4 / 29)
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def delta_e_2000(lab1, lab2):
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = np.hypot(a1, b1), np.hypot(a2, b2)
    h1, h2 = np.degrees(np.arctan2(b1, a1)) % 360, np.degrees(np.arctan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    d_l, d_c = l2 - l1, c2 - c1
    d_h = 2 * np.sqrt(c1 * c2) * np.sin(np.radians(dh / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    h = np.radians(h_mean)
    t = 1 - 0.17 * np.cos(h - np.radians(30)) + 0.24 * np.cos(2 * h)
    t += 0.32 * np.cos(3 * h + np.radians(6)) - 0.20 * np.cos(4 * h - np.radians(63))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c, s_h = 1 + 0.045 * c_mean, 1 + 0.015 * c_mean * t
    r_t = (-np.sin(np.radians(60 * np.exp(-(((h_mean - 275) / 25) ** 2))))
           * 2 * np.sqrt(c_mean**7 / (c_mean**7 + 25**7)))  # fmt: skip
    terms = (d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2
    return float(np.sqrt(terms + r_t * (d_c / s_c) * (d_h / s_h)))


def test_delta_e_2000_matches_sharma_s_published_pairs():
    # Pairs 1 and 17 of Sharma, Wu and Dalal's table of test data.
    assert delta_e_2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(
        2.0425, abs=1e-4
    )
    assert delta_e_2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


@pytest.mark.parametrize("vision", list(MACHADO_2009))
def test_category_colours_stay_apart(vision):
    matrix = np.array(MACHADO_2009[vision])
    colours = {**CATEGORY_COLOURS, "quote or relation": QUOTE_COLOUR}
    seen = {name: lab(matrix @ linear(hex_colour)) for name, hex_colour in colours.items()}
    closest = min((delta_e_2000(seen[a], seen[b]), a, b) for a, b in combinations(sorted(seen), 2))
    assert closest[0] >= MIN_DELTA_E, closest
