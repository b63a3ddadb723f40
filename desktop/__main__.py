"""``python -m desktop`` (and the frozen app's entry point) runs the command line."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The demo generator builds data in a worker process; a frozen app needs this
        # (a no-op otherwise, so `multiprocessing` is not imported for nothing).
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
