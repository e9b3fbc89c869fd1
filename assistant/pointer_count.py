"""A count pointing at forms just named (质保金那两个, 没花钱的三个项目): how many there are, no figure of a condition."""

from __future__ import annotations

import re

# What the count may point back at: forms named by their name, a part of it, a tag or a unit.
_NAMED = ("project", "quoted_project", "topic", "tag", "unit", "department", "predicate")
_POINTERS = ("那", "这")


def pointed_counts(tokens: list) -> list[int]:
    """The counts `without_pointer_counts` leaves out (人才那两个项目 → [2]): how many forms the question says it names.

    Args:
        tokens: the question's tokens, stop words removed.

    Returns:
        The counts, in order.
    """
    kept = {id(t) for t in without_pointer_counts(tokens)}
    return [int(t.value) for k, t in enumerate(tokens) if id(t) not in kept and t.kind == "number"
            and not (k and tokens[k - 1].kind == "not")]  # set aside the three …: the forms left out, not the answer's


def disagreement(count: int, forms: int, lang: str) -> str:
    """The note an answer carries when the question's count of forms (人才那三个项目) is not how many its name picks.

    Args:
        count: the count the question says.
        forms: how many forms the answer rests on.
        lang: "zh" or "en".

    Returns:
        The note, one line.
    """
    if lang == "en":
        return f"note: the question says {count} forms; {forms} match what it names"
    return f"注意：问题说有 {count} 个项目，按所说的名称找到 {forms} 个"


def without_pointer_counts(tokens: list, text: str = "") -> list:
    """The tokens without a small count that follows 那/这 after a name (质保金那两个): it restates how many forms the
    name picks, so it is neither a condition nor a word left unread.

    Args:
        tokens: the question's tokens, stop words out, swap words still in.
        text: the question they were read from (a count after 的 points at the forms: 信访办的几张表里…加起来).

    Returns:
        The tokens, such counts left out.
    """
    ranks = any(t.kind in ("superlative", "limit") for t in tokens)  # the two 平安办 projects with the largest budget
    asked = [k for k, t in enumerate(tokens) if t.kind in ("aggregate", "how_much") and t.key not in ("count", "distinct")]
    tokens = [t for k, t in enumerate(tokens) if not _subject_count(tokens, k, asked, text)]
    return [t for k, t in enumerate(tokens) if not (_small_count(t) and (
        k >= 2 and tokens[k - 1].text in _POINTERS and tokens[k - 1].end == t.start and tokens[k - 2].kind in _NAMED
        # 没花钱的三个项目, 信访办三个项目: the count between what names the forms and their noun
        or k >= 1 and tokens[k - 1].kind in _NAMED and k + 1 < len(tokens) and tokens[k + 1].kind == "noun"
        and tokens[k + 1].key == "form"
        # 下拨经费和党建活动两项合计的执行率: a count with its counter right after forms named, before what is asked of them
        or k >= 1 and tokens[k - 1].kind in ("project", "quoted_project") and t.text[-1:] in _COUNTERS
        and k + 1 < len(tokens) and tokens[k + 1].kind in ("aggregate", "how_much", "field")
        # excluding the two 质保金 ones: a count in words before what names them
        or not ranks and t.text.isalpha() and t.text.isascii() and k + 1 < len(tokens) and tokens[k + 1].kind in _NAMED
        # the five projects tagged （党群中心）: a count in words, the forms' noun, then what names them
        or not ranks and t.text.isalpha() and t.text.isascii() and _noun_then_named(tokens, k + 1)
        # 执行率为零的三张表，全年预算合计: a count after 的 and before the forms' noun, a statistic asked of them
        or not ranks and t.text[-1:] in _COUNTERS and k + 1 < len(tokens) and tokens[k + 1].kind == "noun"
        and tokens[k + 1].key == "form" and text[:t.start].rstrip().endswith("的") and k >= 1 and tokens[k - 1].kind != "op"
        # 两个质保金项目加在一起算: a count word before a name no token holds yet and the forms' noun
        or not ranks and t.text[-1:] in _COUNTERS and k + 1 < len(tokens) and tokens[k + 1].kind == "noun"
        and tokens[k + 1].key == "form" and _names_between(text, t.end, tokens[k + 1].start)
        and not (k and tokens[k - 1].kind in ("op", "number", "limit", "superlative", "field"))
        # 扣掉两个质保金项目, 不算那三个: a count right after the exclusion word restates how many it leaves out
        or not ranks and k >= 1 and tokens[k - 1].kind == "not" and not text[tokens[k - 1].end:t.start].strip("那这些 ")))]


_COUNTERS = ("个", "张", "项", "份", "笔")


def _names_between(text: str, start: int, end: int) -> bool:
    """Whether the text between a count and the forms' noun is a name's fragment (质保金), not glue (的, 那些)."""
    between = text[start:end].strip() if text else ""
    return len(between) >= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff（）()]+", between)) and not between.startswith(("的", "那", "这"))


def _noun_then_named(tokens: list, k: int) -> bool:
    """Whether token k is the forms' noun and what names them follows it (projects tagged X, forms run by Y)."""
    if k + 1 >= len(tokens) or (tokens[k].kind, tokens[k].key) != ("noun", "form"):
        return False
    after = k + 2 if tokens[k + 1].kind == "name_cue" else k + 1
    return after < len(tokens) and tokens[after].kind in _NAMED


def _small_count(token) -> bool:
    return token.kind == "number" and token.unit in ("count", None) and token.value is not None \
        and float(token.value).is_integer() and 0 < token.value <= 20


def _subject_count(tokens: list, k: int, asked: list[int], text: str) -> bool:
    """A count word after 的 between what names the forms and their noun (信访办的几张表, 名称带X的那几个项目) when another
    statistic is asked after it (…满意度指标的分值加起来, …执行率平均): it points at the forms; the statistic is asked.
    信访办有几个项目，平均总分是多少 asks both."""
    token = tokens[k]
    before = re.sub(r"(?:二十|十|好)$", "", text[:token.start].rstrip())  # 平安办的十几个项目: a rough count
    # 信访办做实施单位的几个项目, 几个质保金项目的预算: what the forms are named by, or nothing, before the count
    return bool(text) and token.kind == "aggregate" and token.key == "count" and any(a > k + 1 for a in asked) \
        and (k == 0 and not before.strip() and token.text[-1:] in _COUNTERS or k >= 1 and tokens[k - 1].kind in (*_NAMED, "follow", "group")
             and before.endswith(("的", "那", "这"))) and k + 1 < len(tokens) and tokens[k + 1].kind == "noun"


def count_disagreement(reader, question: str, answer, lang: str) -> str:
    """A line naming the count a question gives of the forms it points at (人才那三个项目) when the answer rests on
    another number of forms; empty when they agree or the question gives none.

    Args:
        reader: the conversation's QuestionReader (its recogniser tokenises the question).
        question: the question as read.
        answer: its answer.
        lang: "zh" or "en".

    Returns:
        The line, with its leading newline, or "".
    """
    from assistant.interpret import normalize

    tokens = [t for t in reader.recogniser.tokens(normalize(question))[0] if t.kind != "stop"]
    forms = len({record.form_id for record in answer.records})
    return "".join(f"\n{disagreement(count, forms, lang)}" for count in pointed_counts(tokens)[:1] if count != forms)
