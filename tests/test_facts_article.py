import codecs
import json

import pytest

from facts.article import MAX_BYTES, MAX_WORDS, ArticleError, checked_text, read_article, read_text

TEXT = "The coast guard said two ships entered the waters on Monday.\n"


def test_utf16_with_its_byte_order_mark_is_read_and_without_one_is_named():
    assert checked_text(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), name="a.txt") == TEXT
    with pytest.raises(ArticleError, match=r"a\.txt: binary file .*expected UTF-8"):
        checked_text(TEXT.encode("utf-16-le"), name="a.txt")


def test_an_article_longer_than_the_word_bound_is_refused_with_the_bound():
    long = ("word " * (MAX_WORDS + 1)).encode()
    assert len(long) < MAX_BYTES
    with pytest.raises(ArticleError, match=f"limit {MAX_WORDS:,}"):
        checked_text(long, name="long.txt")


def test_a_folder_named_like_an_article_is_called_a_folder(tmp_path):
    (tmp_path / "x.txt").mkdir()
    with pytest.raises(ArticleError, match="a folder, not an article file"):
        read_text(tmp_path / "x.txt")


def test_a_sidecar_with_a_byte_order_mark_is_read_like_its_text(tmp_path):
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + TEXT.encode())
    meta = {"title": "A", "publisher": "P", "published": "2025-05-07", "url": "", "note": ""}
    (tmp_path / "a.json").write_bytes(codecs.BOM_UTF8 + json.dumps(meta).encode())
    article = read_article(tmp_path / "a.txt")
    assert (article.text, article.title, str(article.published)) == (TEXT, "A", "2025-05-07")
