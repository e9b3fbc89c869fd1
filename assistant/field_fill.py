"""How a field is said to be filled, read before the readers: observations of some forms before the question taken off,
写了内容 / wrote something in a column as the column filled, a field chosen against another, a figure shown as a field,
a year of the whole year, a quoted wording of a class written as its printed target."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files, filled_columns

_CLASSES = ("observed", "others", "content", "wrote", "really", "use", "not", "adjusted", "shows", "zero", "whole_year",
            "wording", "uses", "worded")
# What may follow a column's name before what is said of it (那一栏, the column).
_ZH_SLOT = r"(?:那一栏|这一栏|一栏|那栏|这栏|栏|那一项|这一项|那部分)?"
_EN_SLOT = r"(?:\s+(?:column|field|box|section|cell|entry|line))?"
# A question word: the clause that asks.
_ASKS_ZH = re.compile(r"[？?]|哪|几|多少|什么|吗|是否|有没有")
# A clause pointing back at what came before (其中, 这些, those): never read alone.
_POINTS_BACK = re.compile(r"^\s*(?:其中|这些|那些|它们|这几|那几|of (?:those|these|them)|among (?:those|these|them))", re.I)
_NUMBER = r"(?:\d[\d,]*(?:\.\d+)?)"


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], str]:
    """(lang, class) → an alternation of its words, the longest first (assistant/data/field_fill.tsv), with the
    columns of assistant/data/filled_columns.tsv as (lang, "column").

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words = data_files.role_words("field_fill.tsv", _CLASSES)
    words.update({key: found for key, found in filled_columns.words().items() if key[1] == "column"})
    return {key: "|".join(re.escape(w) for w in found) for key, found in words.items()}


def _w(lang: str, kind: str) -> str:
    return _words().get((lang, kind), "(?!)")


def without_observations(question: str) -> str:
    """Two clauses observing some forms and others (有的表有“评分等级 优”，有的好像压根没这一行; "Some forms show a
    grade, others don't.") before the asking clause: background, taken off, so their 没 or don't is never read as the
    question's negation.

    Args:
        question: the question.

    Returns:
        The asking clause alone; unchanged when there is no such pair or the asking clause points back at it.
    """
    clauses = re.split(r"(?<=[，,；;。])", question)
    observed = re.compile(rf"^\s*(?:[…\.]+\s*)?(?:{_w('zh', 'observed')})")
    said = [bool(observed.match(clause)) and not _ASKS_ZH.search(clause) for clause in clauses[:-1]]
    runs = [k for k in range(len(said)) if said[k] and ((k and said[k - 1]) or (k + 1 < len(said) and said[k + 1]))]
    rest = "".join(clause for k, clause in enumerate(clauses) if k not in runs)
    if runs and _ASKS_ZH.search(clauses[-1]) and not _POINTS_BACK.match(clauses[max(runs) + 1]):
        return rest.lstrip()
    sentences = re.split(r"(?<=[.!?])\s+", question)
    if len(sentences) >= 2:
        first = sentences[0]
        pair = re.match(rf"(?i)^\s*(?:{_w('en', 'observed')})\b.*?(?:,|;|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s*(?:while\s+|whereas\s+|but\s+)?"
                        rf"(?:{_w('en', 'others')})\b", first)
        rest = " ".join(sentences[1:])
        if pair and not first.rstrip().endswith("?") and "?" in rest and not _POINTS_BACK.match(rest):
            column = re.search(rf"(?i)(?<![a-z])(?:{_w('en', 'column')})(?![a-z])", first)
            if column:  # Which ones leave it out? How many have one?: the column the observation names
                rest = re.sub(r"(?i)\b(leave|leaves|left|have|has|print|prints|show|shows|give|gives|lack|lacks|miss|missing|skip|skipped)\s+(it|one)\b",
                              lambda m: f"{m.group(1)} {'the' if m.group(2).lower() == 'it' else 'a'} {column.group(0)}", rest)
            return rest
    return question


def content_filled(question: str) -> str:
    """写了内容 / wrote something in a column, said of a column the question names: the column filled (有偏差原因分析,
    "with a deviation explanation"), never a search for the word 内容.

    Args:
        question: the question.

    Returns:
        The question rewritten; unchanged when no column is said to have something written in it.
    """
    column, content = _w("zh", "column"), _w("zh", "content")
    written = rf"(?:{_w('zh', 'really')})?(?:{_w('zh', 'wrote')})(?:{content})"
    found = re.search(rf"(?P<column>{column}){_ZH_SLOT}", question)
    fill = re.search(written, question[found.end():]) if found else None
    if found and fill:
        at = found.end() + fill.start()
        said = "有" + found.group("column")
        if question[found.end():at].strip("，, ") == "":  # 偏差原因写了内容的表
            return question[:found.start()] + said + question[found.end() + fill.end():]
        head = question[:found.start()] + question[found.end():at].lstrip("，,、 ")
        return head + said + question[found.end() + fill.end():]
    en = re.compile(rf"(?i)(?:\b(?:{_w('en', 'really')})\s+)?\b(?:{_w('en', 'wrote')})\s+(?:{_w('en', 'content')})\s+"
                    rf"(?:in|into|under|for|on)\s+(?:(?:the|their|its|a|an)\s+)?(?P<column>{_w('en', 'column')}){_EN_SLOT}\b")
    question = en.sub(lambda m: "have a " + m.group("column"), question)
    left = re.compile(rf"(?i)\b(?:leave|leaves|left|leaving|omit|omits|omitted|skip|skips|skipped)\s+(?:out\s+)?"
                      rf"(?:(?:the|their|its|a|an)\s+)?(?P<column>{_w('en', 'column')}){_EN_SLOT}\s+(?:out|off)\b")
    return left.sub(lambda m: "have no " + m.group("column"), question)  # leave the grade out: the column empty


