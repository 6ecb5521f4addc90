from datetime import date

import pandas as pd
import pytest
from shapely.geometry import box

from facts.agreement import JOIN_SCORE, categories_agree, retold, same_event_score
from facts.clusters import ClusterIndex, assign_clusters, cluster_id_for, clusters_of
from facts.disagreement import DATE, PLACE, disagreements
from facts.reports import named_keys, report_from_row, span_of

SHOAL = {"name": "Shoal A", "id": "shoal_a", "lon": 116.0, "lat": 9.7, "precision": "feature"}
REEF = {"name": "Reef B", "id": "reef_b", "lon": 117.8, "lat": 15.2, "precision": "feature"}
SEA = {"name": "Sea C", "id": "sea_c", "lon": 114.0, "lat": 12.0, "precision": "sea"}


BASE = {
    "kind": "event",
    "category": "incident",
    "summary": "",
    "date": "2031-03-04",
    "date_precision": "day",
    "actors": ("Ruritania Coast Guard", "Ruritania", "Freedonia"),
    "places": (SHOAL,),
    "evidence": "Two Ruritanian cutters blocked a Freedonian supply boat.",
}


def event(fact_id, article_id, **changes):
    row = BASE | {"fact_id": fact_id, "article_id": article_id} | changes
    return row | {"date_end": row["date"]}


def articles(*ids):
    return pd.DataFrame(
        [{"article_id": a, "published": f"2031-03-{i + 5:02d}"} for i, a in enumerate(ids)]
    )


def test_same_event_in_two_outlets_is_one_cluster():
    facts = pd.DataFrame([event("f1", "a1"), event("f2", "a2")])
    got = clusters_of(facts, articles("a1", "a2"))
    assert got == {"f1": cluster_id_for("f1"), "f2": cluster_id_for("f1")}


def test_same_place_a_year_apart_is_two_clusters():
    facts = pd.DataFrame([event("f1", "a1"), event("f2", "a2", date="2032-03-04")])
    got = clusters_of(facts, articles("a1", "a2"))
    assert got["f1"] != got["f2"]


def test_adding_a_third_article_keeps_the_first_cluster_id():
    index = ClusterIndex()
    meeting = event("g1", "a1", category="meeting", places=(REEF,))
    first = assign_clusters(pd.DataFrame([event("f1", "a1"), meeting]), index)
    assign_clusters(pd.DataFrame([event("f2", "a2")]), index)
    third = assign_clusters(pd.DataFrame([event("f3", "a3", date="2031-03-05")]), index)
    assert first["f1"] == cluster_id_for("f1")
    assert third == {"f3": cluster_id_for("f1")}
    assert [m.fact_id for m in index.members(cluster_id_for("f1"))] == ["f1", "f2", "f3"]


def test_index_rebuilt_from_stored_clusters_gives_the_same_id():
    stored = pd.DataFrame([event("f1", "a1") | {"cluster_id": "c-f1"}])
    got = assign_clusters(pd.DataFrame([event("f2", "a2")]), ClusterIndex.from_clustered(stored))
    assert got == {"f2": "c-f1"}


def test_events_of_one_article_are_never_merged():
    facts = pd.DataFrame([event("f1", "a1"), event("f2", "a1")])
    got = clusters_of(facts, articles("a1"))
    assert got["f1"] != got["f2"]


def test_one_cluster_takes_one_event_of_an_article():
    facts = pd.DataFrame([event("f1", "a1"), event("f2", "a2"), event("f3", "a2")])
    got = clusters_of(facts, articles("a1", "a2"))
    assert sorted(got.values()).count(cluster_id_for("f1")) == 2


def test_places_far_apart_are_two_clusters():
    facts = pd.DataFrame([event("f1", "a1"), event("f2", "a2", places=(REEF,))])
    got = clusters_of(facts, articles("a1", "a2"))
    assert got["f1"] != got["f2"]


def test_undated_event_does_not_join_by_date_alone():
    dated = report_from_row(event("f1", "a1", actors=("Ruritania",), places=()))
    undated = report_from_row(
        event("f2", "a2", date=None, date_precision="unknown", actors=("Ruritania",), places=())
    )
    assert same_event_score(dated, undated) == 0.0


def test_undated_event_joins_on_a_shared_place_and_actors():
    facts = pd.DataFrame(
        [event("f1", "a1"), event("f2", "a2", date=None, date_precision="unknown")]
    )
    got = clusters_of(facts, articles("a1", "a2"))
    assert got["f2"] == got["f1"]


def test_a_campaign_does_not_join_a_dated_event():
    campaign = event("f2", "a2", date=None, date_precision="ongoing")
    facts = pd.DataFrame([event("f1", "a1"), campaign])
    got = clusters_of(facts, articles("a1", "a2"))
    assert got["f1"] != got["f2"]


