"""A scope every stored form meets ("2023年度的表里，", "(2023 forms only)", 从这批自评表看): no condition, taken off."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_EVENT_MARK = "\x00"  # put after a verb of paying or doing (year_event) so a closing bare year after it is kept


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    """The scope clauses of assistant/data/whole_scope.tsv: leading and bracketed Chinese; leading, bracketed and
    closing English."""
    words = _words()
    noun, lead, batch, tail = (words[("zh", role)] for role in ("noun", "lead", "batch", "tail"))
    en_noun, en_lead = words[("en", "noun")], words[("en", "lead")]
    # 2023年度的表里， / 从这批自评表看， / 2023年度， — a year needs 年度 or a word for the forms beside it.
    zh_year = rf"{_YEAR}\s*(?:年度(?:的)?(?:{noun})?|年的?(?:{noun}))"
    leading_zh = re.compile(rf"^(?:{lead})?(?:(?:{batch})?{zh_year}|(?:{batch})(?:{noun}))(?:{tail})?\s*[，,：:]\s*")
    bracket_zh = re.compile(rf"\s*[（(](?:{lead})?(?:{batch})?{zh_year}(?:{tail})?[）)]")
    # "Looking at the 2023 forms," / "For FY2023 scorecards:" — the year with a word for the forms.
    en_year = rf"(?:fy\s*)?{_YEAR}\s+(?:{en_noun})"
    leading_en = re.compile(rf"^(?:{en_lead})\s+(?:all\s+)?(?:the\s+)?{en_year}\s*[,:]\s*", re.I)
    # "Of all the forms," / "Across these 28 projects:" (the store's count said, store_count): the whole store
    leading_all_en = re.compile(rf"^(?:{en_lead}|of|out of)\s+(?:all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+)?(?:{en_noun})\s*[,:]\s*", re.I)
    # "(2023 forms only)" / "(FY2023 scorecards)" / ", 2023 forms only?"
    bracket_en = re.compile(rf"\s*\(\s*(?:{en_lead}\s+)?(?:the\s+)?{en_year}(?:\s+only)?\s*\)", re.I)
    closing_en = re.compile(rf",\s*(?:{en_lead}\s+)?(?:the\s+)?{en_year}(?:\s+only)?(?=\s*[?.!]*$)", re.I)
    # a bare year at the question's start or end (2023年，… / 2023年度… / "In 2023, …" / "… in 2023?"): not a date
    # inside the year (2023年底, 2023年12月), which a form's text may give
    event_zh = words[("zh", "year_event")]
    bare_zh = re.compile(rf"^(?:{lead})?{_YEAR}\s*年(?:度|(?![初底末中内前后上下半月\d０-９一二三四五六七八九十]))(?:的)?(?:(?:{tail})?\s*[，,：:]\s*|\s*)"
                         rf"(?![，,：:\s]*(?:{event_zh}))")
    year_lead = words[("en", "year_lead")]
    bare_en = re.compile(rf"^(?:{year_lead})\s+(?:the\s+year\s+|fy\s*)?{_YEAR}\s*[,:]?\s+", re.I)
    closing_bare_en = re.compile(rf"(?<!{_EVENT_MARK}),?\s+(?:{year_lead})\s+(?:the\s+year\s+|fy\s*)?{_YEAR}(?=\s*[?.!]*$)", re.I)
    # "their 2023 appropriation", "the FY2023 outlay": a year said of an amount, after a word that is no figure's
    before = "|".join(rf"(?<=\b{word}\s)" for word in words[("en", "year_before")].split("|"))
    of_amount = re.compile(rf"(?:{before})(?:fy\s*)?{_YEAR}\s+(?=(?:{words[('en', 'year_noun')]})\b)", re.I)
    return leading_zh, bracket_zh, leading_en, leading_all_en, bracket_en, closing_en, bare_zh, bare_en, closing_bare_en, of_amount


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], str]:
    """(language, role) → pattern, the rows of assistant/data/whole_scope.tsv.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return {(cells[0], cells[1]): cells[2] for _, cells in data_files.rows(
        "whole_scope.tsv", 3, "'zh|en<TAB>role<TAB>pattern'", lambda cells: cells[0] in ("zh", "en"))}


def this_year(question: str, form_years: list[int | None]) -> str:
    """The question with "this year" (今年, 本年度) read as the store's year: taken off when the store holds one year
    (every form meets it), else written as the newest year (今年预算超过100万 → 2023年预算超过100万); unchanged on an
    empty store.

    Args:
        question: the question.
        form_years: the distinct years of the stored forms, None for a form without one.

    Returns:
        The question, the year written out.
    """
    years = [year for year in form_years if year is not None]
    if not years:
        return question
    newest, words = max(years), _words()
    if len(set(years)) == 1:  # the whole store: no condition, as a scope every form meets (今年资金紧张的项目)
        return re.sub(rf"(?<![成基资根])(?:{words[('zh', 'this_year')]})的?", "", question).strip() or question
    # "this year" in English the readers take as the store's year already, and keep its narrative
    return re.sub(rf"(?<![成基资根])(?:{words[('zh', 'this_year')]})",
                  lambda found: f"{newest}年" + ("度" if found.group(0).endswith("度") else ""), question)


