"""What the parser decided about each form: block headers, column fields, skipped rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.layout.rows import row_text
from store.readers.base import Row


@dataclass
class BlockLayout:
    """One block's header rows and the field each of its columns was read as."""

    block: str
    header_lines: list[int] = field(default_factory=list)
    columns: list[tuple[int, str, str]] = field(default_factory=list)  # (column, header as printed, field)


@dataclass
class FormExplanation:
    """The reading of one form (or of rows that belong to no form), for `jixiao ingest --explain`."""

    table: str | None
    line_start: int
    line_end: int
    project_name: str | None = None
    year: int | None = None
    year_source: str = ""
    fields: list[tuple[int, str, str]] = field(default_factory=list)  # (line, field, value)
    blocks: list[BlockLayout] = field(default_factory=list)
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # (line, reason, row text)
    missing: list[str] = field(default_factory=list)

    def skip(self, row: Row, reason: str) -> None:
        """Record a row that was not read into any field, and why."""
        self.skipped.append((row.line, reason, row_text(row)))

    def block(self, name: str) -> BlockLayout:
        """The layout record of a block, created on first use."""
        found = next((block for block in self.blocks if block.block == name), None)
        if found is None:
            found = BlockLayout(name)
            self.blocks.append(found)
        return found

    def render(self) -> str:
        """The explanation as plain text, one fact a line."""
        where = f"{self.table}:" if self.table else ""
        title = f"form {self.project_name!r}" if self.project_name else "rows outside any form"
        lines = [f"{title} (lines {where}{self.line_start}-{self.line_end})"]
        if self.project_name:
            lines.append(f"  year: {self.year if self.year is not None else 'none'} ({self.year_source})")
        for line, name, value in self.fields:
            lines.append(f"  line {line}: {name} = {value!r}")
        for block in self.blocks:
            header = ", ".join(map(str, block.header_lines)) or "none"
            lines.append(f"  {block.block} block, header on line {header}:")
            for column, printed, name in block.columns:
                lines.append(f"    column {column + 1} {printed!r} -> {name}")
        for line, reason, text in sorted(self.skipped):
            lines.append(f"  skipped line {line} ({reason}): {text}")
        if self.missing:
            lines.append("  missing: " + "; ".join(self.missing))
        return "\n".join(lines)
