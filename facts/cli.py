"""Command line: extract one article's facts as JSON, ingest articles, score a split."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from facts import report
from facts.article import ArticleError, read_article, read_text
from facts.dates import parse_published
from facts.extract import facts_from_text
from facts.rounds import ROUNDS, SPLITS, record_split, scores_of
from facts.score import Score
from facts.store import DEFAULT_DB, ingest_paths
from paths import ROOT


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
    return 0


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
    return 0
