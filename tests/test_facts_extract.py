import json
from datetime import date

import pytest

from facts.extract import facts_from_text
from facts.places import EmptyGazetteer
from facts.rounds import SPLITS, scores_of
from facts.score import Score, load_gold, score_article
from paths import ROOT

SEED = "000_1565db3a8a02a470"


def _facts(stem: str, **kwargs):
    text = (ROOT / "data" / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
    meta = json.loads((ROOT / "data" / "articles" / f"{stem}.json").read_text(encoding="utf-8"))
    return text, facts_from_text(
        text, published=date.fromisoformat(meta["published"]), article_id=stem, **kwargs
    )


@pytest.fixture(scope="module")
def seed():
    text, facts = _facts(SEED)
    return text, facts, load_gold(ROOT / "data" / "devset" / f"{SEED}.gold.json")


def test_seed_events_are_all_found_with_date_and_place(seed):
    text, facts, gold = seed
    score = score_article(facts, gold, text=text)
    assert score.matched == 8 and score.right_category == 8
    assert (score.right_date, score.right_place) == (score.dated_gold, score.placed_gold)


def test_seed_has_at_most_two_extra_events(seed):
    text, facts, gold = seed
    score = score_article(facts, gold, text=text)
    assert score.found_events - score.matched <= 2


def test_seed_quotes_have_their_speakers(seed):
    text, facts, gold = seed
    assert score_article(facts, gold, text=text).matched_quotes == len(gold["quotes"])


def test_seed_relations_are_found(seed):
    text, facts, gold = seed
    assert score_article(facts, gold, text=text).matched_relations == len(gold["relations"])


def test_weekdays_resolve_against_publication(seed):
    _, facts, _ = seed
    helicopter = next(f for f in facts if f.kind == "event" and "helicopter" in (f.summary or ""))
    assert (helicopter.date, helicopter.date_text) == ("2025-05-03", "on Saturday")


def test_repeated_intrusions_are_ongoing_not_dated(seed):
    _, facts, _ = seed
    ongoing = [f for f in facts if f.kind == "event" and f.date_precision == "ongoing"]
    assert {f.date for f in ongoing} == {None} and len(ongoing) == 2


def test_evidence_points_at_the_exact_words(seed):
    text, facts, _ = seed
    assert all(text[f.evidence.start : f.evidence.end] == f.evidence.text for f in facts)


def test_places_the_gazetteer_lacks_are_kept_and_flagged():
    _, facts = _facts("101_centcom_farragut_2010", gazetteer=EmptyGazetteer())
    places = [p for f in facts for p in f.places]
    assert places and all(p.id is None for p in places)


def test_dev_set_scores_stay_above_floor():
    total = sum(scores_of(sorted(SPLITS["dev"].glob("*.gold.json"))), Score())
    # Floors a little under the dev-split figures of the last round (data/devset/rounds.json).
    # The shipped classifier was trained on these articles: in-sample figures, not an estimate.
    # Round 10 (154 articles): 0.886, 0.958, 0.898, 0.842, 0.055, 0.98, relations 0.519; round 9
    # (136 articles): 0.894, 1.0, 0.912, 0.858, 0.040, 1.0, relations 0.54 (the "ally of" pairs
    # of batch east 13's trilateral alliance are not read). Round 9's category of 1.0 came from
    # thresholds that recategorised (0.6 / 0.3), in-sample the classifier relabelling the
    # sentences it was trained on; round 10's cross-validation recategorises nothing.
    assert total.recall >= 0.87 and total.category_accuracy >= 0.94
    assert total.date_accuracy >= 0.88 and total.place_accuracy >= 0.82
    assert total.spurious_rate <= 0.07 and total.speaker_accuracy >= 0.97
    assert total.matched_relations / total.gold_relations >= 0.50
