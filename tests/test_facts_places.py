from dataclasses import dataclass

from facts.places import is_anaphoric, place_ref


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    precision: str
    lon: float | None
    lat: float | None


ENTRIES = {
    "senkaku islands": Entry("senkaku", "Senkaku Islands", "feature", 123.5, 25.75),
    "diaoyu islands": Entry("senkaku", "Senkaku Islands", "feature", 123.5, 25.75),
}


class StandIn:
    """A two-entry gazetteer with an alias, standing in for geo.gazetteer."""

    def lookup(self, name):
        return ENTRIES.get(name.lower())

    def surface_forms(self):
        return ["Senkaku Islands", "Diaoyu Islands"]


def test_alias_resolves_to_the_canonical_entry():
    assert place_ref("the Diaoyu Islands", StandIn()).id == "senkaku"


def test_unknown_place_is_kept_unresolved():
    ref = place_ref("Somali Basin", StandIn())
    assert (ref.name, ref.id, ref.lat) == ("Somali Basin", None, None)


def test_demonstrative_phrase_points_back():
    assert is_anaphoric("those islands") and not is_anaphoric("Senkaku Islands")


class Ports:
    """A gazetteer of one port, for bearings told from it."""

    def lookup(self, name):
        return Entry("port", "Port", "point", 80.0, 7.0) if name.lower() == "port" else None

    def surface_forms(self):
        return ["Port"]


def test_a_distance_and_bearing_from_a_place_is_a_computed_point():
    ref = place_ref("about 400 nautical miles south-east of Port", Ports())
    # 741 km on a bearing of 135 degrees from 7N 80E (pyproj's WGS84 geodesic).
    assert (ref.id, ref.precision, ref.lat, ref.lon) == (None, "point", 2.2, 84.7)


def test_a_short_distance_keeps_more_decimals():
    ref = place_ref("20 km north of Port", Ports())
    assert (ref.lat, ref.lon) == (7.18, 80.0)


def test_a_bearing_from_an_unknown_place_stays_unplaced():
    ref = place_ref("50 km west of Nowhere Point", Ports())
    assert (ref.name, ref.lat) == ("50 km west of Nowhere Point", None)
