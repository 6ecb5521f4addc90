import pytest

from bench.stats import Budget, Summary, ratio, scaled, summarise, timed_runs, verdict


def test_summarise_gives_median_min_max_and_count():
    assert summarise([3.0, 1.0, 2.0, 10.0]) == Summary(2.5, 1.0, 10.0, 4)


def test_summarise_refuses_no_sample():
    with pytest.raises(ValueError, match="at least one sample"):
        summarise([])


def test_scaled_converts_every_figure():
    assert scaled(Summary(0.1, 0.05, 0.2, 3), 1000) == Summary(100.0, 50.0, 200.0, 3)


def test_ratio_spans_the_widest_range_of_the_runs():
    got = ratio(Summary(30.0, 20.0, 60.0, 5), Summary(10.0, 5.0, 20.0, 7))
    assert got == Summary(3.0, 1.0, 12.0, 5)


def test_timed_runs_skips_the_warmup():
    calls = []
    samples = timed_runs(lambda: calls.append(1), warmup=2, runs=3)
    assert (len(calls), len(samples)) == (5, 3)


@pytest.mark.parametrize(
    ("value", "budget", "expected"),
    [
        (150, Budget(150), "ok"),
        (151, Budget(150), "OVER"),
        (9.9, Budget(10, at_least=True), "UNDER"),
        (12, Budget(10, at_least=True), "ok"),
        (5, None, "-"),
    ],
)
def test_verdict_against_budget(value, budget, expected):
    assert verdict(value, budget) == expected


def test_budget_label_says_the_direction():
    assert (Budget(2.5).label("s"), Budget(10, at_least=True).label("articles/s")) == (
        "<= 2.5 s",
        ">= 10 articles/s",
    )
