"""``python -m desktop`` (and the frozen app's entry point) runs the command line.

Start-up speed: the cyclic garbage collector is off while the program loads
(SQLAlchemy, Qt and our modules create hundreds of thousands of objects that
live as long as the process; collecting them again and again while they load
costs a tenth of a second or more). ``desktop.cli.main`` turns it back on before a
command's work, the window once it is shown. At exit the collector is told not to
walk those objects once more (``gc.freeze``): the operating system frees them;
files and databases are closed explicitly before. A worker process (the demo's)
imports this module under another name, or runs inside ``freeze_support``: it
keeps the collector on.
"""

import gc

if __name__ == "__main__":
    gc.disable()

import sys

from desktop.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The demo generator builds data in a worker process; a frozen app needs this
        # (a no-op otherwise, so `multiprocessing` is not imported for nothing). A worker
        # runs and exits inside it, with the collector on.
        import multiprocessing

        gc.enable()
        multiprocessing.freeze_support()
        gc.disable()
    code = main()
    gc.freeze()
    sys.exit(code)
