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
