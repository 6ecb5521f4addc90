"""Command line: extract facts, ingest articles, migrate the store, manage editors, score."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from facts.article import ArticleError, read_article, read_text
from facts.database import (
    DEFAULT_PATH,
    ENV,
    StoreUnavailable,
    StoreUnreachable,
    configured_url,
    database_url,
    shown_url,
)
from facts.dates import parse_published
from facts.editors import EditorError, add_editor, editor_names, remove_editor
from facts.extract import facts_from_text
from facts.schema import migrate
from facts.score import Score, load_gold, score_article
from facts.store import ingest_paths
from paths import ARTICLES, DEVSET

# Exit statuses, as the README lists them.
OK, REFUSED, USAGE, UNWRITABLE, UNREACHABLE = 0, 1, 2, 3, 4


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in argv; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except StoreUnreachable as err:
        print(f"error: {err}; nothing was written", file=sys.stderr)
        return UNREACHABLE
    except StoreUnavailable as err:
        print(f"error: {err}; nothing was written", file=sys.stderr)
        return UNWRITABLE
    except (ArticleError, EditorError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return USAGE


def _parser() -> argparse.ArgumentParser:
    """Return the argument parser with its commands."""
    parser = argparse.ArgumentParser(prog="python -m facts", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser("extract", help="print an article's facts as JSON")
    extract.add_argument("file", type=Path)
    extract.add_argument("--published", help="publication date YYYY-MM-DD (default: sidecar)")
    extract.set_defaults(run=_extract)
    ingest = commands.add_parser("ingest", help="add articles (.txt + .json sidecar) to the store")
    ingest.add_argument("paths", type=Path, nargs="+")
    _store_option(ingest)
    ingest.add_argument(
        "--processes",
        type=_processes,
        default=len(os.sched_getaffinity(0)),
        help="parsing processes, 1 or more (default: the CPUs this process may use)",
    )
    ingest.set_defaults(run=_ingest)
    migrate_ = commands.add_parser("migrate", help="create the store or bring it to this version")
    _store_option(migrate_)
    migrate_.set_defaults(run=_migrate)
    editor = commands.add_parser("editor", help="manage who may add and review articles")
    actions = editor.add_subparsers(required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add an editor; the password is read from stdin")
    add.add_argument("name")
    add.add_argument("--password-stdin", action="store_true", required=True,
                     help="read the password from the first line of standard input")  # fmt: skip
    add.set_defaults(run=_editor_add)
    listing = actions.add_parser("list", help="list the editors")
    listing.set_defaults(run=_editor_list)
    remove = actions.add_parser("remove", help="remove an editor")
    remove.add_argument("name")
    remove.set_defaults(run=_editor_remove)
    for sub in (add, listing, remove):
        _store_option(sub)
    score = commands.add_parser("score", help="score the extractor on the development set")
    score.add_argument("--devset", type=Path, default=DEVSET)
    score.set_defaults(run=_score)
    return parser


def _store_option(parser: argparse.ArgumentParser) -> None:
    """Add the --db option: the store's path or URL (default: MARITIME_DB, else var/)."""
    parser.add_argument("--db", type=database_url, default=None,
                        help=f"the store: a path or a database URL (default: {ENV} or "
                             f"{DEFAULT_PATH})")  # fmt: skip


def _store(args: argparse.Namespace) -> str:
    """Return the store the command works on."""
    return args.db or configured_url()


def _processes(value: str) -> int:
    """Return a count of processes given on the command line: a whole number, 1 or more."""
    if not value.isdigit() or int(value) < 1:
        msg = f"--processes takes a whole number of 1 or more, not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(value)


def _extract(args: argparse.Namespace) -> int:
    """Print {"facts": [...]} for one article file."""
    if args.published is None:
        article = read_article(args.file)
        text, published = article.text, article.published
    else:
        published = parse_published(args.published)
        text = read_text(args.file)
    facts = facts_from_text(text, published=published, article_id=args.file.stem)
    json.dump({"facts": [f.to_dict() for f in facts]}, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return OK


def _ingest(args: argparse.Namespace) -> int:
    """Ingest the given files and folders; print what was added and refused."""
    url = _store(args)
    try:
        report = ingest_paths(url, args.paths, progress=True, processes=args.processes)
    except StoreUnreachable:
        raise
    except (OSError, SQLAlchemyError, StoreUnavailable) as err:
        # Each article is written in one transaction: what was written before stays whole.
        print(f"error: the store could not be written ({_first_line(err)}); articles "
              "written before the failure are kept whole, none is half-written",
              file=sys.stderr)  # fmt: skip
        return UNWRITABLE
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if report.errors:
        print("nothing was added: fix or remove the files above", file=sys.stderr)
        return REFUSED
    print(f"{report.added} added, {report.updated} re-extracted, {report.skipped} already in "
          f"{shown_url(url)}")  # fmt: skip
    return OK


def _migrate(args: argparse.Namespace) -> int:
    """Create the store or bring its schema to this version; print the revision."""
    url = _store(args)
    print(f"{shown_url(url)} is at schema revision {migrate(url)}")
    return OK


def _editor_add(args: argparse.Namespace) -> int:
    """Add an editor whose password is the first line of standard input."""
    password = sys.stdin.readline().rstrip("\r\n")
    add_editor(_store(args), args.name, password)
    print(f"editor {args.name} added")
    return OK


def _editor_list(args: argparse.Namespace) -> int:
    """Print the editors' names, one per line."""
    for name in editor_names(_store(args)):
        print(name)
    return OK


def _editor_remove(args: argparse.Namespace) -> int:
    """Remove an editor."""
    remove_editor(_store(args), args.name)
    print(f"editor {args.name} removed")
    return OK


def _first_line(error: BaseException) -> str:
    """Return the first line of an error's message."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _score(args: argparse.Namespace) -> int:
    """Print per-article and total scores on the reference annotations."""
    total = Score()
    for gold_path in sorted(args.devset.glob("*.gold.json")):
        article = read_article(ARTICLES / gold_path.name.replace(".gold.json", ".txt"))
        facts = facts_from_text(article.text, published=article.published,
                                article_id=article.article_id)  # fmt: skip
        score = score_article(facts, load_gold(gold_path), text=article.text)
        total += score
        print(f"{article.article_id:32} {_line(score)}")
    print(f"{'TOTAL':32} {_line(total)}")
    return 0


def _line(s: Score) -> str:
    """Return one line of figures."""
    return (f"events {s.matched}/{s.gold_events} found ({s.found_events} extracted), "
            f"date {s.date_accuracy:.0%}, place {s.place_accuracy:.0%}, "
            f"spurious {s.spurious_rate:.0%}, quotes {s.matched_quotes}/{s.gold_quotes}, "
            f"relations {s.matched_relations}/{s.gold_relations}")  # fmt: skip
