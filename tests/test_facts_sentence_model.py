from datetime import date

from facts.extract import facts_from_doc
from facts.nlp import pipeline
from facts.places import EmptyGazetteer
from facts.sentence_model import LABELS, SentenceModel, Thresholds, classifier_input
from facts.training import Sentence, train_textcat

LIMITS = Thresholds(drop=0.2, add=0.8, recategorise=0.6, margin=0.3)


def _events(text: str, probs: dict[str, float]):
    doc = pipeline()(text)
    model = SentenceModel(lambda texts: [probs for _ in texts], LIMITS)
    facts = facts_from_doc(
        doc, published=date(2024, 5, 2), article_id="", gazetteer=EmptyGazetteer(), model=model
    )
    return [f for f in facts if f.kind == "event"]


def _probs(**given: float) -> dict[str, float]:
    return {label: given.get(label, 0.0) for label in LABELS}


def test_a_sentence_the_classifier_calls_eventless_loses_its_triggers():
    assert _events("Two frigates patrolled the strait on Monday.", _probs(event=0.05)) == []


def test_a_sentence_no_rule_fired_on_gets_an_event_at_its_main_verb():
    events = _events("The two navies wrapped up their annual gathering off Guam on Monday.",
                     _probs(event=0.95, exercise=0.9))  # fmt: skip
    assert [(e.category, e.date) for e in events] == [("exercise", "2024-04-29")]


def test_a_much_likelier_category_replaces_the_rules_one():
    events = _events("Two frigates patrolled the strait on Monday.",
                     _probs(event=0.9, deployment=0.1, exercise=0.8))  # fmt: skip
    assert [e.category for e in events] == ["exercise"]


def test_without_a_classifier_the_rules_decide():
    doc = pipeline()("Two frigates patrolled the strait on Monday.")
    facts = facts_from_doc(doc, published=date(2024, 5, 2), article_id="",
                           gazetteer=EmptyGazetteer(), model=SentenceModel())  # fmt: skip
    assert [f.category for f in facts if f.kind == "event"] == ["deployment"]


def test_the_textcat_learns_which_sentences_report_events():
    events = [f"Pirates attacked the tanker number {i} off the coast." for i in range(20)]
    quiet = [f"The weather report number {i} was read on the radio." for i in range(20)]
    samples = [Sentence("a", t, frozenset({"piracy"})) for t in events]
    samples += [Sentence("b", t, frozenset()) for t in quiet]
    nlp = train_textcat(samples, epochs=6)
    hot, cold = nlp("Pirates attacked a tanker off the coast."), nlp("The weather report was read.")
    assert hot.cats["event"] > 0.5 > cold.cats["event"]
    assert hot.cats["piracy"] > hot.cats["meeting"]


def test_the_classifier_reads_a_quotation_as_one_word():
    text = 'He spoke. "We will never accept this," the envoy said, adding that Japan protested.'
    doc = pipeline(())(text)
    sent = list(doc.sents)[-1]
    quote = (text.index('"'), text.rindex('"') + 1)
    read = classifier_input(sent, [], [quote])
    assert "accept" not in read
    assert read.startswith("quote") and "Japan protested" in read
