"""The rule-based reading of a question: the Query it fills and the Catalog of names it reads them against."""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass, field

from assistant import vocabulary as vocab
from store.query import FormFilter, Range

INTENTS = ("list", "count", "aggregate", "top", "lookup", "indicators", "search", "checks", "unknown")


@dataclass
class Catalog:
    """The names a question can refer to, read once from the store: projects, units, departments, indicators."""

    project_names: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    indicator_names: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    name_ids: dict[str, list[int]] = field(default_factory=dict)  # project name → form ids
    text: str = ""  # every name and narrative, for telling corpus words from chatter

    @classmethod
    def from_store(cls, store) -> "Catalog":
        """Read the catalog from a store.

        Args:
            store: a store.Store.

        Returns:
            The catalog.
        """
        # Plain rows, not ORM forms with every child loaded: the catalog needs only names and texts.
        forms = store.read_rows("SELECT id, project_name, implementing_unit, department, year, goal, outcome "
                                "FROM form ORDER BY id")
        indicators: dict[int, list[tuple]] = {}
        for form_id, *row in store.read_rows("SELECT form_id, name, target, actual, deviation FROM indicator "
                                             "ORDER BY form_id, position, id"):
            indicators.setdefault(form_id, []).append(row)
        pieces, name_ids = [], {}
        for form_id, name, _unit, _department, _year, goal, outcome in forms:
            pieces += [name, goal or "", outcome or ""]
            pieces += [f"{row_name} {target} {actual} {deviation or ''}"
                       for row_name, target, actual, deviation in indicators.get(form_id, [])]
            name_ids.setdefault(name, []).append(form_id)
        return cls(
            project_names=sorted({row[1] for row in forms}),
            units=sorted({row[2] for row in forms if row[2]}),
            departments=sorted({row[3] for row in forms if row[3]}),
            indicator_names=sorted({row[0] for rows in indicators.values() for row in rows if row[0]}),
            years=sorted({row[4] for row in forms if row[4]}),
            name_ids=name_ids,
            text="\n".join(pieces).lower(),
        )

    def tags(self) -> dict[str, str]:
        """Office tags found at the end of project names, e.g. {"平安办": "（平安办）"}; one-character tags skipped."""
        found = {}
        for name in self.project_names:
            match = vocab.TAG_PATTERN.search(name)
            if match and len(match.group(1)) >= 2:
                found[match.group(1)] = match.group(0)
        return found


@dataclass
class Query:
    """What a question asks, in terms the store answers.

    `intent` decides the shape of the answer; `form_filter` the forms; `field` the figure in focus;
    `aggregate`/`group_by` the calculation; `sort`/`descending`/`limit` the ranking; the `indicator_*`
    parts an indicator lookup; `search_text` the narrative part for hybrid search.
    """

    question: str
    lang: str = "zh"
    intent: str = "unknown"
    form_filter: FormFilter = dataclasses.field(default_factory=FormFilter)
    field: str | None = None
    aggregate: str | None = None
    group_by: str | None = None
    sort: str | None = None
    descending: bool = False
    limit: int | None = None
    ties: bool = False  # a singular superlative keeps every form sharing the extreme value
    indicator_names: list[str] = dataclasses.field(default_factory=list)
    indicator_level1: str | None = None
    indicator_level2: str | None = None
    indicator_part: str | None = None  # target | actual | None for both
    indicator_unit: str | None = None  # the unit a "how many people" question expects
    indicator_hint: str = ""  # leftover words to choose an indicator row by
    count_indicators: bool = False
    search_text: str | None = None
    labels: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    follow_up: bool = False
    previous_form_ids: list[int] | None = None
    mentions_negated: bool = False  # 没提到X / do not mention X: the forms whose text does not say the mentions

    def to_dict(self) -> dict:
        """A JSON-ready dict (the session file format)."""
        data = asdict(self)
        data["form_filter"]["ranges"] = [list(r) for r in ((c.field, c.operator, c.value) for c in self.form_filter.ranges)]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Query":
        """Rebuild a Query from `to_dict` output; unknown keys are ignored, values are checked by FormFilter/Range.

        Args:
            data: the dict.

        Returns:
            The query.
        """
        data = dict(data)
        filter_data = dict(data.pop("form_filter", {}) or {})
        ranges = [Range(str(f), str(op), float(v)) for f, op, v in filter_data.pop("ranges", [])]
        known_filter = {k: v for k, v in filter_data.items() if k in FormFilter.__dataclass_fields__}
        form_filter = FormFilter(ranges=ranges, **known_filter)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(form_filter=form_filter, **known)

