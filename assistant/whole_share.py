"""A form's share of every form's total (全年预算占全部项目全年预算合计四分之一以上, over 5% of the combined budget)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant import model as m

# Between the compared field and the figure: the words of a share of a whole (占, of, all, forms, the sum's field).
_SPAN_KINDS = ("ratio", "noun", "op", "op_after", "aggregate", "field", "follow")


@dataclass
class WholeShare:
    """The condition a share of the whole says, and the question without its words."""

    condition: m.Cond
    rest: str


def read(tokens: list, text: str) -> WholeShare | None:
    """The share of every form's total that one form's figure is compared with, when the question says one.

    A percentage or fraction beside a sum word and a field (合计, 总额, combined, the total) is a share of the
    store's total of that field; the field compared is the one before the share's words (全年预算数占…), else the
    summed field itself (forms accounting for over 5% of the combined budget). A share with no comparison word
    (它们占全部预算的几成) is a statistic, not a condition: None.

    Args:
        tokens: the question's recognised tokens, stop words left out.
        text: the normalised question the tokens index.

    Returns:
        The condition and the question without its words, or None.
    """
    for k, number in enumerate(tokens):
        if number.kind != "number" or number.unit != "percent":
            continue
        total = next((j for j in range(max(0, k - 5), min(len(tokens), k + 6))
                      if tokens[j].kind == "aggregate" and tokens[j].key in ("sum", "pooled")  # 合计的: pooled
                      and (abs(j - k) <= 3 or _joined(tokens, j, k))), None)
        if total is None:
            continue
        if total > k and not any(t.kind == "op" and t.text.lower() == "of" for t in tokens[k + 1:total]):
            continue  # 执行率不到85%的一共几个: a sum word after the figure, not "of the total", asks a total of forms
        summed = next((j for j in (total + 1, total - 1) if 0 <= j < len(tokens) and tokens[j].kind == "field"), None)
        if summed is None and not (total < k and total > 0 and tokens[total - 1].kind == "noun"):
            continue  # the whole unnamed: 全部项目合计的5% names its forms before the sum word
        first = min(k, total, summed if summed is not None else k)
        while first > 0 and tokens[first - 1].kind in _SPAN_KINDS and tokens[first - 1].kind != "field":
            first -= 1
        compared = first - 1 if first > 0 and tokens[first - 1].kind == "field" else None
        if compared is None and (summed is None or not any(t.kind == "ratio" for t in tokens[first:k])):
            continue  # no field compared and no share word (占, account for): a total said of something else
        summed = compared if summed is None else summed
        last = max(k, total, summed)
        if last + 1 < len(tokens) and tokens[last + 1].kind == "op_after":
            last += 1  # 四分之一以上
        if last + 2 < len(tokens) and tokens[last + 1].kind == "op" and tokens[last + 1].text.lower() == "of" \
                and tokens[last + 2].kind == "noun":
            last += 2  # "of all forms"
        op = _comparison(tokens[first:last + 1], number)
        if op is None:
            continue
        field = tokens[compared].key if compared is not None else tokens[summed].key
        share = m.Arith("*", m.Number(100.0), m.Arith("/", m.Field(field), m.Overall("sum", m.Field(tokens[summed].key))))
        start = tokens[compared].start if compared is not None else tokens[first].start
        return WholeShare(m.Compare(share, op, m.Number(number.value, number.text)), text[:start] + " " + text[tokens[last].end:])
    return None


def _joined(tokens: list, total: int, k: int) -> bool:
    """Whether a sum word farther from the figure is still its whole: a share word (占比) or "of" between them.

    在全部项目总预算中占比超过两成 says the whole before the share word; "10% of all projects' budgets combined"
    says the sum word after the field it sums.
    """
    between = tokens[min(total, k) + 1:max(total, k)]
    if total < k:
        return any(t.kind == "ratio" or (t.kind == "aggregate" and t.key == "share") for t in between)
    return any(t.kind == "op" and t.text.lower() == "of" for t in between)


def _comparison(span: list, number) -> str | None:
    """The comparison said of the figure: a bound after it (以上), else the nearest bound before it; None if none."""
    at = span.index(number)
    after = [t for t in span[at + 1:] if t.kind == "op_after"]
    if after:
        return after[0].key
    before = [t for t in span[:at] if t.kind == "op" and t.key in ("<", ">", "<=", ">=")]
    return before[-1].key if before else None


def reading(reader, question: str, previous, previous_ids):
    """The reader's reading of the question without the share's words, the share's condition added.

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The Reading, or None when the question compares no form with a share of the whole.
    """
    from assistant.compose import Reading
    from assistant.interpret import normalize

    text = normalize(question)
    tokens = [t for t in reader.recogniser.tokens(text)[0] if t.kind != "stop"]
    found = read(tokens, text)
    if found is None:
        return None
    said = reader.read(found.rest, previous, previous_ids) or Reading(m.Select())
    said.select.where = m.conjoin(found.condition, said.select.where)
    return said
