"""Run the facts command line: `python -m facts extract|ingest|migrate|editor|score`."""

import sys

from facts.cli import main

sys.exit(main())