def test_month_precise_date_agrees_with_a_day_of_that_month():
    facts = pd.DataFrame(
        [event("f1", "a1"), event("f2", "a2", date="2031-03", date_precision="month")]
    )
    got = clusters_of(facts, articles("a1", "a2"))
    assert got["f2"] == got["f1"]


def test_countries_that_tell_two_meetings_apart():
    facts = pd.DataFrame([
        event("f1", "a1", category="meeting", actors=("Japan", "Philippines", "Aki Tanaka")),
        event("f2", "a2", category="meeting", actors=("Japan", "Indonesia", "Aki Tanaka")),
    ])  # fmt: skip
    got = clusters_of(facts, articles("a1", "a2"))
    assert got["f1"] != got["f2"]


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [("incident", "piracy", True), ("deployment", "incursion", True),
     ("meeting", "agreement", False), ("statement", "incident", False)],
)  # fmt: skip
def test_categories_that_may_tell_one_happening(one, other, expected):
    assert categories_agree(one, other) is expected


def test_point_inside_an_area_agrees_with_it():
    zone = {"name": "Zone Z", "id": "zone_z", "lon": 0.0, "lat": 0.0, "precision": "zone"}
    one = report_from_row(event("f1", "a1", places=(SHOAL,)))
    other = report_from_row(event("f2", "a2", places=(zone,)))
    areas = {"zone_z": box(115.0, 9.0, 117.0, 11.0)}
    assert same_event_score(one, other) is None  # its label point alone is far from the shoal
    assert same_event_score(one, other, areas) >= JOIN_SCORE


def test_reference_dates_span_their_precision():
    assert span_of("2031-02", None, None) == (date(2031, 2, 1), date(2031, 2, 28))
    assert span_of("2031", None, None) == (date(2031, 1, 1), date(2031, 12, 31))
    assert span_of(None, None, "day") == (None, None)


def test_conflicting_dates_are_flagged():
    facts = pd.DataFrame([event("f1", "a1"), event("f2", "a2", date="2031-03-05")])
    clusters = clusters_of(facts, articles("a1", "a2"))
    members = facts.assign(cluster_id=facts["fact_id"].map(clusters))
    found = disagreements(members)
    assert [(d.aspect, [v.value for v in d.versions]) for d in found] == [
        (DATE, ["2031-03-04", "2031-03-05"])
    ]


def test_dates_within_precision_are_not_flagged():
    members = pd.DataFrame(
        [event("f1", "a1"), event("f2", "a2", date="2031-03", date_precision="month")]
    )
    assert disagreements(members.assign(cluster_id="c-f1")) == []


def test_conflicting_figures_are_flagged_with_their_words():
    members = pd.DataFrame([
        event("f1", "a1", evidence="Three Ruritanian ships rammed the supply boat."),
        event("f2", "a2", evidence="Four Ruritanian ships rammed the boat on Tuesday."),
    ]).assign(cluster_id="c-f1")  # fmt: skip
    (found,) = disagreements(members)
    assert found.aspect == "vessels"
    assert [(v.value, v.article_id, v.words) for v in found.versions] == [
        ("3", "a1", "Three Ruritanian ships"), ("4", "a2", "Four Ruritanian ships")]  # fmt: skip


def test_places_apart_in_a_merged_cluster_are_flagged():
    members = pd.DataFrame([event("f1", "a1"), event("f2", "a2", places=(REEF, SEA))])
    (found,) = disagreements(members.assign(cluster_id="c-f1"))
    assert found.aspect == PLACE
    assert [v.value for v in found.versions] == ["Shoal A", "Reef B, Sea C"]


@pytest.mark.parametrize("category", ["incursion", "deployment", "meeting"])
def test_reports_a_day_apart_join_only_when_a_date_was_relative(category):
    today = event("f1", "a1", category=category, date_text="today")
    named = event("f2", "a2", category=category, date="2031-03-05", date_text="on March 5")
    also_named = today | {"date_text": "on March 4"}
    assert same_event_score(report_from_row(today), report_from_row(named)) is not None
    assert same_event_score(report_from_row(also_named), report_from_row(named)) is None


@pytest.mark.parametrize("category", ["incident", "piracy"])
def test_an_attack_told_on_either_side_of_midnight_is_one(category):
    one = event("f1", "a1", category=category, date_text="on March 4")
    other = event("f2", "a2", category=category, date="2031-03-05", date_text="on March 5")
    same_day = event("f3", "a3", category=category, date_text="on March 4")
    apart = same_event_score(report_from_row(one), report_from_row(other))
    assert apart is not None and apart >= JOIN_SCORE
    assert apart < same_event_score(report_from_row(one), report_from_row(same_day))
    two_days = other | {"date": "2031-03-06", "date_end": "2031-03-06", "date_text": "on March 6"}
    assert same_event_score(report_from_row(one), report_from_row(two_days)) is None


