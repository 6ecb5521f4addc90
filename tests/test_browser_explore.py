"""Exploring by space and time in a real Chromium kept on loopback (issue 13).

A range dragged on the timeline, a lasso on the map, zones in the link, play, the open tab,
the keyboard, and the map-first screen at three widths. What a filter should keep is worked
out here from the store the server reads and the shipped layers, with shapely.
"""

import re
from functools import cache
from itertools import pairwise
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import geopandas as gpd
import pytest
from shapely.geometry import Point

from bench.chromium import LOOPBACK
from facts.store import read_facts
from geo.drawn_area import outline_inside, parse_area, points_inside
from geo.gazetteer import AREA_PRECISIONS, load_gazetteer
from paths import DATA
from tests.conftest import ARTIFACTS, choose_option, screenshot, wait_for_app
from tests.test_browser_dashboard import counts, csv_rows, open_app, settle

pytestmark = pytest.mark.browser

TIMELINE = ".st-key-timeline .nsewdrag"
MAP_AREA = ".st-key-map .geo .bg rect"
MAP = ".st-key-map .js-plotly-plot"
SCREENS = {1280: 800, 1440: 900, 1920: 1080}
BOTH_DRAWN = """() => !!document.querySelector('.st-key-timeline .nsewdrag')
    && !!document.querySelector('.st-key-map .geo .bg rect')"""


@pytest.fixture
def colleague(chromium):
    """A page in another fresh browser context, as a colleague opening a shared link."""
    context = chromium.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.blocked_requests = []

    def guard(route) -> None:
        if urlsplit(route.request.url).hostname in LOOPBACK | {None}:
            route.continue_()
        else:
            page.blocked_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    yield page
    context.close()


@cache
def points_of(db: Path) -> dict[str, list[tuple[float, float]]]:
    """Return each fact's point places (gazetteer coordinates), read from the store."""
    gazetteer = {p.id: p for p in load_gazetteer()}
    points = {}
    for fact_id, places in zip(*(read_facts(db)[c] for c in ("fact_id", "places")), strict=True):
        located = [gazetteer.get(p.get("id") or "") for p in places]
        points[fact_id] = [
            (g.lon, g.lat)
            for g in located
            if g is not None and g.lon is not None and g.precision not in AREA_PRECISIONS
        ]
    return points


def outlines_of(db: Path) -> dict[str, list]:
    """Return each fact's area places as shipped outlines (zones, seas, countries with one)."""
    gazetteer = load_gazetteer()
    entries = {p.id: p for p in gazetteer}
    outlines = {}
    for fact_id, places in zip(*(read_facts(db)[c] for c in ("fact_id", "places")), strict=True):
        ids = [p.get("id") or "" for p in places]
        areas = [gazetteer.area_of(i) for i in ids if i in entries
                 and entries[i].precision in AREA_PRECISIONS]  # fmt: skip
        outlines[fact_id] = [a for a in areas if a is not None]
    return outlines


@cache
def place_ids_of(db: Path) -> dict[str, set[str]]:
    """Return each fact's gazetteer ids, read from the store."""
    frame = read_facts(db)
    rows = zip(frame["fact_id"], frame["places"], strict=True)
    return {fact_id: {p.get("id") for p in places} for fact_id, places in rows}


def drag(page, selector, path):
    """Press, move through `path` (fractions of the element's box) and release."""
    box = page.locator(selector).first.bounding_box()
    xy = [(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy) for fx, fy in path]
    page.mouse.move(*xy[0])
    page.mouse.down()
    for (x0, y0), (x1, y1) in pairwise(xy):
        for step in range(1, 9):
            page.mouse.move(x0 + (x1 - x0) * step / 8, y0 + (y1 - y0) * step / 8)
    page.mouse.up()


def open_map(page, url):
    """Open the app and wait until the map and the timeline are drawn."""
    open_app(page, url)
    page.wait_for_function(BOTH_DRAWN, timeout=30_000)


