"""The header synonym table: which printed label means which field in which block of a form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from store.normalize import label_key

PACKAGED = Path(__file__).resolve().parent.parent / "data" / "headers.tsv"
USER_FILE_NAME = "headers.tsv"
_CACHED_LENGTH = 40

# Suffixes that qualify a header without changing its meaning: (A), (B/A), (%), (分), (万元), (20分*执行率).
_SUFFIX = re.compile(r"\([^()]*\)$")
# A weight printed inside a label: "产出指标(50分)", "（20分）", "数量指标 15 分", "(分值：10分)".
WEIGHT_IN_LABEL = re.compile(r"\s*[(（]?\s*(?:分值|权重|满分)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]?")
_WEIGHT_AT_END = re.compile(WEIGHT_IN_LABEL.pattern + r"\s*$")
# A bracketed weight anywhere in a label: "项目绩效(85分)/产出指标(40分)".
_WEIGHT_IN_BRACKETS = re.compile(r"\s*[(（]\s*(?:分值|权重|满分)?\s*[:：]?\s*\d+(?:\.\d+)?\s*分\s*[)）]")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


@lru_cache(maxsize=1 << 16)
def header_key(cell: str) -> str:
    """The key a header cell is compared by: normalised, lower case, qualifying suffixes dropped.

    Args:
        cell: the header text as printed ("全年预算数(A)", "执行率（%）", "年度 指标值").

    Returns:
        The bare header word ("全年预算数", "执行率", "年度指标值").
    """
    key = label_key(cell).lower().rstrip(":")
    while True:
        bare = _SUFFIX.sub("", key)
        if bare == key or not bare:
            return key
        key = bare


def clean_label(text: str) -> str:
    """A structural label as it should be stored: wraps between CJK characters and its weights removed.

    "产 出 指 标" becomes "产出指标", "产出指标（50分）" and "数量指标 15 分" lose their weight, and
    "项目绩效(85分)/产出指标(40分)" becomes "项目绩效/产出指标"; other text is kept.

    Args:
        text: a level label as printed.

    Returns:
        The label.
    """
    text = _CJK_GAP.sub("", text.strip())
    bare = _WEIGHT_AT_END.sub("", _WEIGHT_IN_BRACKETS.sub("", text)).strip()
    return bare or text


def label_weight(text: str) -> str | None:
    """The weight printed inside a label ("预算执行情况（万元）（20分）" gives "20"), if any."""
    match = WEIGHT_IN_LABEL.search(label_key(text))
    return match.group(1) if match else None


@dataclass
class HeaderTable:
    """Labels by block, each mapped to the field it names; loaded from tab-separated files.

    Each line reads `block<TAB>field<TAB>label`; lines starting with # are comments. Later files
    add to earlier ones, so a user's file extends the packaged table.
    """

    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    _looked_up: dict[tuple[str, str, str], str | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, *paths: str | Path) -> "HeaderTable":
        """Read one or more synonym files.

        Args:
            paths: TSV files, in order; missing files are an error.

        Returns:
            The table.

        Raises:
            ValueError: for a line that does not have three fields, naming file and line.
        """
        table = cls()
        for path in paths:
            for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3 or not all(part.strip() for part in parts):
                    raise ValueError(f"{path}:{number}: expected block<TAB>field<TAB>label, got {line!r}")
                block, name, label = (part.strip() for part in parts)
                # Row labels keep their colon ("注:" must not match "注册…"); headers drop their suffixes.
                key = label_key(label).lower() if block == "skip" else header_key(label)
                table.labels.setdefault(block, {})[key] = name
        return table

    @classmethod
    def default(cls, user_dir: str | Path | None = None) -> "HeaderTable":
        """The packaged table, extended by `headers.tsv` in the user's data directory when present.

        Args:
            user_dir: the directory to look for a user file in; None reads no user file.

        Returns:
            The table.
        """
        user_file = Path(user_dir) / USER_FILE_NAME if user_dir is not None else None
        if user_file is not None and user_file.is_file():
            return _load_cached(str(user_file), user_file.stat().st_mtime_ns)
        return _load_cached(None, 0)

    def field(self, block: str, cell: str) -> str | None:
        """The field a cell names in a block, matching the whole label (with or without its suffix)."""
        return self._cached("whole", block, cell)

    def _cached(self, how: str, block: str, cell: str) -> str | None:
        # Every row is looked up several times while a form is read; labels are short and repeat,
        # so only short cells are remembered (prose would only fill the memory).
        if len(cell) > _CACHED_LENGTH:
            return self._look_up(how, block, cell)
        key = (how, block, cell)
        if key not in self._looked_up:
            self._looked_up[key] = self._look_up(how, block, cell)
        return self._looked_up[key]

    def _look_up(self, how: str, block: str, cell: str) -> str | None:
        labels = self.labels.get(block, {})
        key = label_key(cell).lower()
        if how == "whole":
            return labels.get(key.rstrip(":")) or labels.get(header_key(cell))
        matches = [label for label in labels if (key.startswith(label) if how == "prefix" else label in key)]
        return labels[max(matches, key=len)] if matches else None

    def column_field(self, block: str, above: str, below: str, carried: str) -> tuple[str | None, str]:
        """The field of a column under a two-row header, and its header as printed.

        The lower cell names the column (指标值 under 年度指标值), unless the upper cell is a word
        the table does not know and the two read as one header wrapped over two rows (年初 / 预算数).

        Args:
            block: the block the header belongs to.
            above: the upper header cell of this column ("" when empty).
            below: the lower header cell of this column ("" when empty).
            carried: the nearest non-empty upper cell at or left of this column (a merged group label).

        Returns:
            (field or None, header as printed).
        """
        if not below:
            return self.field(block, above), above
        if above and self.field(block, above) is None and (wrapped := self.field(block, above + below)):
            return wrapped, above + below
        name = self.field(block, below) or (self.field(block, carried) if carried else None)
        return name, f"{carried} / {below}" if carried and carried != below else below

    def prefix_field(self, block: str, cell: str) -> str | None:
        """The field of the longest label the cell starts with ("绩效指标（90分）" starts with 绩效指标)."""
        return self._cached("prefix", block, cell)

    def contained_field(self, block: str, cell: str) -> str | None:
        """The field of the longest label found anywhere in the cell ("其中：当年财政 拨款" holds 当年财政拨款)."""
        return self._cached("contained", block, cell)


@lru_cache(maxsize=4)
def _load_cached(user_file: str | None, _mtime: int) -> HeaderTable:
    return HeaderTable.load(PACKAGED, *([user_file] if user_file else []))
