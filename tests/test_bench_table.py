from bench.stats import Budget, Summary
from bench.table import HEADER, Row, cells, number, table


def test_cells_judge_the_median_against_the_budget():
    row = Row("rerun", "51 facts", "ms", Summary(180.0, 150.0, 210.0, 5), Budget(150))
    assert cells(row) == ("rerun", "51 facts", "180", "150", "210", "5", "ms", "<= 150 ms", "OVER")


def test_unmeasured_row_says_why():
    row = Row("browser", "shipped", "s", None, Budget(2.5), note="chromium missing")
    assert cells(row)[-1] == "n/a: chromium missing"


def test_number_keeps_three_significant_digits():
    assert [number(v) for v in (0, 0.012345, 3.14159, 42.42, 1234.5)] == [
        "0",
        "0.0123",
        "3.14",
        "42.4",
        "1,234",
    ]


def test_table_aligns_columns_under_a_header():
    lines = table([Row("a", "b", "ms", Summary(1.0, 1.0, 1.0, 1))]).splitlines()
    assert lines[0].split() == list(HEADER)
    assert len({len(line) for line in lines[:2]}) == 1
