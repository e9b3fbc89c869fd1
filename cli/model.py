"""`jixiao model`: build the default embedding model now, or list the models `--model` accepts."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def model() -> None:
    """The embedding models used by semantic search."""


@model.command("build")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Folder to write (default: the cache).")
def model_build(out: Path | None) -> None:
    """Build the default `static` model (distilled from USE multilingual) now, instead of on first search."""
    from index.distill import build_static_model, ensure_static_model

    path = build_static_model(out, progress=True) if out else ensure_static_model(progress=True)
    click.echo(f"static model at {path}")


@model.command("list")
def model_list() -> None:
    """The model names `--model` accepts."""
    from index.embedder import AVAILABLE_MODELS

    for name, description in AVAILABLE_MODELS.items():
        click.echo(f"{name:8} {description}")
    click.echo("or a path to a local sentence-transformers folder")
