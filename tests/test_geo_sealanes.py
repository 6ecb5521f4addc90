from shapely.geometry import LineString, Point

from geo.chokepoints import chokepoints
from geo.sealanes import Route, chokepoints_passed, edge_counts, route_between

RAS_TANURA = (50.070348, 26.709417)
SHANGHAI = (121.497113, 31.400091)


def _points():
    frame = chokepoints()
    return dict(zip(frame["name"], frame.geometry, strict=True))


def test_gulf_to_east_asia_passes_hormuz_and_malacca():
    _, _, passages = route_between(RAS_TANURA, SHANGHAI)
    assert {"Strait of Hormuz", "Strait of Malacca"} <= set(passages)


def test_blocking_malacca_diverts_through_sunda_or_lombok():
    line, _, passages = route_between(RAS_TANURA, SHANGHAI, blocked=("malacca",))
    passed = chokepoints_passed(line, passages, points=_points())
    assert "Strait of Malacca" not in passed
    assert {"Sunda Strait", "Lombok Strait"} & set(passed)


def test_blocking_malacca_and_sunda_goes_by_lombok():
    line, _, passages = route_between(RAS_TANURA, SHANGHAI, blocked=("malacca", "sunda"))
    assert "Lombok Strait" in chokepoints_passed(line, passages, points=_points())


def test_edge_counts_count_each_route_once_per_edge():
    a = Route("A", "B", 1.0, LineString([(0, 0), (1, 0), (2, 0)]), ())
    b = Route("A", "C", 1.0, LineString([(0, 0), (1, 0), (1, 1)]), ())
    counts = edge_counts([a, b])
    assert counts[((0.0, 0.0), (1.0, 0.0))] == 2
    assert counts[((1.0, 0.0), (2.0, 0.0))] == 1


def test_far_chokepoints_are_not_passed():
    line = LineString([(0, 0), (1, 0)])
    assert chokepoints_passed(line, (), points={"Lombok Strait": Point(115.7, -8.8)}) == ()
