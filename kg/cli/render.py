"""The one output path of the `kg` commands: tables, CSV and JSON on stdout,
warnings and errors on stderr."""
from __future__ import annotations

import json

import typer


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def print_json(data) -> None:
    typer.echo(to_json(data))


def warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


def error(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
