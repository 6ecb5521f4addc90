import io
import json

import pytest

from deploy.services import free_port
from facts.cli import main
from paths import ROOT

SEED = ROOT / "data" / "articles" / "000_1565db3a8a02a470.txt"


def test_extract_prints_facts_json(capsys):
    assert main(["extract", str(SEED), "--published", "2025-05-07"]) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    assert {f["kind"] for f in facts} == {"event", "quote", "relation"}


def test_extract_refuses_a_bad_date(capsys):
    assert main(["extract", str(SEED), "--published", "May 2025"]) == 2
    assert "not a valid YYYY-MM-DD" in capsys.readouterr().err


def test_ingest_of_a_bad_file_exits_non_zero(tmp_path, capsys):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"")
    assert main(["ingest", str(bad), "--db", str(tmp_path / "f.sqlite")]) == 1
    assert "empty article" in capsys.readouterr().err


def test_ingest_into_an_unwritable_store_says_so(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The Japan Coast Guard said a ship entered the waters on Monday.\n")
    (tmp_path / "a.json").write_text(json.dumps({"title": "a", "published": "2025-05-07"}))
    store = tmp_path / "store-is-a-folder"
    store.mkdir()
    assert main(["ingest", str(article), "--db", str(store), "--processes", "1"]) == 3
    assert "the store could not be written" in capsys.readouterr().err


def test_editor_add_reads_the_password_from_stdin_and_never_prints_it(
    store_url, monkeypatch, capsys
):
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough secret\n"))
    assert main(["editor", "add", "ana", "--password-stdin", "--db", store_url]) == 0
    assert main(["editor", "list", "--db", store_url]) == 0
    out = capsys.readouterr().out
    assert "ana" in out and "secret" not in out
    assert main(["editor", "remove", "ana", "--db", store_url]) == 0
    assert main(["editor", "remove", "ana", "--db", store_url]) == 2


def test_migrate_says_the_revision(tmp_path, capsys):
    assert main(["migrate", "--db", str(tmp_path / "new.sqlite")]) == 0
    assert "schema revision 0004" in capsys.readouterr().out


def test_a_store_that_cannot_be_reached_is_a_message_and_exit_4(capsys):
    unreachable = f"postgresql+psycopg://nobody:secret@127.0.0.1:{free_port()}/none"
    assert main(["migrate", "--db", unreachable]) == 4
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "secret" not in err and "Traceback" not in err


@pytest.mark.parametrize("count", ["0", "-1", "two"])
def test_processes_must_be_one_or_more(tmp_path, count, capsys):
    with pytest.raises(SystemExit):
        main(["ingest", str(tmp_path), "--processes", count])
    assert "--processes takes a whole number of 1 or more" in capsys.readouterr().err


def test_extract_refuses_a_relative_date_beyond_the_calendar(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("The navy said tomorrow it will hold an exercise.\n")
    assert main(["extract", str(article), "--published", "9999-12-31"]) == 2
    err = capsys.readouterr().err
    assert "'tomorrow'" in err and "9999-12-31" in err and "Traceback" not in err
