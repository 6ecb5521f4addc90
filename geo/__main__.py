"""Command line: `python -m geo build | list | export NAME FILE.geojson`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo import DATA
from geo.build import build_outputs, write_outputs
from geo.layers import LAYERS, read_layer


def main(argv: list[str] | None = None) -> int:
    """Run one command and return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build", help="derive every layer and the gazetteer into data/")
    commands.add_parser("list", help="print each layer with feature count, source and licence")
    export = commands.add_parser("export", help="write one layer as GeoJSON")
    export.add_argument("name", choices=list(LAYERS))
    export.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "build":
        write_outputs(build_outputs())
    elif args.command == "list":
        print(layer_listing())
    else:
        if args.file.exists():
            print(f"{args.file} exists: not overwritten", file=sys.stderr)
            return 1
        args.file.write_text((DATA / LAYERS[args.name].file).read_text(encoding="utf-8"))
    return 0


def layer_listing(data_dir: Path = DATA) -> str:
    """Return one line per layer: name, feature count, bytes, source and licence."""
    lines = []
    for name, info in LAYERS.items():
        path = data_dir / info.file
        count = len(read_layer(path))
        size = path.stat().st_size
        lines.append(f"{name:16} {count:4d} features {size:7d} B  {info.source}  [{info.licence}]")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
