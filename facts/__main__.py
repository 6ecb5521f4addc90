"""Run the facts command line: `python -m facts extract|ingest|score`."""

import sys

from facts.cli import main

sys.exit(main())
