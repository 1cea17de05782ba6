"""The extraction progress bar on stderr (shown only on a terminal)."""
from __future__ import annotations

import sys


class ProgressBar:
    """Extraction progress on stderr, shown only when stderr is a terminal:
    items done, characters per second and ETA, in 80 columns.

    ``total`` is in the unit ``advance`` counts (characters of text, or bytes
    of files when whole files are the work items); ``chars`` counts the
    characters extracted, for the rate.  ``counts`` is the text shown for the
    items done, e.g. "12/40 docs"."""

    def __init__(self, wanted: bool, *, total: int | None, counts: str):
        self.shown = _show_progress(wanted)
        self._bar = self._task = None
        if self.shown:
            self._bar, self._task = _progress_bar(total, counts)

    def __enter__(self) -> "ProgressBar":
        if self._bar is not None:
            self._bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def update(self, *, advance: int = 0, chars: int = 0, counts: str | None = None, total: int | None = None) -> None:
        if self._bar is None:
            return
        task = self._bar.tasks[0]
        fields = {"chars": task.fields["chars"] + chars}
        if counts is not None:
            fields["counts"] = counts
        if total is not None:
            self._bar.update(self._task, total=total)
        self._bar.update(self._task, advance=advance, **fields)


def _progress_bar(total: int | None, counts: str):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class CharRate(ProgressColumn):
        def render(self, task):
            elapsed = task.finished_time if task.finished else task.elapsed
            chars = task.fields["chars"]
            if not (elapsed and chars):
                return Text("? chars/s")
            rate = chars / elapsed
            return Text(f"{rate / 1000:,.0f}k chars/s" if rate >= 10_000 else f"{rate:,.0f} chars/s")

    progress = Progress(
        TextColumn("extracting"),
        BarColumn(bar_width=16),  # the counts, rate and ETA fit in 80 columns
        TextColumn("{task.fields[counts]}"),
        CharRate(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=False,
    )
    task = progress.add_task("extract", total=total, counts=counts, chars=0)
    return progress, task


def _show_progress(wanted: bool) -> bool:
    return bool(wanted) and hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
