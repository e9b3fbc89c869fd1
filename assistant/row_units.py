"""An indicator's unit asked as a condition (单位是小时的指标, 以人次为单位, measured in hours): the rows printed in it."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files

from assistant.recognise import Token

# 实施单位, 相关单位, 各单位: 单位 as an organisation, never a unit of measure.
_ORGANISATION = "实施相关各本责任主管用款预算部门"
# What may follow a unit said after 单位是 (单位是小时的, 单位为%且…): not more of a word (单位是人才 is no unit 人).
_ENDS = r"(?=$|[^\u4e00-\u9fff/]|[的且并和或有都共中里])"
# A row figure named right before a number: 目标50人.
_ROW_FIGURES = {("field", "indicator.target_number"), ("field", "indicator.actual_number")}
# The counters of indicator rows themselves (超过10个, 3条): a count of rows, never a unit of their targets.
_ROW_COUNTERS = ("个", "条", "项")
# Words saying a question is about indicator rows: a unit phrase elsewhere (in 万元) is the answer's unit.
_ROW_WORDS = re.compile(r"指标|目标|实际|完成值|indicator|target|kpi|measure|actual", re.IGNORECASE)


@lru_cache(maxsize=1)
def english_units() -> dict[str, str]:
    """Word → the unit as rows print it, from assistant/data/row_units.tsv (hours → 小时, 百分比 → %).

    Returns:
        The words, each mapped to its printed unit.

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    words: dict[str, str] = {}
    for _, cells in data_files.rows("row_units.tsv", 2, "a unit and its words, tab-separated", lambda cells: bool(cells[0])):
        words.update({word.strip().lower(): cells[0] for word in cells[1].split("|") if word.strip()})
    return words


class RowUnits:
    """Finds a unit asked of indicator rows in a question.

    Args:
        printed: the units the store's rows print (indicators.target_unit and actual_unit).
    """

    def __init__(self, printed: list[str]):
        words = english_units()
        chinese = {u: u for u in {*printed, *words.values()} if u}
        chinese.update({w: u for w, u in words.items() if not w.isascii()})
        self._chinese = chinese
        self._english = {w: u for w, u in words.items() if w.isascii()}
        unit = "|".join(re.escape(u) for u in sorted(chinese, key=len, reverse=True))
        quoted = rf"[“\"'‘]?(?P<unit>{unit})[”\"'’]?"
        self._zh = [re.compile(pattern) for pattern in (
            rf"(?:(?:年度指标值|目标值|实际完成值|实际值|指标值|目标)的?)?(?<![{_ORGANISATION}])(?:计量)?单位(?:都|均|也)?(?:是|为|用|写的是|写成|写作|填的是|[:：])\s*{quoted}{_ENDS}",
            rf"以\s*{quoted}\s*(?:为计量单位|为单位|计量|计)",
            rf"(?:按|用)\s*{quoted}\s*(?:计量|计算|计)",
            rf"{quoted}\s*为单位",
            # 用“多少小时”来写目标: a question word fused with the unit, quoted as the way a target is written
            rf"(?:用|按|以)\s*[“\"'‘]?(?:多少|几)(?P<unit>{unit})(?:内|以内)?[”\"'’]?\s*(?:来)?(?:写|填|表示|表述|计|设定|设置|衡量)")]
        english = "|".join(re.escape(w) for w in sorted({*self._english, *self._chinese}, key=len, reverse=True))
        quoted_en = rf"[“\"'‘]?(?P<unit>{english})[”\"'’]?"  # whose unit is 台: the printed unit said in English too
        self._en = [re.compile(pattern, re.IGNORECASE) for pattern in (
            rf"\b(?:measured|expressed|counted|given|stated|recorded|denominated|set|written|quoted|reported|printed)"
            rf"\s+in\s+(?:units\s+of\s+|terms\s+of\s+)?{quoted_en}(?![a-z])",
            rf"\bin\s+units\s+of\s+{quoted_en}(?![a-z])",
            rf"\bunits?\s+(?:is|are|was|were|of|=|:)\s+(?:the\s+)?{quoted_en}(?![a-z])",
            rf"\b(?:indicators?|targets?|kpis?|measures?|rows?)\s+in\s+{quoted_en}(?![a-z])")]
        # a unit right after a figure: 50人, 100 people (a Chinese unit not part of a longer word, 人才 is no 人)
        self._after = re.compile(rf"\s*(?P<unit>{english}){_ENDS}(?![a-z])", re.IGNORECASE)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """The unit phrases of a question about indicator rows.

        Args:
            text: the normalised question.

        Returns:
            (start, end, printed unit) of each phrase, in order; none when the question names no row.
        """
        if not _ROW_WORDS.search(text):
            return []
        found = {(hit.start(), hit.end(), self._chinese[hit.group("unit")])
                 for pattern in self._zh for hit in pattern.finditer(text)}
        found |= {(hit.start(), hit.end(), self._english.get(hit.group("unit").lower()) or self._chinese[hit.group("unit")])
                  for pattern in self._en for hit in pattern.finditer(text)}
        # One phrase read by two patterns (以人次为单位 is also 人次为单位): the longer reading only.
        return sorted(f for f in found if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in found))

    def after_figures(self, text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
        """Units said right after a figure of a row question (目标超过50人, targets of more than 100 people): the rows
        compared are those printed in it. Counters of rows themselves (个, 条, 项) stay counts.

        Args:
            text: the normalised question.
            tokens: its tokens.

        Returns:
            (start, end, printed unit) of each unit word after a figure.
        """
        if not _ROW_WORDS.search(text):
            return []
        found = []
        kept = [t for t in tokens if t.kind != "stop"]
        for k, token in enumerate(kept):
            compared = k > 0 and (kept[k - 1].kind == "op" or (kept[k - 1].kind, kept[k - 1].key) in _ROW_FIGURES)
            if token.kind != "number" or token.unit in ("amount", "percent", "score") or not compared:
                continue  # had only 4 people: a figure of the text, not a row's target compared
            hit = self._after.match(text, token.end)
            if hit is not None:
                word = hit.group("unit")
                unit = self._english.get(word.lower()) or self._chinese.get(word)
                if unit is not None and unit not in _ROW_COUNTERS:
                    found.append((hit.start("unit"), hit.end(), unit))
        return found

    def read(self, text: str, tokens: list[Token], gaps: list[str]) -> tuple[list[Token], list[str]]:
        """Tokens with each unit phrase read as a predicate on the rows' unit (target or actual printed in it).

        Args:
            text: the normalised question the tokens were read from.
            tokens: its tokens.
            gaps: the stretches no recogniser explained.

        Returns:
            (tokens, gaps) with the phrase's tokens replaced and its words no longer left over.
        """
        for start, end, unit in reversed(sorted(self.find(text) + self.after_figures(text, tokens))):
            phrase = text[start:end]
            kept = [t for t in tokens if t.end <= start or t.start >= end]
            at = sum(1 for t in kept if t.end <= start)
            kept.insert(at, Token("predicate", f"indicator: unit {unit}", start, end, phrase))
            tokens = kept
            gaps = [g for g in gaps if not g.strip() or g.strip(" ,.?？，。") not in phrase]
        return tokens, gaps