def shown_ids(page):
    return {row["fact_id"] for row in csv_rows(page)}


def test_a_range_dragged_on_the_timeline_sets_dates_and_its_link_reopens_it(
    app_url, browser_page, colleague
):
    page = browser_page
    open_map(page, app_url)
    everything = counts(page)[0]
    page.locator(TIMELINE).first.scroll_into_view_if_needed()
    drag(page, TIMELINE, [(0.55, 0.5), (0.97, 0.5)])
    settle(page, "dates=")
    first, last = parse_qs(urlsplit(page.url).query)["dates"]
    assert first < last
    shown = counts(page)[0]
    assert 0 < shown < everything
    rows = csv_rows(page)
    # Every fact kept meets the range (dated ones start by its end; undated ones are dropped).
    assert all(r["date"] and r["date"][:10] <= last for r in rows)
    open_map(colleague, page.url)
    assert counts(colleague)[0] == shown
    assert {r["fact_id"] for r in csv_rows(colleague)} == {r["fact_id"] for r in rows}
    assert page.blocked_requests == colleague.blocked_requests == []


def test_a_lasso_on_the_map_keeps_only_the_facts_inside(app_url, app_store, browser_page):
    page = browser_page
    open_map(page, f"{app_url}/?view=east_china_sea")
    everything = counts(page)[1]
    page.locator(MAP).scroll_into_view_if_needed()
    page.locator(MAP_AREA).first.hover()
    page.locator('.st-key-map .modebar-btn[data-title="Lasso Select"]').click()
    drag(page, MAP_AREA, [(0.3, 0.2), (0.8, 0.25), (0.75, 0.8), (0.35, 0.75), (0.3, 0.21)])
    settle(page, "area=")
    area = parse_area(parse_qs(urlsplit(page.url).query)["area"][0])
    assert area is not None
    ids = shown_ids(page)
    points = points_of(app_store)
    inside = {
        f for f, xy in points.items() if xy and points_inside(area, *zip(*xy, strict=True)).any()
    }
    # A fact at an area is kept only if the whole area is inside: a contiguous zone may be,
    # Japan or the East China Sea are not.
    inside |= {
        f for f, shapes in outlines_of(app_store).items()
        if any(outline_inside(area, shape) for shape in shapes)
    }  # fmt: skip
    assert ids == inside
    assert 0 < len(ids) < everything
    assert any("senkaku_islands" in place_ids_of(app_store)[f] for f in ids)
    assert page.get_by_text("Area drawn on the map").is_visible()
    shot = screenshot(page, "explore_lasso")
    assert shot.exists()

    page.get_by_role("button", name="Clear the drawn area").click()
    page.wait_for_function("() => !location.search.includes('area=')", timeout=15_000)
    wait_for_app(page)
    assert counts(page)[0] == everything


def test_a_zone_in_the_link_keeps_only_facts_inside_the_senkaku_contiguous_zone(
    app_url, app_store, browser_page
):
    page = browser_page
    zones = gpd.read_file(DATA / "layers" / "senkaku_waters.geojson").set_index("name").geometry
    belt = zones["Senkaku contiguous zone (12-24 nm, approx.)"]
    sea = zones["Senkaku territorial sea (12 nm, approx.)"]
    points = points_of(app_store)
    ids_of = place_ids_of(app_store)

    def inside(zone, zone_id):
        return {
            f
            for f, xy in points.items()
            if any(zone.covers(Point(x, y)) for x, y in xy) or zone_id in ids_of[f]
        }

    open_map(page, f"{app_url}/?zone=senkaku_contiguous_zone")
    assert page.locator('[data-testid="stAlert"]').count() == 0  # the value was applied
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_by_text("Senkaku contiguous zone (12-24 nm, approx.)").first.is_visible()
    # The belt between 12 and 24 nm: facts "at the Senkaku Islands" lie in the territorial sea.
    assert shown_ids(page) == inside(belt, "senkaku_contiguous_zone")
    assert counts(page)[0] == len(inside(belt, "senkaku_contiguous_zone"))

    open_map(page, f"{app_url}/?zone=senkaku_territorial_sea")
    kept = shown_ids(page)
    assert kept == inside(sea, "senkaku_territorial_sea")
    assert 0 < len(kept) < counts(page)[1]


