import pandas as pd

from components.vessels import vessel_figure, yearly_counts

COUNTS = pd.DataFrame({
    "period": ["2012", "2013", "2023-01", "2018-01..04"],
    "cz_days": [79, 232, 28, None], "cz_vessels": [407, 819, 107, None],
    "ts_days": [20, 52, 2, 8], "ts_vessels": [68, 188, 8, 27], "ts_cases": [None, None, None, None],
    "source": ["JCGT", "JCGT", "JCGT", "MOD23"], "notes": [None, "conflict", "monthly", None],
})  # fmt: skip


def test_only_whole_years_are_charted():
    assert list(yearly_counts(COUNTS)["year"]) == [2012, 2013]


def test_each_unit_has_its_own_panel_and_source_in_hover():
    fig = vessel_figure(COUNTS)
    titles = [a.text for a in fig.layout.annotations]
    assert titles[0].startswith("Days with at least one vessel")
    assert titles[1].startswith("Vessel-days")
    assert "source: JCGT" in fig.data[0].hovertext[0]
    assert "conflict" in fig.data[0].hovertext[1]
