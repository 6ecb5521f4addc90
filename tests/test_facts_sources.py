import pandas as pd

from facts.sources import cluster_sources, publisher_key, source_of

STORY = (
    "Coast guard vessels of Ruritania entered the waters around the Far Islets on Monday, "
    "the coast guard of Freedonia said, the fourth such entry this month. Two of the vessels "
    "carried guns, it said, and left the waters after three hours."
)


def article(article_id, publisher, text, url=""):
    return {"article_id": article_id, "publisher": publisher, "title": "", "url": url,
            "text": text}  # fmt: skip


def counts(rows, cluster_of):
    members = pd.DataFrame([{"cluster_id": cluster_of[r["article_id"]],
                             "article_id": r["article_id"]} for r in rows])  # fmt: skip
    return cluster_sources(members, pd.DataFrame(rows)).set_index("cluster_id")


def test_same_event_in_two_outlets_is_two_sources():
    other = "Freedonia says guns were seen on Ruritanian ships."
    rows = [article("a1", "Daily Planet", STORY), article("a2", "Evening Star", other)]
    got = counts(rows, {"a1": "c-1", "a2": "c-1"})
    assert got.loc["c-1", ["articles", "sources"]].tolist() == [2, 2]


def test_one_wire_story_in_three_outlets_is_one_source():
    rows = [
        article("a1", "Daily Planet", f"FAR ISLETS (Kyodo) -- {STORY}"),
        article("a2", "Evening Star", f"Ruritanian ships near the islets. {STORY[:120]} (Kyodo)"),
        article("a3", "Morning Post", f"By Kyodo News. {STORY}"),
    ]
    got = counts(rows, dict.fromkeys(("a1", "a2", "a3"), "c-1"))
    assert got.loc["c-1", ["articles", "sources"]].tolist() == [3, 1]
    assert got.loc["c-1", "origins"] == ("Kyodo",)


def test_the_same_text_published_twice_counts_once():
    rows = [article("a1", "Daily Planet", STORY),
            article("a2", "Evening Star", STORY.replace("Monday", "Monday morning"))]  # fmt: skip
    assert counts(rows, {"a1": "c-1", "a2": "c-1"}).loc["c-1", "sources"] == 1


def test_a_wire_named_in_the_body_is_no_credit():
    body = f"{STORY} " * 3 + "Reuters reported similar entries last year. " + f"{STORY} " * 3
    assert source_of(article("a1", "Daily Planet", body)) == "daily planet"


def test_publisher_remarks_and_reposts_name_one_publisher():
    assert publisher_key("The White House (briefing room)") == "white house"
    assert publisher_key("The White House, Office of the Press Secretary") == "white house"
    assert publisher_key("U.S. Navy via DVIDS") == "u.s. navy"
    assert publisher_key("Commander, U.S. 7th Fleet") == "commander, u.s. 7th fleet"


def test_no_publisher_falls_back_to_the_web_host():
    assert source_of(article("a1", "", STORY, url="https://www.example.org/x")) == "example.org"
