"""The bundled default data: the seed forms a new user sees on first start."""

from pathlib import Path

CORPUS_DIR = Path(__file__).parent


def default_files() -> list[Path]:
    """The bundled form files, in a stable order."""
    return sorted(CORPUS_DIR.glob("*.txt"))
