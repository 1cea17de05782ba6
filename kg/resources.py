"""Where kg's data files live: the ontology, SHACL shapes, lexicons, patterns and
ready-made queries (the repository's ``ontology/`` folder).

In a source checkout or editable install that is ``<repo>/ontology``; a wheel
installs the same files under ``<prefix>/share/kg/ontology`` (pyproject's
data-files).  ``KG_ONTOLOGY_DIR`` points kg at another copy, e.g. a user's
extended lexicons.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def _find_ontology_dir() -> Path:
    override = os.environ.get("KG_ONTOLOGY_DIR")
    if override:
        return Path(override).resolve()
    candidates = (
        Path(__file__).resolve().parents[1] / "ontology",
        Path(sys.prefix) / "share" / "kg" / "ontology",
    )
    for candidate in candidates:
        if (candidate / "kg.ttl").is_file():
            return candidate
    return candidates[0]  # so the error message names the expected place


ONTOLOGY_DIR = _find_ontology_dir()

# the graph folder `kg build` writes and every other command reads, by default
DEFAULT_GRAPH_DIR = Path("exports")