def test_play_steps_the_date_window_and_the_map_follows(app_url, browser_page):
    page = browser_page
    open_map(page, app_url)
    page.get_by_role("button", name="▶ Play").click()
    page.wait_for_url(re.compile(r"dates="), timeout=15_000)
    first = parse_qs(urlsplit(page.url).query)["dates"]
    page.wait_for_function(
        "(first) => new URLSearchParams(location.search).getAll('dates').join() !== first",
        arg=",".join(first),
        timeout=20_000,
    )
    page.get_by_role("button", name="⏸ Pause").click()
    settle(page)
    second = parse_qs(urlsplit(page.url).query)["dates"]
    assert second[0] > first[1]  # the next window starts after the first one ends
    # The timeline shades the window; the count follows it.
    shaded = page.evaluate(
        "() => document.querySelector('.st-key-timeline .js-plotly-plot').layout.shapes.length"
    )
    assert shaded == 1
    assert f"Window {second[0]} to {second[1]}" in page.locator(".st-key-play_row").inner_text()
    assert page.blocked_requests == []


def test_a_link_to_the_statistics_tab_opens_it_and_a_tab_opened_reaches_the_url(
    app_url, browser_page
):
    page = browser_page
    open_map(page, f"{app_url}/?tab=statistics")
    assert page.get_by_role("tab", selected=True).inner_text() == "Senkaku vessel statistics"
    page.get_by_text("Days with at least one vessel").first.wait_for()
    page.get_by_role("tab", name="Facts").click()
    page.wait_for_function("() => !location.search.includes('tab=')", timeout=15_000)
    page.get_by_role("tab", name="Senkaku vessel statistics").click()
    settle(page, "tab=statistics")
    assert page.get_by_text("Link to this view").is_visible()


def test_the_main_controls_work_from_the_keyboard(app_url, browser_page):
    page = browser_page
    open_map(page, app_url)
    forward = page.get_by_role("button", name="Next ▶")
    forward.focus()
    page.keyboard.press("Enter")
    settle(page, "dates=")
    tab = page.get_by_role("tab", name="Facts")
    tab.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    settle(page, "tab=statistics")
    zone = page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Inside a zone")
    zone.focus()
    choose_option(page, "territorial")
    settle(page, "zone=senkaku_territorial_sea")


def test_the_map_fills_the_first_screen_at_1280_1440_and_1920(app_url, browser_page):
    page = browser_page
    for i, (width, height) in enumerate(SCREENS.items()):
        page.set_viewport_size({"width": width, "height": height})
        if i == 0:
            open_map(page, app_url)
        else:  # the layout follows the window: no new page needed
            page.wait_for_timeout(1500)
        box = page.locator(MAP).bounding_box()
        main = page.locator('[data-testid="stMain"]').bounding_box()
        assert box["width"] > 0.6 * main["width"]
        assert box["y"] + box["height"] <= height + 2
        assert box["height"] > 0.7 * height
        # The side panel stays readable beside it.
        panel = page.locator(".st-key-side_panel").bounding_box()
        assert panel["width"] >= 280
        assert panel["x"] >= box["x"] + box["width"] and panel["y"] < box["y"] + box["height"]
        assert page.get_by_text("Japan, India agree").first.is_visible()
        screenshot(page, f"map_first_{width}_whole_page")
        page.screenshot(path=str(ARTIFACTS / f"map_first_{width}.png"))  # the first screen only
    assert page.blocked_requests == []
