"""``python -m desktop`` (and the frozen app's entry point) runs the command line."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    # The demo generator builds data in a worker process; a frozen app needs this.
    multiprocessing.freeze_support()
    sys.exit(main())
