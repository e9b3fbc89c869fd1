"""The query model: a small typed AST of fields, numbers, arithmetic, conditions and one selection over the views."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Union

# ----- expressions ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """A column of a view: `entity` "form" (forms) or "indicator" (indicators)."""

    name: str
    entity: str = "form"


@dataclass(frozen=True)
class Number:
    """A number in the store's units (amounts in 万元, rates in percent), with the words it was read from."""

    value: float
    printed: str = ""


@dataclass(frozen=True)
class Arith:
    """left op right, op one of + - * /, or |-| for the size of the difference either way (ABS(left − right))."""

    op: str
    left: "Expr"
    right: "Expr"


@dataclass(frozen=True)
class IndicatorCount:
    """How many indicator rows of the form meet `where` (all rows when None)."""

    where: "Cond | None" = None


@dataclass(frozen=True)
class IndicatorSum:
    """The sum of an indicator column over the form's rows meeting `where` (all rows when None): the weight of its
    satisfaction block is the sum of `weight` over the rows of that class."""

    column: str
    where: "Cond | None" = None


@dataclass(frozen=True)
class Overall:
    """A statistic (avg or median) of a form field over every form in the store, e.g. the average execution rate; over
    the forms meeting `where` when given (the forms a question leaves out are left out of its average too)."""

    function: str
    field: Field
    where: "Cond | None" = None


Expr = Union[Field, Number, Arith, IndicatorCount, IndicatorSum, Overall]

# ----- conditions -------------------------------------------------------------------------------------------

OPERATORS = ("<", "<=", ">", ">=", "=", "!=")
NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "="}


@dataclass(frozen=True)
class Compare:
    """left op right: a field against a number or against another field or measure."""

    left: Expr
    op: str
    right: Expr

    def __post_init__(self) -> None:
        if self.op not in OPERATORS:
            raise ValueError(f"unknown operator {self.op!r}")


@dataclass(frozen=True)
class Text:
    """A text column: mode "equals", "contains", "prefix" (begins with), "suffix" (ends with), "missing" (null or empty), "present" or
    "nodigit" (printed with no Arabic digit: 满意率, 百分之九十)."""

    field: Field
    mode: str
    value: str = ""


@dataclass(frozen=True)
class Not:
    """The negation of a condition."""

    item: "Cond"


@dataclass(frozen=True)
class And:
    """Every condition holds."""

    items: tuple


@dataclass(frozen=True)
class Or:
    """At least one condition holds."""

    items: tuple


@dataclass(frozen=True)
class HasIndicator:
    """The form has an indicator row meeting `where`."""

    where: "Cond | None" = None


@dataclass(frozen=True)
class HasFinding:
    """The form has a check finding with one of the codes (or severities)."""

    codes: tuple = ()
    severities: tuple = ()


@dataclass(frozen=True)
class FormIds:
    """The form is one of these (the records of the previous answer, for follow-ups)."""

    ids: tuple


@dataclass(frozen=True)
class Ranked:
    """The form is among the first `limit` forms meeting `within` ordered by `expr` (the three largest budgets)."""

    expr: Expr
    descending: bool
    limit: int
    within: "Cond | None" = None
    ties: bool = False  # the first and every form tied with it (the form with the most indicators, two tied)


Cond = Union[Compare, Text, Not, And, Or, HasIndicator, HasFinding, FormIds, Ranked]

# ----- the selection ----------------------------------------------------------------------------------------

AGGREGATES = ("count", "distinct", "sum", "avg", "min", "max", "median", "share", "pooled", "range")


@dataclass(frozen=True)
class Aggregate:
    """A statistic over the selected rows; `share` is the percentage of them meeting `condition`, `distinct` the number
    of different values of `expr`, `pooled` a ratio of totals (expr A / B: 100 × SUM(A) / SUM(B), the rate of the
    forms taken together), `range` MAX − MIN."""

    function: str
    expr: Expr | None = None
    condition: Cond | None = None

    def __post_init__(self) -> None:
        if self.function not in AGGREGATES:
            raise ValueError(f"unknown aggregate {self.function!r}")


@dataclass(frozen=True)
class GroupCondition:
    """The groups kept: their statistic `op` the number (units with more than 5 projects)."""

    op: str
    right: Number

    def __post_init__(self) -> None:
        if self.op not in OPERATORS:
            raise ValueError(f"unknown operator {self.op!r}")


@dataclass
class Select:
    """What a question asks: rows of `entity` ("forms" or "indicators") meeting `where`, then a statistic,
    a grouping, or an order with a limit (`ties` keeps every row sharing the extreme value)."""

    entity: str = "forms"
    where: Cond | None = None
    aggregate: Aggregate | None = None
    group_by: Field | None = None
    order_by: Expr | None = None
    descending: bool = False
    limit: int | None = None
    ties: bool = False
    shown: list = field(default_factory=list)
    offset: int = 0  # rows skipped before the limit: the second highest is offset 1, limit 1
    having: GroupCondition | None = None
    groups: tuple = ()  # named groups: the statistic once per condition (平安办和信访办各有几个项目)
    both_ends: bool = False  # the highest and the lowest together (最高和最低分别是), each with its ties


def conjoin(*conditions) -> Cond | None:
    """AND of the conditions given, flattening nested ANDs and skipping None."""
    items = []
    for condition in conditions:
        if condition is None:
            continue
        for item in condition.items if isinstance(condition, And) else [condition]:
            if item not in items:  # the same condition written twice ("budget reduced … budgets reduced") counts once
                items.append(item)
    if not items:
        return None
    return items[0] if len(items) == 1 else And(tuple(items))


def negates(node) -> bool:
    """Whether a Not stands anywhere in a condition tree (a selection with an exclusion is no plain list of forms).

    Args:
        node: a model node, a tuple of nodes or a plain value.

    Returns:
        True when a Not is found.
    """
    if isinstance(node, Not):
        return True
    if isinstance(node, (list, tuple)):
        return any(negates(item) for item in node)
    return is_dataclass(node) and any(negates(getattr(node, f.name)) for f in fields(node))


# ----- serialisation (session files) ------------------------------------------------------------------------

_NODES = {cls.__name__: cls for cls in (Field, Number, Arith, IndicatorCount, IndicatorSum, Overall, Compare, Text, Not, And, Or,
                                        HasIndicator, HasFinding, FormIds, Ranked, Aggregate, GroupCondition, Select)}


def to_data(node):
    """A JSON-ready form of any node: {"node": name, ...fields}.

    Args:
        node: a model node, list/tuple of nodes, or a plain value.

    Returns:
        Plain dicts, lists and scalars.
    """
    if is_dataclass(node):
        return {"node": type(node).__name__, **{f.name: to_data(getattr(node, f.name)) for f in fields(node)}}
    if isinstance(node, (list, tuple)):
        return [to_data(item) for item in node]
    return node


def from_data(data):
    """Rebuild a node from `to_data` output; unknown node names raise ValueError.

    Args:
        data: the plain value.

    Returns:
        The node.
    """
    if isinstance(data, dict) and "node" in data:
        cls = _NODES.get(data["node"])
        if cls is None:
            raise ValueError(f"unknown query node {data['node']!r}")
        values = {}
        for f in fields(cls):
            if f.name in data:
                value = from_data(data[f.name])
                values[f.name] = tuple(value) if isinstance(value, list) and f.name in ("items", "ids", "codes", "severities", "groups") else value
        return cls(**values)
    if isinstance(data, list):
        return [from_data(item) for item in data]
    return data
