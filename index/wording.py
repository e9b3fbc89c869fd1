"""How an indicator was worded before: matching indicator rows grouped by wording, most common first."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from store.query import FormFilter, list_indicators

# Endings that say the same thing: 满意度 / 满意率, 完成率 / 完成度, 及时率 / 及时性.
_SYNONYM_ENDINGS = re.compile(r"(率|度|性|情况|水平)$")
_NOISE = re.compile(r"[\s（）()【】\[\]“”\"'·、，,。.:：0-9]+")


def wording_key(name: str) -> str:
    """The key that groups similar wordings: punctuation, digits and synonymous endings removed."""
    return _SYNONYM_ENDINGS.sub("", _NOISE.sub("", name))


@dataclass
class IndicatorUse:
    """One form's use of an indicator: where, and what it promised and achieved."""

    project_name: str
    year: int | None
    form_id: int
    level1: str
    level2: str
    name: str
    target: str
    target_comparison: str | None
    target_number: float | None
    target_unit: str | None
    actual: str
    weight: float | None


@dataclass
class WordingGroup:
    """Similar wordings of one indicator with every use found, most common wording first."""

    key: str
    wordings: Counter = field(default_factory=Counter)
    uses: list[IndicatorUse] = field(default_factory=list)

    @property
    def wording(self) -> str:
        return self.wordings.most_common(1)[0][0]

    def to_json(self) -> dict:
        return {
            "wording": self.wording,
            "variants": [{"name": name, "count": count} for name, count in self.wordings.most_common()],
            "uses": [use.__dict__ for use in self.uses],
        }


def lookup_wordings(store, query: str, search=None, year: int | None = None, level1: str | None = None,
                    limit: int = 10, form_filter: FormFilter | None = None,
                    level2: str | None = None) -> list[WordingGroup]:
    """Find indicators like the query and group them by wording.

    Rows whose name contains the query (or its wording key) are found directly; a search service,
    when given, adds rows found by meaning (English queries such as "satisfaction" reach 满意度).

    Args:
        store: the store.
        query: an indicator name or description, Chinese or English; empty for every row of the class named.
        search: a SearchService, or None for exact-text matching only.
        year: only forms of this year.
        level1: only indicators whose 一级指标 contains this text.
        level2: only indicators whose 二级指标 contains this text (时效, 质量…).
        limit: at most this many groups.
        form_filter: further conditions on the forms (project, unit…); `year` is added to it.

    Returns:
        Groups ordered by how many forms use them.
    """
    form_filter = dataclasses.replace(form_filter or FormFilter())
    if year:
        form_filter.years = [year]
    needles = [text for text in dict.fromkeys((query.strip(), wording_key(query))) if text]
    if not needles and not (level1 or level2):
        return []  # neither words nor a class: nothing was asked for
    rows = list_indicators(store, needles, form_filter, level1=level1, level2=level2)
    # Direct text matches come first; wordings the search surfaced follow in the order it ranked them.
    rank = {wording_key(indicator.name): 0 for indicator, _ in rows}
    if search is not None and needles:
        hits = search.search(query, k=30, form_filter=form_filter, fields=["indicator"])
        for position, hit in enumerate(hits, start=1):
            for indicator, _ in list_indicators(store, form_filter=FormFilter(form_ids=[hit.form_id]), level1=level1,
                                                level2=level2):
                if indicator.position == hit.row:
                    rank.setdefault(wording_key(indicator.name), position)
        surfaced = sorted(key for key, position in rank.items() if position > 0)
        if surfaced:
            # Every use of a surfaced wording, so its count is complete.
            rows += [(indicator, form) for indicator, form in list_indicators(store, surfaced, form_filter, level1=level1,
                                                                              level2=level2)
                     if wording_key(indicator.name) in rank]
    groups: dict[str, WordingGroup] = {}
    seen: set[tuple[int, int]] = set()
    for indicator, form in rows:
        key = wording_key(indicator.name)
        if key not in rank or (indicator.form_id, indicator.position) in seen:
            continue
        seen.add((indicator.form_id, indicator.position))
        group = groups.setdefault(key, WordingGroup(key))
        group.wordings[indicator.name] += 1
        group.uses.append(IndicatorUse(
            form.project_name, form.year, form.id, indicator.level1, indicator.level2, indicator.name,
            indicator.target, indicator.target_comparison, indicator.target_number, indicator.target_unit,
            indicator.actual, indicator.weight))
    ordered = sorted(groups.values(), key=lambda group: (rank[group.key], -len(group.uses), group.key))
    return ordered[:limit]
