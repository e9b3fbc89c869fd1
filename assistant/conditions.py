"""Conditions from lexicon entries: predicates written as text, names as text conditions, negation, measures."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import model as m
from assistant.asking import field_node
from assistant.recognise import Token

# Measures the views derive from printed figures; looking one up needs the query model.
DERIVED = {"unspent", "budget_change", "indicator_count"}
# A field's own maximum, for 满分 / full marks.
FULL_MARKS = {"total_score": m.Field("total_weight"), "budget_score": m.Field("budget_weight"),
         "indicator.score": m.Field("weight", "indicator"), "execution_rate": m.Number(100.0, "100%")}
# A figure whose full marks are those of the score that grades it: 预算执行没拿满分 is the budget-execution score.
SCORED_AS = {"annual_budget": "budget_score", "executed": "budget_score"}


def difference(condition: m.Cond) -> m.Expr | None:
    """The measure behind a field comparison: annual_budget > initial_budget → annual_budget − initial_budget."""
    if isinstance(condition, m.Compare) and isinstance(condition.left, m.Field) and isinstance(condition.right, m.Field) \
            and condition.op in (">", "<"):
        larger, smaller = (condition.left, condition.right) if condition.op == ">" else (condition.right, condition.left)
        return m.Arith("-", larger, smaller)
    return None


def predicate(key: str) -> m.Cond:
    """A lexicon predicate such as "annual_budget > initial_budget", "grade missing", "indicator: score < weight" or
    "finding GRADE_MISMATCH" (a check finding of that code)."""
    row = key.startswith("indicator:")
    body = key.split(":", 1)[1].strip() if row else key
    if body.startswith("finding "):  # finding GRADE_MISMATCH: the store's check recorded it
        return m.HasFinding(codes=tuple(body.split()[1:]))
    if body.startswith("severity "):  # severity error: the forms a check found an error in (填错单位的那张)
        return m.HasFinding(severities=tuple(body.split()[1:]))
    if body.startswith("unit "):  # indicator: unit 小时 — rows whose target or actual is printed in that unit
        unit = body[len("unit "):]
        printed_in = m.Or(tuple(m.Text(m.Field(column, "indicator"), "equals", unit) for column in ("target_unit", "actual_unit")))
        return m.HasIndicator(printed_in) if row else printed_in
    if body.endswith((" missing", " present", " nodigit")):
        name, mode = body.split()
        text = m.Text(m.Field(name, "indicator" if row else "form"), mode)
        return m.HasIndicator(text) if row else text
    if " is " in body or " holds " in body:  # indicator: target_comparison is ≥ (exactly that); actual holds 达成 (a part)
        name, verb, value = re.match(r"(\S+) (is|holds) (.+)", body).groups()
        text = m.Text(m.Field(name, "indicator" if row else "form"), "equals" if verb == "is" else "contains", value)
        return m.HasIndicator(text) if row else text
    left, op, right = body.split(" ", 2)

    def expression(text: str) -> m.Expr:
        if re.fullmatch(r"-?\d+(\.\d+)?", text):
            return m.Number(float(text), text)
        if "+" in text:
            first, second = (part.strip() for part in text.split("+", 1))
            return m.Arith("+", expression(first), expression(second))
        if text.startswith(("indicator.sum.", "indicator.share.")):  # indicator.sum.weight@level1=满意度指标: one class's rows
            column, _, rows = text.split(".", 2)[2].partition("@")
            classes = [m.Text(m.Field(level, "indicator"), "equals", label)
                       for level, _, label in (part.partition("=") for part in rows.split("|")) if label]
            summed = m.IndicatorSum(column, (classes[0] if len(classes) == 1 else m.Or(tuple(classes))) if classes else None)
            if text.startswith("indicator.share."):  # its share of the form's points, in percent
                return m.Arith("*", m.Number(100.0), m.Arith("/", summed, m.Field("total_weight")))
            return summed
        return m.Field(text, "indicator" if row else "form")

    condition = m.Compare(expression(left), op, expression(right))
    return m.HasIndicator(condition) if row else condition


def text_condition(token: Token) -> m.Cond:
    if token.kind in ("tag", "bracket"):
        return m.Text(m.Field("project_name"), "suffix", f"（{token.key}）")
    if token.kind == "grade" and re.match(r"(?:a |any )?grade other than |other than |anything ", token.text.lower()):
        # a grade other than 优: a grade is printed, and it is another
        return m.And((m.Text(m.Field("grade"), "present"), m.Not(m.Text(m.Field("grade"), "equals", token.key))))
    if token.kind == "grade" and re.match(r"not |不是|未|没|非|不为|除|(?:\w+ )?\w+(?: not|n't) ", token.text.lower()):
        # not graded 优 / 不是优 / weren't rated 优 / have not been graded 优: any other grade, or none printed
        return m.Or((m.Text(m.Field("grade"), "missing"), m.Not(m.Text(m.Field("grade"), "equals", token.key))))
    if token.kind == "grade":
        return m.Text(m.Field("grade"), "equals", token.key)
    # “上海市…人民政府” quoted whole: that name as printed, not every name holding it (…人民政府(汇总))
    quoted = token.text[:1] in "“\"'‘「『" and token.text[1:-1] == token.key
    return m.Text(m.Field("implementing_unit" if token.kind == "unit" else "department"), "equals" if quoted else "contains", token.key)


def _a_year(condition) -> bool:
    return isinstance(condition, m.Compare) and isinstance(condition.left, m.Field) and condition.left.name == "year" \
        and condition.op == "="


def compares(condition) -> bool:
    """Whether a condition compares figures anywhere inside it.

    A year beside a condition that picks the forms (安保经费2023年的执行数: the form named, in 2023) is their scope, no
    figure compared; a year alone is what picks the forms (哪些项目的经费拖到2023年才支付), a figure compared.
    """
    if isinstance(condition, m.Compare):
        return True
    if isinstance(condition, m.And):
        picking = [item for item in condition.items if not _a_year(item)]
        return any(compares(item) for item in (picking or condition.items))
    if isinstance(condition, m.Or):
        return any(compares(item) for item in condition.items)
    if isinstance(condition, (m.Not,)):
        return compares(condition.item)
    return isinstance(condition, m.HasIndicator) and condition.where is not None and compares(condition.where)


def negate(condition: m.Cond) -> m.Cond:
    if isinstance(condition, m.Compare) and isinstance(condition.left, m.Field) and condition.op == "=" \
            and isinstance(condition.right, m.Number) \
            and getattr(FULL_MARKS.get(condition.left.name), "value", None) == condition.right.value:
        return m.Compare(condition.left, "<", condition.right)  # not spent in full: short of it (more is overspending)
    if isinstance(condition, m.Compare) and isinstance(condition.right, m.Number):
        return m.Compare(condition.left, m.NEGATED[condition.op], condition.right)
    return m.Not(condition)


def sum_of_parts(tokens: list[Token], j: int) -> tuple[m.Arith, int] | None:
    """FIELD plus [noun] FIELD at j: their sum (an indicator column sums the form's rows), and the index after it."""
    if j + 2 >= len(tokens) or tokens[j].kind != "field" or tokens[j + 1].kind != "plus":
        return None
    k = j + 2
    while k < len(tokens) and (tokens[k].kind in ("noun", "group_cue")  # 加各指标得分
                               or (tokens[k].kind == "aggregate" and tokens[k].key == "sum")):  # + sum of indicator scores
        k += 1
    if k >= len(tokens) or tokens[k].kind != "field":
        return None
    parts = [field_node(tokens[n].key) for n in (j, k)]
    parts = [m.IndicatorSum(p.name) if p.entity == "indicator" else p for p in parts]
    end = k + 1
    while end < len(tokens) and tokens[end].kind == "aggregate" and tokens[end].key == "sum":
        end += 1  # 加指标得分合计对不上: the sum said after its parts
    return m.Arith("+", *parts), end


def base_of_measure(tokens: list[Token], i: int, fields: dict) -> bool:
    """A field named just before a measure derived from it ("budget is left unspent", 预算的结余) is the measure's
    subject, not a second figure: the measure's label (结余（全年预算数−全年执行数）) names the field."""
    if tokens[i].kind not in ("field", "weak_field") or tokens[i].key in DERIVED:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].kind == "op" and tokens[j].key == "=":
        j += 1  # "is", "was", 为: a copula between subject and measure
    if j >= len(tokens) or tokens[j].kind != "field" or tokens[j].key not in DERIVED:
        return False
    base, measure = fields.get(tokens[i].key), fields.get(tokens[j].key)
    return bool(base and measure and base.zh in measure.zh)