def test_bodies_count_for_their_countries():
    countries = event("f1", "a1", category="exercise", actors=("Malta", "Kenya", "Fiji"),
                      places=(SEA,))  # fmt: skip
    bodies = event("f2", "a2", category="exercise", places=(),
                   actors=("Maltese Navy", "Royal Kenyan Navy", "Fiji Naval Division"))  # fmt: skip
    assert same_event_score(report_from_row(countries), report_from_row(bodies)) >= JOIN_SCORE


def test_a_country_word_does_not_make_two_bodies_one():
    (navy,), (army,) = named_keys(["Maltese Navy"]), named_keys(["Maltese Army"])
    assert not navy.same_as(army)


def test_a_body_told_by_country_and_kind_does_not_tie_an_undated_report():
    actors = ("Red Banner Brigade", "Maltese Navy")
    dated = report_from_row(event("f1", "a1", actors=actors, places=()))
    undated = event("f2", "a2", date=None, date_precision="unknown", actors=actors, places=())
    assert same_event_score(dated, report_from_row(undated)) == 0.0


@pytest.mark.parametrize(
    ("parties", "joined"),
    [(("Malta", "Kenya", "Fiji"), True), (("Malta", "Kenya"), False)],
)
def test_three_same_parties_tie_a_meeting_dated_by_its_month(parties, joined):
    day = event("f1", "a1", category="meeting", actors=parties, places=())
    month = event("f2", "a2", category="meeting", actors=parties, places=(),
                  date="2031-03", date_precision="month")  # fmt: skip
    score = same_event_score(report_from_row(day), report_from_row(month))
    assert (score >= JOIN_SCORE) is joined


@pytest.mark.parametrize(
    ("evidence", "day", "joined"),
    [("On March 4th, 31 harbour towns issued a joint statement on Ruritanian fishing.",
      "2031-03-04", True),
     ("The harbour master resigned after a long dispute over parking.", "2031-03-04", False),
     ("On March 4th, 31 harbour towns issued a joint statement on Ruritanian fishing.",
      "2031-03", False)],
)  # fmt: skip
def test_a_day_retold_in_the_same_words_ties_two_reports(evidence, day, joined):
    told = "A joint statement on Ruritanian fishing, issued by 31 harbour towns on March 4th."
    one = event("f1", "a1", category="statement", actors=(), places=(), evidence=told)
    precision = "day" if day.count("-") == 2 else "month"
    other = event("f2", "a2", category="statement", actors=(), places=(), evidence=evidence,
                  date=day, date_precision=precision)  # fmt: skip
    score = same_event_score(report_from_row(one), report_from_row(other))
    assert (score >= JOIN_SCORE) is joined


def test_names_titles_and_days_in_common_are_no_retelling():
    told = "Minister Aki Tanaka met President Lee at Shoal A today, in March."
    retelling = "On Tuesday, March 4, President Lee spoke with Aki Tanaka at Shoal A."
    one = event("f1", "a1", category="meeting", actors=("Aki Tanaka",), evidence=told)
    other = event("f2", "a2", category="meeting", actors=("Aki Tanaka",), evidence=retelling)
    assert not retold(report_from_row(one), report_from_row(other))


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [("Operation Blue Lantern", "2031-03-20", "joined"),
     ("Operation Blue Lantern", "2031-06-20", "apart"),
     ("Operation Blue Lantern", "2031-03-01", "ruled out"),
     ("Lanterners", "2031-03-20", "apart")],
)  # fmt: skip
def test_an_undated_report_soon_after_a_happening_joins_it_by_its_name(name, published, expected):
    dated = event("f1", "a1", category="deployment", actors=(name,), places=())
    undated = event("f2", "a2", category="deployment", actors=(name,), places=(), date=None,
                    date_precision="unknown", published=published)  # fmt: skip
    score = same_event_score(report_from_row(dated), report_from_row(undated))
    got = "ruled out" if score is None else "joined" if score >= JOIN_SCORE else "apart"
    assert got == expected


def test_one_member_with_another_day_does_not_shut_its_cluster():
    facts = pd.DataFrame([
        event("f1", "a1", category="incursion", date_text="today"),
        event("f2", "a2", category="incursion", date_text="today"),
        event("f3", "a3", category="incursion", date="2031-03-05", date_text="on March 5"),
        event("f4", "a4", category="incursion", date_text="on March 4"),
    ])  # fmt: skip
    got = clusters_of(facts, articles("a1", "a2", "a3", "a4"))
    assert set(got.values()) == {cluster_id_for("f1")}


def test_a_lone_member_with_another_day_keeps_a_report_out():
    later = event("f2", "a2", category="incursion", date="2031-03-05", date_text="on March 5")
    facts = pd.DataFrame([event("f1", "a1", category="incursion", date_text="on March 4"), later])
    got = clusters_of(facts, articles("a1", "a2"))
    assert got["f1"] != got["f2"]
