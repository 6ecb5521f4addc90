"""Command line: extract facts, ingest articles, migrate the store, manage editors, score."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from facts import report
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
from facts.rounds import ROUNDS, SPLITS, record_split, scores_of
from facts.schema import migrate
from facts.score import Score
from facts.store import ingest_paths
from paths import ROOT

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
    score = commands.add_parser("score", help="score the extractor on reference annotations")
    where = score.add_mutually_exclusive_group()
    where.add_argument(
        "--split",
        choices=tuple(SPLITS),
        default="dev",
        help="dev (tuned on) or heldout (score once, at the end of a round)",
    )
    where.add_argument("--devset", type=Path, help="any folder of *.gold.json instead")
    score.add_argument(
        "--record",
        metavar="ROUND",
        help=f"also write the figures into {ROUNDS.relative_to(ROOT)} under ROUND",
    )
    score.set_defaults(run=_score)
    train = commands.add_parser("train", help="train the sentence classifier on the dev split")
    train.add_argument(
        "--compare",
        nargs="*",
        default=[],
        choices=("ensemble", "minilm"),
        help="cross-validate these options too (minilm needs torch installed)",
    )
    train.set_defaults(run=_train)
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


def _train(args: argparse.Namespace) -> int:
    """Train and write the sentence classifier; print what it was trained on and its scores."""
    from facts.training import built_model  # noqa: PLC0415 (training is not needed to extract)

    record = built_model(sorted(SPLITS["dev"].glob("*.gold.json")), compare=args.compare)
    data = record["training_data"]
    print(f"trained on {data['sentences']} sentences ({data['event_sentences']} with events) "
          f"of {data['articles']} dev articles; {record['size_bytes'] / 1e6:.1f} MB; "
          f"thresholds {record['thresholds']}")  # fmt: skip
    for name, figures in record["cross_validation"]["options"].items():
        f = figures["fields"]
        print(f"{name:20} events F1 {f['events']['f1']:.0%}, category F1 "
              f"{f['category']['f1']:.0%}, spurious {figures['spurious_rate']:.0%}")  # fmt: skip
    return OK


def _score(args: argparse.Namespace) -> int:
    """Print the scores on a split (per article on dev), and record them if asked."""
    folder = args.devset or SPLITS[args.split]
    golds = sorted(folder.glob("*.gold.json"))
    # Held-out texts are scored, never read: no per-article lines to tune on.
    per_article = args.devset is not None or args.split != "heldout"
    total = Score()
    for path, score in zip(golds, scores_of(golds), strict=True):
        total += score
        if per_article:
            print(f"{path.name.removesuffix('.gold.json'):40} {report.line(score)}")
    print(f"{'TOTAL':40} {report.line(total)}")
    print(report.fields_text(total))
    print(report.confusion_text(total))
    if args.record:
        split = args.split if args.devset is None else str(folder)
        record_split(ROUNDS, args.record, split=split, articles=len(golds), score=total)
        print(f"recorded in {ROUNDS.relative_to(ROOT)} as {args.record!r} / {split}")
    return OK