def definition_of_measure(tokens: list[Token], i: int, fields: dict) -> bool:
    """A field in the definition written right after a derived measure ("unspent balance (full-year budget minus
    executed)", 结余（全年预算数减全年执行数）) restates the measure; it is no figure of its own."""
    j = i
    while j > 0 and tokens[j].kind == "field" and tokens[j].key not in DERIVED:
        j -= 1
    if j == i or tokens[j].kind != "field" or tokens[j].key not in DERIVED:
        return False
    measure = fields.get(tokens[j].key)
    parts = [fields.get(t.key) for t in tokens[j + 1:i + 1]]
    return bool(measure) and all(part and part.zh in measure.zh for part in parts)


def operand_of_measure(tokens: list[Token], i: int) -> bool:
    """A field named as a side of the measure a statistic word right after it asks (全年预算数比年初预算数净增加了多少: the
    net change of the budget against its opening one) is the measure's subject, no figure of its own (the sides are the
    derived rows of assistant/data/arithmetic_words.tsv)."""
    if tokens[i].kind != "field":
        return False
    after = [t for t in tokens[i + 1:i + 3] if t.kind in ("aggregate", "weak_field")]
    return any(t.kind == "weak_field" and tokens[i].key in _measure_sides().get(t.key, ()) for t in after)


@lru_cache(maxsize=1)
def _measure_sides() -> dict[str, tuple[str, ...]]:
    """derived measure → the fields it is computed from (assistant/data/arithmetic_words.tsv, derived:<field> rows)."""
    from assistant.data_files import rows

    return {kind.split(":", 1)[1]: (pattern.split()[0], pattern.split()[2])
            for _, (kind, _lang, pattern) in rows("arithmetic_words.tsv", 3, "class<TAB>lang<TAB>pattern") if kind.startswith("derived:")}