def store_count(question: str, forms: int) -> str:
    """The store's own number of forms said of the forms (在全体28张表中, 28个项目当中, out of the 28 forms, all 28
    projects): every form, written without the number (全部项目, all the forms), never a figure a reader compares.

    Args:
        question: the question.
        forms: how many forms the store holds.

    Returns:
        The question, such a count written as "all"; unchanged when no count equals the store's.
    """
    if forms < 2:
        return question
    words = _words()
    zh = re.compile(rf"(?:全体|全部|所有|这|这些|总共|一共|共)?\s*(?<![\d.]){forms}\s*(?:张|个|份|项|家)?\s*(?={words[('zh', 'noun')]})")
    batch = words.get(("en", "batch"), r"(?!x)x")  # the whole portfolio of 28 forms: every form
    en = re.compile(rf"\b(?:(?:the\s+|this\s+|our\s+)?(?:{batch})\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?|(?:all|each)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?|the\s+|these\s+|those\s+)?(?<![\d.,]){forms}\s+(?=(?:{words[('en', 'noun')]}|self-evaluation|evaluation|scorecards?|programmes?|programs?|projects?|forms?)\b)", re.I)
    # "across all 28?", 全部28个的中位数: "all" and the store's count with no noun after it still name every form (a
    # figure followed by nothing it measures is no bound)
    bare_en = re.compile(rf"(?:\s+(?:across|over|among|for|of))?\s+all\s+(?<![\d.,]){forms}(?=\s*(?:[?.!,;]|$))", re.I)
    bare_zh = re.compile(rf"(?:全体|全部|所有)\s*(?<![\d.]){forms}\s*(?:张|个|份|项|家)(?![\d%％万元分])(?!\s*(?:{words[('zh', 'noun')]}))")
    question = bare_zh.sub("全部项目", bare_en.sub(" across all the forms", question))
    return en.sub("all the ", zh.sub("全部", question))


def without_whole_scope(question: str, form_years: list[int | None], forms: int = 0) -> str:
    """The question without a scope clause that every stored form meets: its year is the only year the store holds
    (no form lacking one), or it names the whole batch (从这批自评表看). Any other year stays a condition.

    Args:
        question: the question, courtesies already taken off.
        form_years: the distinct years of the stored forms, None for a form without one.

        forms: how many forms the store holds (its own count said, 全体28张表, is every form).

    Returns:
        e.g. "这些项目的全年预算合计多少万元" for "2023年度的表里，这些项目的全年预算合计多少万元" on a store of 2023 forms.
    """
    question = store_count(question, forms)
    def whole(match: re.Match) -> bool:
        year = match.groupdict().get("year")
        return year is None or form_years == [int(year)]

    event = re.compile(rf"\b(?:{_words()[('en', 'year_event')]})(?:\s+(?:it|them|out|off))?(?=,?\s+\w+\s+(?:the\s+year\s+)?(?:19|20)\d{{2}}\s*[?.!]*$)", re.I)
    text = event.sub(lambda found: found.group(0) + _EVENT_MARK, question)
    *scopes, of_amount = _patterns()
    for pattern in scopes:
        match = pattern.search(text)
        if match and whole(match) and re.search(r"\w", text[:match.start()] + text[match.end():]):
            text = text[:match.start()] + text[match.end():]
    # "(Of these 28 forms,) how many executed below 50%?": a count with a verb and no noun is a count of forms, at the
    # question's start or after a scope clause (Of the 城管办 forms, …); after any other clause (Excluding the zero-spend
    # forms, how many are left?) the count is of what that clause leaves of the last answer: no noun of its own
    scope = rf"(?:{_words()[('en', 'lead')]}|of|out of)\b[^,:;]*[,:;]\s*"
    # How many are left?, how many remain?: what the last answer left, never every form (count_rest)
    rest = _words().get(("en", "count_rest"))
    kept = rf"(?!(?:{rest})\b)" if rest else ""
    text = re.sub(rf"^((?:{scope})?)(how many)\s+{kept}(?=(?:{_words()[('en', 'count_verb')]})\b)", r"\1\2 forms ", text, flags=re.I)
    # a year said of an amount: taken off on a store of that one year, else written 2023年 (a year, never a figure)
    text = of_amount.sub(lambda found: "" if whole(found) else f"{found.group('year')}年 ", text)
    # started 2023 with no budget: on a store of that one year, the year the forms start
    start = _words().get(("en", "year_start"))
    if start:
        started = re.compile(rf"\b(?P<verb>{start})\s+(?:the\s+)?(?:fiscal\s+year\s+|fy\s*)?{_YEAR}(?=\s+(?:with|without)\b)", re.I)
        text = started.sub(lambda found: f"{found.group('verb')} the year" if whole(found) else found.group(0), text)
    return text.replace(_EVENT_MARK, "").strip()


def fiscal_year_said(question: str) -> str:
    """A fiscal year written short (FY23, FY '23) written in full (FY2023), as every reader of a year knows it; a span
    of two years (FY22-23) stays as written.

    Args:
        question: the question as typed.

    Returns:
        The question, each such year written with four digits.
    """
    return re.sub(r"\b(fy)\s*['’]?(\d{2})\b(?![-/–]\d)", r"\g<1>20\2", question, flags=re.IGNORECASE)
