"""Command line: `python -m geo build | list | export NAME FILE.geojson`."""

from __future__ import annotations

import argparse
import sys

from geo import DATA
from geo.gazetteer_table import gazetteer_rows, write_gazetteer


def main(argv: list[str] | None = None) -> int:
    """Run one command and return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="derive every layer and the gazetteer into data/")
    args = parser.parse_args(argv)
    if args.command == "build":
        write_gazetteer(gazetteer_rows(), DATA / "gazetteer.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
