"""Command line: extract one article's facts as JSON, ingest articles, score the dev set."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from facts.article import ArticleError, read_article, read_text
from facts.dates import parse_published
from facts.extract import facts_from_text
from facts.score import Score, load_gold, score_article
from facts.store import DEFAULT_DB, ingest_paths
from paths import ARTICLES, DEVSET


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in argv; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (ArticleError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    """Return the argument parser with its three commands."""
    parser = argparse.ArgumentParser(prog="python -m facts", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser("extract", help="print an article's facts as JSON")
    extract.add_argument("file", type=Path)
    extract.add_argument("--published", help="publication date YYYY-MM-DD (default: sidecar)")
    extract.set_defaults(run=_extract)
    ingest = commands.add_parser("ingest", help="add articles (.txt + .json sidecar) to the store")
    ingest.add_argument("paths", type=Path, nargs="+")
    ingest.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"default {DEFAULT_DB}")
    ingest.add_argument(
        "--processes",
        type=int,
        default=len(os.sched_getaffinity(0)),
        help="parsing processes (default: the CPUs this process may use)",
    )
    ingest.set_defaults(run=_ingest)
    score = commands.add_parser("score", help="score the extractor on the development set")
    score.add_argument("--devset", type=Path, default=DEVSET)
    score.set_defaults(run=_score)
    return parser


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
    return 0


def _ingest(args: argparse.Namespace) -> int:
    """Ingest the given files and folders; print what was added and refused."""
    try:
        report = ingest_paths(args.db, args.paths, progress=True, processes=args.processes)
    except (OSError, sqlite3.Error) as err:
        # Each article is written in one transaction: what was written before stays whole.
        print(f"error: the store could not be written ({err}); articles written before the "
              "failure are kept whole, none is half-written", file=sys.stderr)  # fmt: skip
        return 3
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if report.errors:
        print("nothing was added: fix or remove the files above", file=sys.stderr)
        return 1
    print(f"{report.added} added, {report.skipped} already in {args.db}")
    return 0


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
