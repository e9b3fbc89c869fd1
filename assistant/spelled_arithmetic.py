"""Arithmetic between two fields spelled out in words (年度预算扣掉执行数, total spending divided by total budget)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant import model as m
from assistant.data_files import rows

_NUMERIC = ("amount", "rate", "score", "count")
_SENTENCE = re.compile(r"[?？。!！]|\.(?=\s)")


@dataclass(frozen=True)
class Spelled:
    """An expression read: the operator, its operands, whether either was a total, and the question with the
    expression said as its left operand alone (what the other readers place: the statistic, the forms)."""

    op: str
    left: m.Field
    right: m.Field
    totals: bool
    rest: str
    said: str
    defines: bool = False  # said in a sentence of its own after the question ("Compute it as …"): the measure asked


@lru_cache(maxsize=1)
def _words() -> dict:
    """The classes of data/arithmetic_words.tsv: (class, lang) → alternation, longest first."""
    found: dict = {}
    for _, (kind, lang, pattern) in rows("arithmetic_words.tsv", 3, "class<TAB>lang<TAB>pattern"):
        found.setdefault((kind, lang), []).append(pattern)
    return {key: "|".join(sorted(parts, key=len, reverse=True)) for key, parts in found.items()}


@lru_cache(maxsize=1)
def _derived() -> dict:
    """(op, left, right) → the view column defined so (derived:unspent: annual_budget - executed)."""
    found = {}
    for (kind, _), pattern in _words().items():
        if kind.startswith("derived:"):
            left, op, right = pattern.split()
            found[(op, left, right)] = kind.split(":", 1)[1]
    return found


def _class(kind: str, lang: str) -> str:
    return rf"(?:{_words()[(kind, lang)]})"


def _glossed_in_bracket(text: str, first, second, tokens: list) -> bool:
    """Whether the two fields stand alone in a bracket after a word asking by how much (how much was added in total
    (final budget minus opening budget), 追加了多少（全年减年初）): the bracket glosses the amount asked."""
    opened, closed = max(text.rfind("(", 0, first.start), text.rfind("（", 0, first.start)), \
        min((k for k in (text.find(")", second.end), text.find("）", second.end)) if k >= 0), default=-1)
    if opened < 0 or closed < 0 or text.find(")", opened, first.start) >= 0 or text.find("）", opened, first.start) >= 0:
        return False
    return any(t.kind == "by_how_much" and t.end <= opened for t in tokens)


def read(text: str, tokens: list, fields: dict) -> Spelled | None:
    """Two numeric fields of a form with an operator word between them, and nothing else but glue and totals.

    Args:
        text: the question as the reader reads it.
        tokens: the recogniser's tokens of `text` (stop words left out).
        fields: the lexicon's fields (key → FieldInfo, with `kind`).

    Returns:
        The Spelled expression, or None when no operator joins two fields.
    """
    english = bool(re.search(r"[A-Za-z]{3,}", text))
    lang = "en" if english else "zh"
    bound = (r"(?<![A-Za-z])", r"(?![A-Za-z])") if english else ("", "")
    glue, total = _class("glue", lang), _class("total", lang)
    numeric = [t for t in tokens if t.kind in ("field", "weak_field") and t.key in fields
               and fields[t.key].kind in _NUMERIC and "." not in t.key]
    for first, second in zip(numeric, numeric[1:]):
        between = text[first.end:second.start]
        for op in ("-", "+", "/"):
            shape = (rf"^\s*(?P<t1>(?:{total}\s*)?)(?:{glue}\s*)*{bound[0]}(?P<op>{_class('op:' + op, lang)}){bound[1]}"
                     rf"\s*(?:(?:{glue}|{total})\s*)*$")
            found = re.match(shape, between, re.IGNORECASE)
            if found is None or first.key == second.key:
                continue
            derived = _derived().get((op, first.key, second.key))
            if derived is not None and any(t.key == derived for t in tokens):
                return None  # underspend (full-year allocation minus outturn): the gloss of a column named
            if _glossed_in_bracket(text, first, second, tokens):
                return None  # how much was added in total (final budget minus opening budget): the gloss of what is asked
            after = re.match(rf"(?:\s*(?:{total})(?![\s，,]*(?:{_class('result', lang)})))?(?:[\s，,]*(?:{_class('result', lang)}))*",
                             text[second.end:], re.IGNORECASE)  # 执行数之和, 执行数，剩下没用的: the rest keeps 加总
            before = re.search(rf"(?:{total})\s*(?:{glue}\s*)*$", text[:first.start], re.IGNORECASE)
            totals = bool(found.group("t1").strip() or re.search(total, between, re.IGNORECASE)
                          or re.match(rf"[\s，,]*(?:(?:{_class('result', lang)})[\s，,]*)*(?:{total})", text[second.end:], re.IGNORECASE)
                          or before)
            end = second.end + (len(after.group(0)) if after else 0)
            opened = max((s.end() for s in _SENTENCE.finditer(text[:first.start])), default=0)
            lead = text[opened:first.start].strip()
            if opened and re.fullmatch(rf"(?:(?:{_class('defines', lang)}|{total}|{glue})\s*)*", lead, re.IGNORECASE) \
                    and re.fullmatch(r"[\s.?!。？！]*(?:计算|算|来算|计)?[\s.?!。？！）)]*", text[end:]):
                return Spelled(op, m.Field(first.key), m.Field(second.key), True, text[:opened], text[opened:], True)
            comma = max((c.end() for c in re.finditer(r"[,，]", text[:first.start])), default=0)
            if comma and re.fullmatch(rf"\s*(?:{_class('defines', lang)})\s*", text[comma:first.start], re.IGNORECASE):
                return None  # ", that is final appropriation less outturn,": the apposition glosses the word before it
            # a ratio of totals is the measure whole (the rest gives the forms); else the left operand stands for it
            rest = text[:first.start if op == "/" and totals else first.end] + (" " if english else "") + text[end:]
            return Spelled(op, m.Field(first.key), m.Field(second.key), totals, rest, text[first.start:end])
    return None


def applied(select: m.Select, spelled: Spelled) -> bool:
    """The expression put where the reading of the rest placed its left operand: the statistic's measure (a ratio of
    totals when divided: the pooled rate), a column shown, an order, a comparison.

    Args:
        select: the reading of `spelled.rest`, changed in place.
        spelled: the expression.

    Returns:
        Whether the left operand was found and replaced (else the expression was not built).
    """
    expr = m.Arith(spelled.op, spelled.left, spelled.right)
    if select.aggregate is not None and select.aggregate.function == "share" and select.aggregate.expr is None \
            and (spelled.op == "/" or spelled.defines):  # 百分比 read as a share of forms: its condition is the forms'
        select.where = m.conjoin(select.where, select.aggregate.condition)
        select.aggregate = m.Aggregate("sum", spelled.left)
    elif select.aggregate is not None and select.aggregate.function == "count" and spelled.op == "/" and spelled.totals:
        select.aggregate = None  # the forms are counted by no one: "what percentage" of totals
    if spelled.defines and select.aggregate is not None:  # the measure defined after the question replaces the one read
        select.aggregate = m.Aggregate("pooled", expr) if spelled.op == "/" else m.Aggregate("sum", expr)
        return True
    if spelled.op == "/" and spelled.totals:  # the sum of A over the sum of B: the pooled ratio of the forms read
        select.aggregate, select.shown, select.order_by = m.Aggregate("pooled", expr), [], None
        return True
    done = False
    if spelled.totals and select.aggregate is None and spelled.op in "+-":  # 扣掉…剩下没用的加总: a total of the result
        select.aggregate, select.shown, select.order_by = m.Aggregate("sum", expr), [], None
        return True
    if select.aggregate is not None and select.aggregate.expr == spelled.left:
        if spelled.op == "/":
            select.aggregate = m.Aggregate("pooled", expr)
        else:
            select.aggregate = replace(select.aggregate, expr=expr)
        done = True
    elif spelled.op == "/" and spelled.totals and select.aggregate is not None and select.aggregate.function in ("sum", "share", "avg"):
        select.aggregate, done = m.Aggregate("pooled", expr), True  # 执行总额除以年初预算总额，百分比: the pooled ratio
    if select.shown and spelled.left in select.shown:
        select.shown = [expr if item == spelled.left else item for item in select.shown]
        done = True
    if select.order_by == spelled.left:
        select.order_by, done = expr, True
    derived = _derived().get((spelled.op, spelled.left.name, spelled.right.name))
    where, compared = _compared(select.where, spelled.left, m.Field(derived) if derived else expr, spelled.right)  # compared: the column
    select.where = where
    return done or compared


def _compared(node, left: m.Field, expr, right: m.Field | None = None):
    """The condition with comparisons of `left` made comparisons of `expr`, and whether any was; a comparison of the two
    operands themselves (topped up: the final budget above the opening one) picks the forms and stays."""
    if isinstance(node, m.Compare) and node.left == left and (right is None or node.right != right):
        return m.Compare(expr, node.op, node.right), True
    if isinstance(node, (m.And, m.Or)):
        items, any_done = [], False
        for item in node.items:
            new, done = _compared(item, left, expr, right)
            items.append(new)
            any_done = any_done or done
        return type(node)(tuple(items)), any_done
    return node, False


def reading(reader, question: str, previous, previous_ids):
    """A measure spelled as arithmetic between two fields: the rest read with the left operand, which the expression
    then replaces; an operator left unbuilt is named (ignored and unread), never answered as the left operand alone.

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The Reading, or None when no operator joins two fields.
    """
    from assistant.compose import Reading
    from assistant.interpret import normalize

    text = normalize(question)
    spelled = read(text, [t for t in reader.recogniser.tokens(text)[0] if t.kind != "stop"], reader.lexicon.fields)
    if spelled is None:
        return None
    said = reader.read(spelled.rest, previous, previous_ids)
    if said is None and spelled.op == "/" and spelled.totals:
        said = Reading(m.Select())  # every form's totals
    if said is None or not applied(said.select, spelled):
        said = said or Reading(m.Select())
        said.ignored.append(spelled.said)
        said.unread.append(spelled.said)
    return said
