"""The whole dashboard in Streamlit's AppTest: it runs, restores links and refuses bad ones."""

import json
import os

import pytest
from streamlit.testing.v1 import AppTest

import facts.store
from paths import ROOT

APP = str(ROOT / "app.py")
SEED = "000_1565db3a8a02a470"


@pytest.fixture(autouse=True, scope="module")
def own_store(tmp_path_factory):
    """Point the app at a fresh store in a temporary folder (the app reads MARITIME_DB per run)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MARITIME_DB", str(tmp_path_factory.mktemp("store") / "facts.sqlite"))
        yield


def run(**link):
    at = AppTest.from_file(APP, default_timeout=180)
    for name, value in link.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def figures(at):
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def shown_facts(at):
    return set(at.dataframe[0].value["fact_id"])


def all_facts():
    return facts.store.read_facts(os.environ["MARITIME_DB"])


def test_app_shows_the_seed_article_and_an_offline_map():
    at = run()
    assert at.title[0].value == "Maritime security dashboard"
    assert any("Gen Nakatani" in html.proto.body for html in at.html)
    chart = at.get("plotly_chart")[0]
    assert json.loads(chart.proto.config)["topojsonURL"] == "app/static/topojson/"
    islands = [t for t in figures(at)[0]["data"] if t["name"] == "Senkaku Islands"]
    names = [n for t in islands for n in t["text"] if n]
    assert {"Uotsuri-shima / Diaoyu Dao", "Kuba-shima / Huangwei Yu", "Taisho-jima / Chiwei Yu",
            "Kita-kojima / Bei Xiaodao", "Minami-kojima / Nan Xiaodao"} <= set(names)  # fmt: skip
    assert not any(t.get("locationmode") for t in figures(at)[0]["data"])


def test_link_restores_every_filter():
    fact = all_facts().query("category == 'incursion' and date == '2025-05-03'")["fact_id"].iloc[0]
    at = run(
        view="east_china_sea", layers=["senkaku_islands", "adiz"], category=["incursion"],
        actor=["China Coast Guard"], place=["Senkaku Islands"],
        dates=["2025-05-01", "2025-05-05"], article=SEED, q="helicopter", fact=fact,
    )  # fmt: skip
    assert at.selectbox(key="view").value == "east_china_sea"
    assert at.multiselect(key="layers").value == ["senkaku_islands", "adiz"]
    assert at.pills(key="category").value == ["incursion"]
    assert at.multiselect(key="actor").value == ["China Coast Guard"]
    assert at.multiselect(key="place").value == ["Senkaku Islands"]
    assert [d.isoformat() for d in at.date_input(key="dates").value] == ["2025-05-01", "2025-05-05"]
    assert at.selectbox(key="article").value == SEED
    assert at.text_input(key="q").value == "helicopter"
    assert at.selectbox(key="fact").value == fact
    assert shown_facts(at) == {fact}
    layer_traces = {t["legendgroup"] for t in figures(at)[0]["data"]}
    assert {"senkaku_islands", "adiz"} <= layer_traces
    assert "sea_lanes" not in layer_traces


def test_filtering_changes_the_facts_shown():
    at = run()
    at.pills(key="category").set_value(["piracy"]).run()
    piracy = shown_facts(at)
    known = all_facts().set_index("fact_id")["category"]
    # Every fact, not the table's: it lists the first 500, fewer than the shipped corpus holds.
    everything = set(known.index)
    assert piracy
    assert piracy < everything
    assert set(known[list(piracy)]) == {"piracy"}


def test_selected_fact_marks_its_evidence_in_the_reader():
    fact = all_facts().query("category == 'incursion' and date == '2025-05-03'").iloc[0]
    at = run(fact=fact["fact_id"])
    reader = next(h.proto.body for h in at.html if "<mark>" in h.proto.body)
    assert "Coast Guard helicopter" in reader.split("<mark>")[1].split("</mark>")[0]


def test_bad_link_values_are_dropped_with_a_notice():
    at = run(dates="yesterday", layers="<script>", fact="no-such-fact", view="moon")
    (notice,) = at.warning
    for name in ("dates", "layers", "fact", "view"):
        assert f"`{name}`" in notice.value
    assert "<script>" not in notice.value
    assert at.selectbox(key="view").value == "indo_pacific"
    assert at.selectbox(key="fact").value is None
    everything = len(all_facts())
    assert any(c.value.startswith(f"{everything} of {everything} facts") for c in at.caption)


def test_picking_a_fact_frames_the_map_on_it():
    fact = all_facts().query("category == 'incursion' and date == '2025-05-03'").iloc[0]
    at = run()
    at.selectbox(key="fact_shown").select(fact["fact_id"]).run()
    assert at.selectbox(key="fact").value == fact["fact_id"]
    assert at.selectbox(key="view").value == "fact"
    geo = figures(at)[0]["layout"]["geo"]
    senkaku = next(p for p in fact["places"] if p["id"] == "senkaku_islands")
    assert geo["lonaxis"]["range"][0] < senkaku["lon"] < geo["lonaxis"]["range"][1]
    assert geo["lonaxis"]["range"][1] - geo["lonaxis"]["range"][0] < 10


def test_a_store_that_cannot_be_reached_is_a_message_not_a_traceback(monkeypatch):
    from deploy.services import free_port

    monkeypatch.setenv("MARITIME_DB", f"postgresql+psycopg://u:pw@127.0.0.1:{free_port()}/x")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    (error,) = at.error
    assert "cannot be reached" in error.value and "pw" not in error.value


def test_an_article_text_the_store_cannot_give_now_is_a_warning(monkeypatch):
    import screens.loads
    from facts.database import StoreUnavailable

    def gone(url, article_id):
        raise StoreUnavailable("the fact store cannot be reached")

    monkeypatch.setattr(screens.loads, "article_text", gone)
    screens.loads.load_article_text.clear()
    at = run()
    assert any("text cannot be read now" in w.value for w in at.warning)
    assert at.get("plotly_chart") and not any("Gen Nakatani" in h.proto.body for h in at.html)


def test_link_restores_space_filters_and_the_open_tab():
    box = "120_20_130_20_130_30_120_30"
    at = run(zone=["senkaku_territorial_sea"], near=["chokepoints"], nm="3000", area=box,
             tab="statistics")  # fmt: skip
    assert not at.warning
    assert at.multiselect(key="zone").value == ["senkaku_territorial_sea"]
    assert at.multiselect(key="near").value == ["chokepoints"]
    assert at.number_input(key="nm").value == 3000
    assert at.text_input(key="area").value == box
    assert at.selectbox(key="tab").value == "statistics"
    assert not at.dataframe or "fact_id" not in at.dataframe[0].value  # the facts tab is shut


def test_zone_in_the_link_keeps_the_facts_at_its_places():
    at = run(zone=["senkaku_territorial_sea"])
    kept = shown_facts(at)
    places = all_facts().set_index("fact_id")["places"]
    assert kept
    assert all(
        {p.get("id") for p in places[f]} & {"senkaku_islands", "uotsuri_shima", "kita_kojima"}
        for f in kept
    )


def test_a_link_restores_the_event_marks_and_the_floor_of_sources():
    at = run(marks="reports", sources="2")
    assert not at.warning
    assert at.selectbox(key="marks").value == "reports"
    assert at.number_input(key="sources").value == 2
    stored = all_facts()
    assert 0 < len(shown_facts(at)) < len(stored)


def test_each_event_is_one_mark_unless_every_report_is_asked_for():
    def marks(at):  # the timeline draws one mark per fact it is given
        dated = [f for f in figures(at) if f["layout"].get("xaxis", {}).get("type") == "date"]
        timeline = dated[0]
        return {i for t in timeline["data"] for i in (t.get("customdata") or []) if i}

    events, reports = marks(run()), marks(run(marks="reports"))
    assert events < reports  # retold events collapse to one mark each


def test_an_editor_splits_a_report_off_its_event_and_the_grouping_follows():
    from facts.editors import add_editor

    db = os.environ["MARITIME_DB"]
    run()  # fills the store
    add_editor(db, "ana", "a long enough secret")
    reports = facts.store.read_snapshot(db).clusters
    shared = reports.groupby("cluster_id").filter(lambda c: c["article_id"].nunique() > 1)
    fact_id = shared["fact_id"].iloc[-1]
    at = run(fact=fact_id)
    at.text_input(key="login_user").input("ana")
    at.text_input(key="login_password").input("a long enough secret")
    at.button(key="login_submit").click().run()
    at.radio(key="cluster_action").set_value("split")
    at.text_input(key="cluster_reason").input("a different day")
    at.button(key="cluster_submit").click().run()
    assert not at.exception
    moves = facts.store.read_snapshot(db).moves
    assert moves[["fact_id", "editor", "reason"]].values.tolist() == [
        [fact_id, "ana", "a different day"]]  # fmt: skip
    assert any("Grouping saved" in s.value for s in at.success)


def test_a_review_sent_from_one_facts_card_is_never_saved_on_another():
    from facts.editors import add_editor

    db = os.environ["MARITIME_DB"]
    run()  # fills the store
    add_editor(db, "ben", "a long enough secret")
    events = all_facts().query("kind == 'event'")["fact_id"]
    first, second = events.iloc[0], events.iloc[1]
    at = run(fact=first)
    at.text_input(key="login_user").input("ben")
    at.text_input(key="login_password").input("a long enough secret")
    at.button(key="login_submit").click().run()
    # The first card's form is sent in the run that also moves the selection (a rerun under
    # load): its review is not drawn, so nothing is saved, least of all on the second fact.
    at.radio(key=f"review_{first}_action").set_value("rejected")
    at.text_input(key=f"review_{first}_reason").input("background, not news")
    at.button(key=f"review_{first}_submit").click()
    at.selectbox(key="fact_shown").select(second).run()
    assert not at.exception
    assert facts.store.read_snapshot(db).reviews.empty
    assert at.radio(key=f"review_{second}_action").value == "confirmed"
    at.radio(key=f"review_{second}_action").set_value("rejected")
    at.text_input(key=f"review_{second}_reason").input("background, not news")
    at.button(key=f"review_{second}_submit").click().run()
    reviews = facts.store.read_snapshot(db).reviews
    assert reviews[["target", "status"]].values.tolist() == [[second, "rejected"]]