def field_chosen(question: str) -> str:
    """A field chosen against another (用调整后的全年预算数，不是年初预算数; "Use the adjusted full-year budget, not the
    start-of-year number."): the field used said plainly, the other and the adjective of adjusting left out — neither
    a condition nor a change.

    Args:
        question: the question.

    Returns:
        The question rewritten; unchanged when no field is chosen against another.
    """
    zh = re.compile(rf"(?:{_w('zh', 'use')})(?:{_w('zh', 'adjusted')})?(?P<used>[\u4e00-\u9fff]{{2,8}}?数?)(?:为准|来算|算|计算)?"
                    rf"[，,]\s*(?:{_w('zh', 'not')})(?:用|按)?[\u4e00-\u9fff]{{1,8}}?(?:数|的|预算)(?=[。，,；;？?！!]|$)")
    question = zh.sub(lambda m: "按" + m.group("used"), question)
    # 不要用全年预算数。 closing a question that reads its field: the other field, never read
    question = re.sub(rf"(?<=[。，,；;？?])\s*(?:{_w('zh', 'not')})(?:用|按)?[\u4e00-\u9fff]{{1,8}}?(?:数|预算)[。！!]?\s*$", "", question)
    en = re.compile(rf"(?i)\b(?:{_w('en', 'use')})\s+(?:the\s+|their\s+|its\s+)?(?:(?:{_w('en', 'adjusted')})\s+)?"
                    rf"(?P<used>[a-z][a-z -]{{2,40}}?)\s*,?\s*(?:{_w('en', 'not')})\s+(?:the\s+|their\s+|its\s+)?"
                    rf"[a-z][a-z -]{{1,40}}?(?:\s+(?:number|figure|one|amount|value))?(?=\s*[.;?!]|$)")
    return en.sub(lambda m: "using the " + m.group("used").strip(), question)


def figure_shown(question: str) -> str:
    """A figure shown as a field (show 0.00 as the initial budget, have nil as the amount executed): the field at
    that figure (with the initial budget of 0.00).

    Args:
        question: the question.

    Returns:
        The question rewritten; unchanged when no figure is shown as a field.
    """
    pattern = re.compile(rf"(?i)\b(?:{_w('en', 'shows')})\s+(?:a\s+|an\s+)?(?P<figure>{_NUMBER}|{_w('en', 'zero')})\s+as\s+"
                         rf"(?:(?:the|their|its|a|an)\s+)?(?P<field>[a-z][a-z -]*?)(?=\s*(?:[,.;?!]|\band\b|\bbut\b|\bwhile\b|$))")

    def said(found: re.Match) -> str:
        figure = found.group("figure")
        return f"have the {found.group('field').strip()} of {'0' if not figure[0].isdigit() else figure}"

    return pattern.sub(said, question)


def whole_year(question: str) -> str:
    """A year said of the whole year (for the whole of 2023, 整个2023年): the forms' year, never a figure.

    Args:
        question: the question.

    Returns:
        The question with "in YEAR" / "YEAR年"; unchanged when no such year is said.
    """
    question = re.sub(rf"(?i)\b(?:{_w('en', 'whole_year')})\s+((?:19|20)\d\d)\b", r"in \1", question)
    return re.sub(rf"(?:{_w('zh', 'whole_year')})((?:19|20)\d\d)年?(?:全年|一整年|整年)?", r"\1年", question)


def wording_of_class(question: str) -> str:
    """A quoted wording said as a way of writing (时效指标用了“每季度一次”这种频率写法; timeliness targets written as
    “及时”): the class's printed target holding it.

    Args:
        question: the question.

    Returns:
        The question rewritten; unchanged when no quoted wording is said so.
    """
    zh = re.compile(rf"(?:{_w('zh', 'uses')})(?P<quoted>[“\"「'‘][^”\"」'’]+[”\"」'’])(?:这种|这样的|这类|之类的|这样|那种)?"
                    rf"[\u4e00-\u9fff]{{0,4}}?(?:{_w('zh', 'wording')})(?=的|[，,。？?]|$)")
    question = zh.sub(lambda m: "写的是" + m.group("quoted"), question)
    en = re.compile(rf"(?i)(?:(?:'s|’s|'|’)\s+|\b)(?P<cls>[a-z-]+)\s+targets?\s+(?:are|is|were|was)\s+(?:{_w('en', 'worded')})\s+"
                    rf"(?:simply\s+|just\s+|only\s+|plainly\s+)?as\s+(?P<quoted>[“\"'‘][^”\"'’]+[”\"'’])")
    return en.sub(lambda m: f" have a {m.group('cls')} indicator whose target is written as {m.group('quoted')}", question)


def field_fill(question: str) -> str:
    """Every rewrite of this module, in order.

    Args:
        question: the question as typed.

    Returns:
        The question as the readers read it.
    """
    return wording_of_class(whole_year(figure_shown(field_chosen(content_filled(without_observations(question))))))
