"""``python -m cchc_metrics`` runs the command line (see :mod:`cchc_metrics.cli`)."""

import sys

from .cli import main

sys.exit(main())
