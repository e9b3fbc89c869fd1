"""A year the store holds no form of (比去年, 2022年的执行率, year on year): never answered, the years held said."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files
from .answer import Answer

_YEAR = r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,%])(?!\s*(?:万|元|分|人|个|次|yuan|points?|people|%))"


# How far a payment word may sit from a year for the year to be a date a form's sentence gives (× 3 in English).
_PAID_NEAR = 10


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], str]:
    """The patterns of assistant/data/other_years.tsv by (language, role); ("any", "paid") is a | list of words."""
    words: dict[tuple[str, str], str] = {}
    for _, cells in data_files.rows("other_years.tsv", 3, "'zh|en|any<TAB>role<TAB>pattern'",
                                    lambda cells: cells[0] in ("zh", "en", "any")):
        words[(cells[0], cells[1])] = cells[2]
    return words


def paid_words() -> list[str]:
    """Words near a year that make it a date a sentence gives (支付, deferred; an event the text dates: completed,
    竣工): the longest first."""
    said = _words()[("any", "paid")].split("|") + _words().get(("any", "event"), "").split("|")
    return sorted((word for word in said if word), key=len, reverse=True)


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
                                else re.match(rf"(?:年度?)?(?:'s)?\s+(?:fy\s*)?(?:{field})\b", after, re.I)):
            return "named", missing  # 2022年的执行率, a 2021 budget (2024年 budget: a year written out by whole_scope)
        if year in missing and not _beside_payment(question, year) and _said_of_forms(question, start, end, lang, field):
            return "named", missing  # 2024年社工项目预算, 安保经费2025年的全年预算, what did X spend in 2024
    return None


def _said_of_forms(question: str, start: int, end: int, lang: str, field: str) -> bool:
    """Whether a year is said as the year of the forms asked about: a field word follows it in its clause, a form's
    name between (2024年社工项目预算), or a field word said just before it (spend in 2024, 安保经费2025年的)."""
    clause_after = re.split(r"[，,。？?！!；;：:]", question[end:], maxsplit=1)[0][:16]
    if lang == "zh":
        return bool(re.match(rf"\s*(?:年度|年)?(?:的)?[^，,。？?！!；;：:]*?(?:{field})", clause_after)) \
            or bool(re.search(rf"(?:{field})\s*(?:在|于)?$", question[max(0, start - 8):start]))
    return bool(re.search(rf"\b(?:{field})\s+(?:in|for|during|of)\s+(?:fy\s*)?$", question[max(0, start - 30):start], re.I))


def without_held_year(question: str, form_years: list[int | None]) -> str:
    """An English question without "in 2023" after a money word when every stored form is of 2023 (what did X cost
    in 2023): a scope every form meets, which would otherwise leave the readers a year and no field.

    Args:
        question: the question.
        form_years: the distinct years of the stored forms, None for a form without one.

    Returns:
        The question, that year taken off; unchanged on a store of several years or none.
    """
    if len(form_years) != 1 or form_years[0] is None or not question.isascii() and not re.search(r"[a-z]{3}", question):
        return question
    year, field = form_years[0], _words()[("en", "field")]
    found = re.search(rf"\b((?:{field})(?:\s+\w+){{0,2}}?)\s+(?:in|during|for)\s+(?:fy\s*)?{year}\b(?!\s*年)", question, re.I)
    if not found or _beside_payment(question, year):
        return question
    return question[:found.end(1)] + question[found.end():]


def years_compared(node) -> list[int]:
    """The years a condition of the query model compares the forms' year with (年度 = 2022).

    Args:
        node: a condition of assistant.model, or None.

    Returns:
        The years, in order.
    """
    import dataclasses

    from assistant import model

    if isinstance(node, model.Compare) and node.left == model.Field("year") and isinstance(node.right, model.Number):
        return [int(node.right.value)]
    if not dataclasses.is_dataclass(node):
        return []
    found = []
    for part in dataclasses.fields(node):
        value = getattr(node, part.name)
        for item in value if isinstance(value, tuple) else (value,):
            found += years_compared(item)
    return found


def without_years(node, years: list[int]):
    """A condition of the query model without its comparisons of the forms' year with these years.

    Args:
        node: a condition, or None.
        years: the years to take off.

    Returns:
        The condition left, or None.
    """
    from assistant import model

    if isinstance(node, model.Compare) and node.left == model.Field("year") and isinstance(node.right, model.Number) \
            and int(node.right.value) in years:
        return None
    if isinstance(node, model.And):
        return model.conjoin(*(without_years(item, years) for item in node.items))
    return node


def paid_years(question: str, asked_years: list[int], store_years: list[int]) -> list[int]:
    """Years the store has no forms of that a payment word beside them makes a date a sentence gives (执行率为0，2024年
    支付的项目: the forms whose text says it, never the forms of 2024).

    Args:
        question: the question as normalised.
        asked_years: the years its readings filter on.
        store_years: the years the stored forms are of.

    Returns:
        Those years.
    """
    return [year for year in dict.fromkeys(asked_years)
            if store_years and year not in store_years and _beside_payment(question, year)]


def _beside_payment(question: str, year: int) -> bool:
    """Whether every mention of a year has a payment or event word beside it (2024年支付, completed in 2018)."""
    paid = paid_words()
    spots = [m.start() for m in re.finditer(str(year), question)]
    return bool(spots) and all(any(word in question[max(0, at - near):at + 4 + near].lower() for word in paid)
                               for at, near in ((at, _near(question, at)) for at in spots))


def _near(question: str, at: int) -> int:
    """How far a payment word may sit from the year at `at`: three times as far when the words before it are English
    (a 质保金 project completed in 2018), which says more letters."""
    before = question[max(0, at - _PAID_NEAR):at]
    return _PAID_NEAR * (1 if re.search(r"[\u4e00-\u9fff]", before) else 3)


def unheld_years(question: str, asked_years: list[int], store_years: list[int]) -> list[str]:
    """Years a question asks figures of that the store has no forms of (2022年执行率, compared with 2022), unless
    a payment word beside the year makes it a date a form's sentence gives (2024年支付).

    Args:
        question: the question as normalised.
        asked_years: the years its readings filter on.
        store_years: the years the stored forms are of.

    Returns:
        Those years as written (["2022"]); empty when the store holds them all.
    """
    if not store_years:
        return []
    missing = []
    for year in dict.fromkeys(asked_years):
        if year in store_years or year > max(store_years):
            continue  # a later year is a date a form's sentence may give (拖到2024年才付), left to the readers
        if _beside_payment(question, year):
            continue
        missing.append(str(year))
    return missing


def said(lang: str, form_years: list[int | None], missing: list[int] | None) -> str:
    """What the store holds against the years asked: 库中只有 2023 年度的表，没有2022年的数据.

    Args:
        lang: "zh" or "en".
        form_years: the years of the stored forms.
        missing: the years asked that it lacks; None for the year before (比去年).

    Returns:
        The clause, without a full stop.
    """
    held = sorted({year for year in form_years if year is not None})
    if lang == "en":
        asked = "the year before" if missing is None else ", ".join(str(year) for year in missing)
        return f"the store holds forms of {', '.join(map(str, held))} only, nothing for {asked}"
    asked = "上一年度" if missing is None else "、".join(f"{year}年" for year in missing)
    return f"库中只有 {'、'.join(map(str, held))} 年度的表，没有{asked}的数据"


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
    how, missing = found
    clause = said(lang, form_years, None if how == "relative" else missing)
    asked = clause.split("nothing for ")[-1] if lang == "en" else clause.split("没有")[-1].removesuffix("的数据")
    if lang == "en":
        return Answer(question=question, interpretation=f"not understood: {asked}", kind="unknown",
                      text=f"{clause[0].upper()}{clause[1:]} to answer or compare with; I did not answer this question.")
    return Answer(question=question, interpretation=f"未能理解：{asked}", text=f"{clause}可供回答或比较，这个问题没有作答。", kind="unknown")
