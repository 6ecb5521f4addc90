from datetime import date

import pytest

from bench.corpus import PUBLISHER, copies_for_facts, synthetic_articles, write_article_files
from facts.article import Article, read_article

SOURCES = [
    Article("a", "A patrol was seen.", "Patrol near the shoal", "Wire", date(2024, 3, 1), "", ""),
    Article("b", "Ministers met on Monday.", "Ministers meet", "Paper", date(2023, 1, 9), "", ""),
]


def test_copies_are_marked_synthetic():
    copies = synthetic_articles(SOURCES, count=3)
    assert [c.article_id for c in copies] == [f"synthetic-{i:05d}" for i in range(3)]
    assert all(c.publisher == PUBLISHER and c.title.startswith("[SYNTHETIC]") for c in copies)
    assert all("not a real article" in c.text for c in copies)


def test_copies_keep_the_source_text_first():
    copy = synthetic_articles(SOURCES, count=2)[1]
    assert copy.text.startswith(SOURCES[1].text)


def test_copies_have_distinct_texts():
    copies = synthetic_articles(SOURCES, count=6)
    assert len({c.text for c in copies}) == 6


def test_a_corpus_built_in_parts_equals_one_built_at_once():
    whole = synthetic_articles(SOURCES, count=5, seed=7)
    parts = synthetic_articles(SOURCES, count=2, seed=7) + synthetic_articles(
        SOURCES, count=3, start=2, seed=7
    )
    assert parts == whole


@pytest.mark.parametrize(("facts", "expected"), [(0, 0), (1, 1), (3, 1), (4, 2), (7, 3)])
def test_copies_for_facts_counts_round_and_round(facts, expected):
    assert copies_for_facts([3, 1], facts=facts) == expected


def test_copies_for_facts_refuses_sources_without_facts():
    with pytest.raises(ValueError, match="no source article"):
        copies_for_facts([0, 0], facts=5)


def test_written_files_read_back_as_articles(tmp_path):
    copy = synthetic_articles(SOURCES, count=1)[0]
    [path] = write_article_files([copy], tmp_path)
    back = read_article(path)
    assert (back.article_id, back.publisher, back.published, back.text) == (
        copy.article_id,
        PUBLISHER,
        copy.published,
        copy.text,
    )


def test_no_copy_is_dated_after_its_source():
    copies = synthetic_articles(SOURCES[:1], count=200)
    assert all(c.published <= SOURCES[0].published for c in copies)
    assert len({c.published for c in copies}) > 100  # still spread over two years
