import pytest

from facts.figures import figures_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three Ruritanian coast guard ships entered the zone.", [("vessels", 3, True)]),
        ("It launched nearly 20 drones and three missiles.",
         [("drones", 20, False), ("missiles", 3, True)]),
        ("12 sailors were killed and 4 injured.", [("killed", 12, True), ("injured", 4, True)]),
        ("The strike left two presumed fatalities, six injuries.",
         [("killed", 2, True), ("injured", 6, True)]),
        ("A missile killed three seafarers.", [("killed", 3, True)]),
        ("Task Force 151 ships met in 2031.", []),
    ],
)  # fmt: skip
def test_figures_in_a_sentence(text, expected):
    assert [(f.kind, f.value, f.exact) for f in figures_in(text)] == expected
