"""Building a graph: `build()` (what kg.api.build is).

    stages.py    plan, read-check, resolve, curate, RDF, write (the parent's work)
    tasks.py     the unit of work: one corpus file, locally or on Dask
    runner.py    a function over items in worker processes or on Dask, in order, in bounded memory
    worker.py    the worker processes' fork server, set-up and stopping; SIGTERM as an interrupt
    cache.py     the extraction cache (fingerprint of kg/extract and the lexicons)
    progress.py  the progress bar

The stages live in ``stages``, not a submodule named ``build``: importing it
would replace the function `kg.builder.build` with the module.
"""
from kg.builder.stages import build

__all__ = ["build"]
