"""A question about a year the store holds no form of (比去年, 2022年的执行率, year on year): it says which years are held."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files
from .answer import Answer

_YEAR = r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,%])(?!\s*(?:万|元|分|人|个|次|yuan|points?|people|%))"


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], str]:
    """The patterns of assistant/data/other_years.tsv by (language, role)."""
    words: dict[tuple[str, str], str] = {}
    for _, cells in data_files.rows("other_years.tsv", 3, "'zh|en<TAB>role<TAB>pattern'", lambda cells: cells[0] in ("zh", "en")):
        words[(cells[0], cells[1])] = cells[2]
    return words


def _years(question: str, lang: str) -> list[tuple[int, int, int]]:
    """The years a question names as years of forms: (year, start, end), a year said as a date it runs to left out."""
    before = _words()[(lang, "before")]
    found = []
    for match in re.finditer(_YEAR, question):
        head = question[max(0, match.start() - 12):match.start()].rstrip()
        flags = re.I if lang == "en" else 0
        if re.search(rf"(?:{before})$", head, flags) and not re.search(rf"\d{{4}}\s*年?度?\s*(?:{before})$", head, flags):
            continue  # 拖到2024年才付, deferred to 2024: a date in a form's text (from 2022 to 2023 is two years)
        found.append((int(match.group(1)), match.start(), match.end()))
    return found


def unheld_year(question: str, lang: str, form_years: list[int | None]) -> tuple[str, list[int]] | None:
    """What of another year the question asks, when the store holds no form of that year.

    Args:
        question: the question, courtesies and whole-store scopes taken off.
        lang: "zh" or "en".
        form_years: the distinct years of the stored forms (None for a form without one).

    Returns:
        ("relative", []) for a comparison with the year before (比去年, year on year), ("named", years) for named years
        the store lacks that the question asks about (2022年的执行率, 2023 against 2022); None otherwise.
    """
    held = sorted({year for year in form_years if year is not None})
    if not held:
        return None
    flags = re.I if lang == "en" else 0
    if re.search(_words()[(lang, "relative")], question, flags):
        return "relative", []
    years = _years(question, lang)
    missing = sorted({year for year, _, _ in years if year not in held})
    if not missing:
        return None
    if len({year for year, _, _ in years}) >= 2:
        first, last = years[0], years[-1]
        between = question[first[2]:last[1]] + question[last[2]:last[2] + 6]
        if re.search(rf"(?:{_words()[(lang, 'compare')]})", between, flags):
            return "named", missing  # 2024年预算比2023年增加, from 2022 to 2023, 2022年和2023年都
    field, against = _words()[(lang, "field")], _words()[(lang, "against")]
    for year, start, end in years:
        if year in missing and re.search(rf"(?:{against})\s*(?:fy\s*)?$", question[max(0, start - 16):start], flags):
            return "named", missing  # 跟2022年比, higher than in 2022
        after = question[end:end + 24]
        if year in missing and (re.match(rf"\s*(?:年度|年)?(?:的)?\s*(?:{field})", after) if lang == "zh"
                                else re.match(rf"(?:'s)?\s+(?:fy\s*)?(?:{field})\b", after, re.I)):
            return "named", missing  # 2022年的执行率, a 2021 budget
    return None


def unheld_answer(question: str, lang: str, form_years: list[int | None]) -> Answer | None:
    """The answer to a question about a year the store holds no form of: which years it holds, and no records.

    Args:
        question: the question, courtesies and whole-store scopes taken off.
        lang: "zh" or "en".
        form_years: the distinct years of the stored forms.

    Returns:
        An answer of kind "unknown", or None when the question asks nothing of another year.
    """
    found = unheld_year(question, lang, form_years)
    if found is None:
        return None
    held = "、".join(str(year) for year in sorted({y for y in form_years if y is not None}))
    how, missing = found
    if lang == "en":
        held_en = held.replace("、", ", ")
        asked = ("the year before" if how == "relative" else ", ".join(str(year) for year in missing))
        text = (f"The store holds forms of {held_en} only, so there is nothing for {asked} to answer or compare "
                f"with; I did not answer this question.")
        return Answer(question=question, interpretation=f"not understood: {asked} (forms held: {held_en})", text=text, kind="unknown")
    asked = "上一年度" if how == "relative" else "、".join(f"{year}年" for year in missing)
    text = f"库中只有 {held} 年度的表，没有{asked}的数据可供回答或比较，这个问题没有作答。"
    return Answer(question=question, interpretation=f"未能理解：{asked}（库中年度：{held}）", text=text, kind="unknown")
