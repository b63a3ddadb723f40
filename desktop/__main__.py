"""``python -m desktop`` (and the frozen app's entry point) runs the command line.

Start-up speed: the cyclic garbage collector is off while the program loads
(SQLAlchemy, Qt and our modules create hundreds of thousands of objects that
live as long as the process; collecting them again and again while they load
costs a tenth of a second or more). ``desktop.cli.main`` turns it back on before a
command's work, the window once it is shown. At exit the collector is told not to
walk those objects once more (``gc.freeze``): the operating system frees them;
files and databases are closed explicitly before.
"""

import gc

gc.disable()

import sys  # noqa: E402

from desktop.cli import main  # noqa: E402

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The demo generator builds data in a worker process; a frozen app needs this
        # (a no-op otherwise, so `multiprocessing` is not imported for nothing).
        import multiprocessing

        multiprocessing.freeze_support()
    code = main()
    gc.freeze()
    sys.exit(code)
