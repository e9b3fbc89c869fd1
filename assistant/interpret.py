"""Question → structured Query: deterministic rules over the vocabulary and the names the store holds."""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from assistant import vocabulary as vocab
from store.checks import FINDING_LABELS
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
        from store.query import list_forms

        forms = list_forms(store)
        indicator_names = sorted({row.name for form in forms for row in form.indicators if row.name})
        pieces = []
        for form in forms:
            pieces += [form.project_name, form.goal or "", form.outcome or ""]
            pieces += [f"{row.name} {row.target} {row.actual} {row.deviation or ''}" for row in form.indicators]
        return cls(
            project_names=sorted({form.project_name for form in forms}),
            units=sorted({form.implementing_unit for form in forms if form.implementing_unit}),
            departments=sorted({form.department for form in forms if form.department}),
            indicator_names=indicator_names,
            years=sorted({form.year for form in forms if form.year}),
            name_ids=_ids_by_name(forms),
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


# ----- text handling -----------------------------------------------------------------------------------------

_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "＜": "<", "＞": ">",
                            "＝": "=", "．": ".", "～": "~", "－": "-", "　": " ", "？": "?", "！": "!"})
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMBER = "[零〇一二两三四五六七八九十百千]+"
_EN_NUMBERS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
_NUMBER = re.compile(rf"(?P<pct>百分之)?(?P<num>\d+(?:\.\d+)?|{_CN_NUMBER}|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b)")
# A currency after a scale word ("1 million yuan") belongs to the figure, not to the topic words.
_UNIT_AFTER = re.compile(r"\s*(?P<unit>个百分点|percent|pct|%|万元|万块|万|亿元|亿|千元|元|块钱|块|分|points?|pts|million|mn|thousand|k\b|m\b|成|wan\b|yuan\b)"
                         r"(?:\s*(?:yuan|rmb)\b)?", re.I)
_CLAUSE_BREAK = re.compile(r"[，,；;。?!、]|且|并且|而且|同时|\band\b|\bor\b|或")


def cn_number(text: str) -> float | None:
    """A Chinese numeral such as 六十, 一百二十, 两 as a number; None when it is not one."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        else:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
    return float(total + current)


def normalize(question: str) -> str:
    """The question as matched: full-width digits and signs folded, lower case, single spaces."""
    text = question.translate(_FULLWIDTH).lower()
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def is_english(text: str) -> bool:
    """True when Latin words outweigh Chinese characters (names in Chinese inside English still count as English)."""
    latin = len(re.findall(r"[a-z]{2,}", text.lower()))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return latin >= 2 and latin * 3 >= cjk or (latin >= 1 and cjk == 0)


class _Text:
    """The question with a mask: each recogniser takes the span it explains, so no word is used twice."""

    def __init__(self, text: str):
        self.text = text
        self.taken = [False] * len(text)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.taken[i] = True

    def find_word(self, word: str, take: bool = True) -> tuple[int, int] | None:
        """First free occurrence of a word; Latin words must stand alone."""
        pattern = _word_pattern(word)
        for match in pattern.finditer(self.text):
            if self.free(match.start(), match.end()):
                if take:
                    self.take(match.start(), match.end())
                return match.start(), match.end()
        return None

    def residual(self) -> str:
        return re.sub(r"\s+", " ", "".join(" " if taken else ch for ch, taken in zip(self.text, self.taken))).strip()


_PATTERNS: dict[str, re.Pattern] = {}


def _word_pattern(word: str) -> re.Pattern:
    if word not in _PATTERNS:
        escaped = re.escape(word)
        if re.match(r"[a-z0-9]", word):
            escaped = r"(?<![a-z0-9])" + escaped
        if re.search(r"[a-z0-9]$", word):
            escaped += r"(?![a-z0-9])"
        _PATTERNS[word] = re.compile(escaped)
    return _PATTERNS[word]


def _first_of(text: _Text, words, take: bool = True) -> tuple[str, int, int] | None:
    """The earliest free occurrence among words, the longest word winning at a position."""
    best = None
    for word in sorted(words, key=len, reverse=True):
        found = text.find_word(word, take=False)
        if found and (best is None or found[0] < best[1]):
            best = (word, *found)
    if best and take:
        text.take(best[1], best[2])
    return best


# ----- the interpreter --------------------------------------------------------------------------------------


@dataclass
class _Mention:
    start: int
    end: int
    name: str


class Interpreter:
    """Turns questions into Query objects; holds the catalog of names the store knows."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        from assistant.lexicon import load as load_lexicon

        tags = catalog.tags()
        # Every alias comes from the store's own names: tags, units and departments with their prefixes dropped,
        # 办 also written 办公室, and the English office words of assistant/data/names_en.tsv.
        self.tag_aliases: dict[str, str] = dict(tags)
        for tag, marker in tags.items():
            if tag.endswith("办"):
                self.tag_aliases.setdefault(tag + "公室", marker)
        self.unit_aliases: dict[str, str] = {}
        for unit in catalog.units:
            for variant in _admin_variants(unit):
                self.unit_aliases.setdefault(variant.lower(), variant)
                if variant.endswith("办"):
                    self.unit_aliases.setdefault(variant.lower() + "公室", variant)
        self.department_aliases: dict[str, str] = {}
        for department in catalog.departments:
            for variant in _admin_variants(department):
                if len(variant) >= 4:
                    self.department_aliases.setdefault(variant.lower(), variant)
        self.places = {place for name in catalog.units + catalog.departments for place in _places(name)}
        for english, chinese in load_lexicon().names_en.items():
            if chinese in tags:
                self.tag_aliases.setdefault(english, tags[chinese])
            unit = next((v for v in self.unit_aliases.values() if chinese in v), None)
            if unit is not None and chinese not in tags:
                self.unit_aliases.setdefault(english, unit)
            department = next((v for v in self.department_aliases.values() if chinese in v), None)
            if department is not None and unit is None and chinese not in tags:
                self.department_aliases.setdefault(english, chinese)
        self.names_blob = "\n".join(catalog.project_names).lower()
        self.names_lower = [name.lower() for name in catalog.project_names]
        self.cores = {}
        for name in catalog.project_names:
            core = vocab.TAG_PATTERN.sub("", name).lower()
            self.cores.setdefault(core, []).append(name)
            self.cores.setdefault(name.lower(), []).append(name)

    # -- entry point --
    def interpret(self, question: str, previous: Query | None = None) -> Query:
        """Read a question.

        Args:
            question: what the user typed, Chinese or English.
            previous: the last query of the conversation, refined when the question is a follow-up.

        Returns:
            The structured query; intent "unknown" when nothing in it could be understood.
        """
        text = _Text(normalize(question))
        query = Query(question=question, lang="en" if is_english(question) else "zh")
        follow_up = previous is not None and self._is_follow_up(text, previous)
        if follow_up:
            query = _inherit(previous, question, query.lang)
            query.follow_up = True
        state = _State()
        self._checks(text, query, state)
        self._zero_phrases(text, query, state)
        self._aliases(text, query, state)
        self._text_contains(text, query, state)
        self._years(text, query, state)
        self._wording(text, query, state)
        self._grades(text, query, state)
        self._project_names(text, query, state)
        self._indicator_names(text, query, state)
        self._indicator_classes(text, query, state)
        self._limits(text, state)
        self._sorting(text, state)
        self._groups(text, state)
        self._full_marks(text, query, state)
        fields = self._fields(text, state)
        self._between(text, query, state, fields)
        self._comparisons(text, query, state, fields)
        self._superlatives(text, state, fields)
        self._aggregates(text, state, fields)
        self._lookup_cues(text, query, state)
        self._decide(text, query, state, fields, previous if follow_up else None)
        return query

    # -- follow-ups --
    def _is_follow_up(self, text: _Text, previous: Query) -> bool:
        if previous.intent == "unknown":
            return False
        raw = text.text
        if raw.startswith(vocab.FOLLOW_UP_PREFIXES_ZH) or any(raw.startswith(p) for p in vocab.FOLLOW_UP_PREFIXES_EN):
            # "按单位汇总执行数" is a new question, "按预算排序" refines the last one.
            if raw.startswith("按") and not any(w in raw for w in vocab.SORT_WORDS_ZH + vocab.DESCENDING_WORDS + vocab.ASCENDING_WORDS):
                return False
            if raw.startswith(("only", "just")) and not re.match(r"(only|just) (those|the ones|ones|from|in|for|with|by|keep|show)", raw):
                return False
            return True
        if raw.endswith(vocab.FOLLOW_UP_SUFFIXES) or raw.rstrip("?").endswith(vocab.FOLLOW_UP_SUFFIXES):
            return True
        return bool(re.match(r"(what|how) about\b", raw))

    # -- recognisers --
    def _checks(self, text: _Text, query: Query, state: "_State") -> None:
        for phrases, codes, severities in vocab.CHECK_PHRASES:
            hit = _first_of(text, phrases)
            if not hit:
                continue
            if severities and (state.codes or state.severities):
                continue  # "执行数超过预算的错误" is the specific check, not every error
            for code in codes:
                if code not in query.form_filter.finding_codes:
                    query.form_filter.finding_codes.append(code)
                    query.labels.append(_label_check(code, query.lang))
            for severity in severities:
                if severity not in query.form_filter.severities:
                    query.form_filter.severities.append(severity)
            if severities:
                query.labels.append(("findings: " if query.lang == "en" else "检查结果：") + "/".join(
                    vocab.SEVERITY_LABELS[s][1 if query.lang == "en" else 0] for s in severities))
            state.codes += codes
            state.severities += severities
            state.structured = True

    def _zero_phrases(self, text: _Text, query: Query, state: "_State") -> None:
        phrases = {"零执行": "executed", "没有执行": "executed", "未执行": "executed", "没有支出": "executed",
                   "没花钱": "executed", "一分钱没花": "executed", "nothing spent": "executed",
                   "spent nothing": "executed", "nothing was spent": "executed", "no money was spent": "executed",
                   "nothing was executed": "executed", "spent no money": "executed", "not spent at all": "executed", "nothing executed": "executed", "zero execution": "executed",
                   "zero spending": "executed", "did not spend anything": "executed", "didn't spend anything": "executed",
                   "没有年初预算": "initial_budget", "年初没有预算": "initial_budget", "no initial budget": "initial_budget",
                   "without an initial budget": "initial_budget", "zero initial budget": "initial_budget"}
        for phrase, field_name in phrases.items():
            if text.find_word(phrase):
                self._add_range(query, state, field_name, "=", 0.0)

    def _aliases(self, text: _Text, query: Query, state: "_State") -> None:
        self._alias_filter(text, query, state, self.unit_aliases, query.form_filter.units, ("unit", "实施单位"))
        for alias, marker in sorted(self.tag_aliases.items(), key=lambda item: -len(item[0])):
            if text.find_word(alias):
                if marker not in query.form_filter.name_contains:
                    query.form_filter.name_contains.append(marker)
                    query.labels.append(("project name contains " if query.lang == "en" else "项目名含") + marker)
                state.structured = state.categorical = True
        self._alias_filter(text, query, state, self.department_aliases, query.form_filter.departments,
                           ("department", "主管部门"))

    @staticmethod
    def _alias_filter(text: _Text, query: Query, state: "_State", aliases: dict[str, str], values: list[str],
                      labels: tuple[str, str]) -> None:
        """Add the value of every alias found in the question to a filter list, longest alias first."""
        for alias, value in sorted(aliases.items(), key=lambda item: -len(item[0])):
            if text.find_word(alias):
                if value not in values:
                    values.append(value)
                    query.labels.append(f"{labels[0] if query.lang == 'en' else labels[1]} ∋ {value}")
                state.structured = state.categorical = True

    def _years(self, text: _Text, query: Query, state: "_State") -> None:
        for match in re.finditer(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text.text):
            start, end = match.span()
            if not text.free(start, end):
                continue
            before, after = text.text[max(0, start - 4):start], text.text[end:end + 6]
            narrative = re.search(r"(到|至|于|推迟|延期|延迟|延至|留到|to |until |till |in )$", before) and not before.endswith("in ")
            if narrative or re.match(r"年?度?(支付|下拨|拨付|再|才)", after) or re.match(r"\s*(payment|paid)", after):
                continue
            is_year = (re.match(r"年|\s*(projects?|forms?|budgets?)", after) or before.endswith(("in ", "for ", "year "))
                       or start == 0)
            if not is_year:
                continue
            year = int(match.group(1))
            if year not in query.form_filter.years:
                query.form_filter.years.append(year)
                query.labels.append(f"{'year' if query.lang == 'en' else '年度'} = {year}")
            text.take(start, end + (len(re.match(r"年度?", after).group(0)) if re.match(r"年度?", after) else 0))
            state.structured = state.categorical = True

    def _wording(self, text: _Text, query: Query, state: "_State") -> None:
        """"去年的满意度指标怎么写的" / "how was X worded last year": a wording lookup, years relative to the newest."""
        cue = _first_of(text, vocab.WORDING_CUES)
        relative = _first_of(text, tuple(vocab.RELATIVE_YEARS))
        if relative and self.catalog.years:
            year = max(self.catalog.years) + vocab.RELATIVE_YEARS[relative[0]]
            if year not in query.form_filter.years:
                query.form_filter.years.append(year)
                query.labels.append(f"{'year' if query.lang == 'en' else '年度'} = {year}")
            state.structured = state.categorical = True
        if cue:
            state.wording = True

    def _grades(self, text: _Text, query: Query, state: "_State") -> None:
        found = []
        for grade, words in vocab.GRADE_SYNONYMS.items():
            if _first_of(text, words):
                found.append(grade)
        match = re.search(r"(评分等级|等级|评级|grade|rated|rating)\s*(是|为|=|:|of|is)?\s*[“\"']?([优良中差])", text.text)
        if match and text.free(*match.span()):
            text.take(*match.span())
            found.append(match.group(3))
        for grade in found:
            if grade not in query.form_filter.grades:
                query.form_filter.grades.append(grade)
                query.labels.append(f"{'grade' if query.lang == 'en' else '评分等级'} = {grade}")
            state.structured = state.categorical = True

    def _project_names(self, text: _Text, query: Query, state: "_State") -> None:
        """Longest runs of the question found in project names: a whole name picks its form, a part filters by it."""
        fragments = []
        raw = text.text
        # Indicator names a fragment would cut into: the longer of the two readings wins.
        indicator_spans = []
        for name in self.catalog.indicator_names:
            if len(name) >= 3:
                for match in _word_pattern(name.lower()).finditer(raw):
                    indicator_spans.append(match.span())
        i = 0
        while i < len(raw):
            best_end = None
            j = i + 1
            while j <= len(raw) and text.free(i, j) and raw[i:j] in self.names_blob and "\n" not in raw[i:j]:
                best_end = j
                j += 1
            if best_end is not None:
                fragment = raw[i:best_end].strip()
                exact = fragment in self.cores
                # Two characters (活动, 经费) are too common to name a project, unless they are a whole name (社工).
                overlapped = any(a < best_end and i < b and (b - a) > (best_end - i) for a, b in indicator_spans)
                if not overlapped and ((len(fragment) >= 3 and re.search(r"[\u4e00-\u9fff]", fragment) and not _generic(fragment, self.places))
                                       or (exact and len(fragment) >= 2)):
                    fragments.append((i, best_end, fragment))
                    i = best_end
                    continue
            i += 1
        if not fragments:
            return
        by_fragment: list[tuple[str, list[str], bool]] = []
        for start, end, fragment in fragments:
            text.take(start, end)
            names = self.cores.get(fragment)
            if names:
                by_fragment.append((fragment, sorted(set(names)), True))
            else:
                by_fragment.append((fragment, [n for n, low in zip(self.catalog.project_names, self.names_lower) if fragment in low], False))
        state.structured = True
        state.names = [name for _, names, _ in by_fragment for name in names]
        state.name_fragments = [fragment for fragment, _, _ in by_fragment]
        # An exact name that is also part of longer names (社工 ⊂ 社工点经费) is pinned by form id; a part of a
        # name stays a readable name filter. Mixed, everything becomes ids so the fragments stay OR-ed.
        pinned = [exact and any(fragment in low and vocab.TAG_PATTERN.sub("", low) != fragment for low in self.names_lower)
                  for fragment, _, exact in by_fragment]
        if any(pinned):
            ids = sorted({i for _, names, _ in by_fragment for name in names for i in self.catalog.name_ids.get(name, [])})
            query.form_filter.form_ids = ids if query.form_filter.form_ids is None else [
                i for i in query.form_filter.form_ids if i in ids]
        else:
            for fragment, _, _ in by_fragment:
                if fragment not in query.form_filter.name_contains:
                    query.form_filter.name_contains.append(fragment)
        for fragment, names, exact in {item[0]: item for item in by_fragment}.values():
            if query.lang == "en":
                query.labels.append(f"project = {names[0]}" if exact and len(names) == 1 else f"project name contains “{fragment}”")
            else:
                query.labels.append(f"项目 = {names[0]}" if exact and len(names) == 1 else f"项目名含“{fragment}”")

    def _indicator_classes(self, text: _Text, query: Query, state: "_State") -> None:
        for label, words in vocab.INDICATOR_LEVEL2.items():
            hit = _first_of(text, [w for w in words if "指标" in w or "indicator" in w or w in ("社会效益", "可持续影响", "服务对象满意度")])
            if hit:
                query.indicator_level2 = label.removesuffix("指标")
                state.indicator_class = True
                break
        for label, words in vocab.INDICATOR_LEVEL1.items():
            hit = _first_of(text, words)
            if hit:
                query.indicator_level1 = label.removesuffix("指标")
                state.indicator_class = True
                break
        if not state.indicator_class and state.names:
            # "社工的质量指标": with a project named, the short class words are enough.
            for label, words in vocab.INDICATOR_LEVEL2.items():
                if _first_of(text, [w for w in words if not w.isascii()] + [w for w in words if w.isascii() and " " not in w]):
                    query.indicator_level2 = label.removesuffix("指标")
                    state.indicator_class = True
                    break
        if state.indicator_class:
            labels = [x for x in (query.indicator_level1, query.indicator_level2) if x]
            query.labels.append(("indicators: " if query.lang == "en" else "指标类别：") + "/".join(labels))
        if _first_of(text, vocab.INDICATOR_WORDS, take=False):
            state.indicator_word = True

    def _indicator_names(self, text: _Text, query: Query, state: "_State") -> None:
        minimum = 2 if state.names else 3
        candidates = sorted(self.catalog.indicator_names, key=len, reverse=True)
        for name in candidates:
            if len(name) < minimum:
                continue
            found = text.find_word(name.lower())
            if found:
                query.indicator_names.append(name)
                state.structured = True
        if query.indicator_names:
            query.labels.append(("indicator " if query.lang == "en" else "指标 ") + "、".join(query.indicator_names))

    def _text_contains(self, text: _Text, query: Query, state: "_State") -> None:
        zh = re.compile(r"(提到|提及|提起|说到|写到|写了|写有|含有|包含|涉及|出现了?|谈到|讲到|带有|载有)(了)?\s*[“\"'「『]?"
                        r"(?P<x>[^”\"'」』，,。？?！!]+?)[”\"'」』]?\s*(?=的项目|的表|的自评表|的|项目|字样|这个词|$|[，,。？?！!])")
        en = re.compile(r"\b(mentions?|mentioning|mentioned|contains?|containing|refers? to|referring to|talks? about|"
                        r"talking about|says?|saying|with the (?:word|words|phrase|text))\s+[“\"']?(?P<x>[^”\"'?!.,]+?)[”\"']?\s*(?=$|[?!.,]|\b(?:and|in|from|with|that)\b)")
        for pattern in (zh, en):
            for match in list(pattern.finditer(text.text)):
                if not text.free(match.start(), match.end()):
                    continue
                phrase = match.group("x").strip()
                if not re.search(r"[\u4e00-\u9fff]", phrase):
                    phrase = _glossary_term(phrase) or ""
                    if not phrase:
                        continue  # an English phrase the forms cannot contain verbatim: leave it to search
                text.take(match.start(), match.end())
                for term in phrase.split():
                    if term not in query.form_filter.text_contains:
                        query.form_filter.text_contains.append(term)
                        query.labels.append(("mentions “" if query.lang == "en" else "提到“") + term + "”")
                state.structured = True

    def _limits(self, text: _Text, state: "_State") -> None:
        # (pattern, soft): a soft limit ("3个项目") only counts beside a superlative, which is decided later.
        patterns = [
            (rf"前\s*(?P<n>\d+|{_CN_NUMBER})\s*(个|名|项|位|条)?", False),
            (r"(?P<dir>top|bottom|first|last)\s+(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", False),
            (rf"(?P<n>\d+|{_CN_NUMBER})\s*(个|项|名|份)(项目|表)?(?=$|[?？。]|的?项目|吧)", True),
            (r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(projects|forms|ones|records)\b", True),
            (r"\bthe\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?=lowest|highest|largest|smallest|biggest|best|worst|most|least)", False),
        ]
        for pattern, soft in patterns:
            for match in re.finditer(pattern, text.text):
                if not text.free(match.start(), match.end()):
                    continue
                number = _to_number(match.group("n"))
                if not number or number > 1000:
                    continue
                if soft:
                    state.soft_limit = (int(number), match.start(), match.end())
                    continue
                text.take(match.start(), match.end())
                state.limit = int(number)
                direction = match.groupdict().get("dir")
                if direction in ("top", "first"):
                    state.superlative_desc = True
                elif direction in ("bottom", "last"):
                    state.superlative_desc = False

    def _sorting(self, text: _Text, state: "_State") -> None:
        if _first_of(text, vocab.DESCENDING_WORDS):
            state.sort_requested, state.sort_desc = True, True
        elif _first_of(text, vocab.ASCENDING_WORDS):
            state.sort_requested, state.sort_desc = True, False
        if _first_of(text, vocab.SORT_WORDS_ZH + vocab.SORT_WORDS_EN):
            state.sort_requested = True

    def _groups(self, text: _Text, state: "_State") -> None:
        for group, words in vocab.GROUP_FIELD_SYNONYMS.items():
            for word in sorted(words, key=len, reverse=True):
                for prefix in vocab.GROUP_PREFIXES_ZH:
                    if text.find_word(prefix + word):
                        state.group_by = group
                        return
                for prefix in vocab.GROUP_PREFIXES_EN:
                    if word.isascii() and text.find_word(f"{prefix} {word}"):
                        state.group_by = group
                        return
                if word in ("各办",) and text.find_word(word):
                    state.group_by = group
                    return
        match = re.search(r"(each|every) (unit|department|office|year|grade)'?s?", text.text)
        if match and text.free(*match.span()):
            text.take(*match.span())
            state.group_by = {"unit": "implementing_unit", "department": "department", "office": "office",
                              "year": "year", "grade": "grade"}[match.group(2)]
        elif (found := _first_of(text, ["哪个单位", "哪个部门", "哪个实施单位", "哪个主管部门", "which unit", "which department",
                                        "which office", "哪个办"])):
            state.group_by = ("department" if ("部门" in found[0] or "department" in found[0]) else
                              "office" if ("办" in found[0] or "office" in found[0]) else "implementing_unit")
            state.group_pick = True

    def _fields(self, text: _Text, state: "_State") -> list[_Mention]:
        mentions = []
        words = sorted(((w, f) for f, ws in vocab.FIELD_SYNONYMS.items() for w in ws), key=lambda item: -len(item[0]))
        for word, field_name in words:
            while (found := text.find_word(word)) is not None:
                mentions.append(_Mention(found[0], found[1], field_name))
                if text.text[max(0, found[0] - 1):found[0]] == "总" and field_name != "total_score":
                    state.sum_prefix = True
                    text.take(found[0] - 1, found[0])
        mentions.sort(key=lambda m: m.start)
        # "year" as a field only matters beside a comparison; otherwise it is a filter word or noise.
        return mentions

    def _between(self, text: _Text, query: Query, state: "_State", fields: list[_Mention]) -> None:
        num = rf"(\d+(?:\.\d+)?|{_CN_NUMBER})"
        unit = r"\s*(%|万元|万|元|分|points?|million)?"
        patterns = [
            rf"(介于|在)\s*{num}{unit}\s*(和|与|到|至|-|~|—)\s*{num}{unit}\s*(之间|以内|范围内|区间)?",
            rf"{num}{unit}\s*(到|至|-|~|—)\s*{num}{unit}\s*(之间|区间|范围内)",
            rf"{num}{unit}\s*(-|~|—)\s*{num}{unit}",
            rf"\bbetween\s+{num}{unit}\s+and\s+{num}{unit}",
            rf"\bfrom\s+{num}{unit}\s+to\s+{num}{unit}",
        ]
        for pattern in patterns:
            for match in re.finditer(pattern, text.text):
                if not text.free(match.start(), match.end()):
                    continue
                groups = [g for g in match.groups()]
                numbers = [g for g in groups if g and re.fullmatch(rf"\d+(?:\.\d+)?|{_CN_NUMBER}", g)]
                units = [g for g in groups if g and re.fullmatch(r"%|万元|万|元|分|points?|million", g)]
                if len(numbers) < 2:
                    continue
                unit_word = units[-1] if units else None
                field_name = self._bind_field(fields, match.start(), match.end(), unit_word, text)
                if field_name is None:
                    continue
                low, high = (_scale(_to_number(n), unit_word, field_name) for n in numbers[:2])
                low, high = min(low, high), max(low, high)
                text.take(match.start(), match.end())
                self._add_range(query, state, field_name, ">=", low, label=False)
                self._add_range(query, state, field_name, "<=", high, label=False)
                query.labels.append(_label_between(field_name, low, high, query.lang))

    def _comparisons(self, text: _Text, query: Query, state: "_State", fields: list[_Mention]) -> None:
        raw = text.text
        for match in list(_NUMBER.finditer(raw)):
            start, end = match.span()
            if not text.free(start, end):
                continue
            number = _to_number(match.group("num"))
            if number is None:
                continue
            unit_match = _UNIT_AFTER.match(raw, end)
            unit_word = unit_match.group("unit").lower() if unit_match and text.free(*unit_match.span()) else None
            if match.group("pct"):
                unit_word = "%"
            if unit_word == "m" and not re.search(r"budget|spent|yuan|rmb|¥|\$", raw):
                unit_word = None
            value_end = unit_match.end() if unit_word and unit_match else end
            # Years in narrative ("推迟到2024年支付") are not conditions.
            if re.fullmatch(r"(19|20)\d{2}", match.group("num")) and not unit_word and raw[end:end + 1] == "年":
                continue
            if unit_word == "分" and raw[value_end:value_end + 1] and raw[value_end:value_end + 1] in "钱之":
                continue
            operator, op_start = self._operator_before(text, start)
            post = self._operator_after(text, value_end)
            if post:
                operator = post[0].rstrip("*")
            if operator is None:
                # "总分100的项目" / "scored 100": a number right after a field word is an equality.
                near = [m for m in fields if 0 <= start - m.end <= 2 and re.fullmatch(r"\s*(的|:|：|=|是|为)?\s*", raw[m.end:start])]
                if near and (unit_word or near[-1].name != "year"):
                    operator, op_start = "=", near[-1].end
                else:
                    continue
            field_name = self._bind_field(fields, op_start if op_start is not None else start, value_end, unit_word, text)
            if field_name is None:
                continue
            value = _scale(number, unit_word, field_name)
            text.take(op_start if op_start is not None else start, value_end)
            if post:
                text.take(post[1], post[2])
            if operator == "~":
                self._add_range(query, state, field_name, ">=", round(value * 0.9, 4), label=False)
                self._add_range(query, state, field_name, "<=", round(value * 1.1, 4), label=False)
                query.labels.append(_label_between(field_name, value * 0.9, value * 1.1, query.lang))
            elif operator is None:
                continue
            else:
                self._add_range(query, state, field_name, operator, value)

    def _operator_before(self, text: _Text, position: int) -> tuple[str | None, int | None]:
        before = text.text[:position]
        stripped = before.rstrip()
        for word, operator in sorted(vocab.COMPARATORS_ZH_PREFIX + vocab.COMPARATORS_EN, key=lambda item: -len(item[0])):
            if operator is None or operator.endswith("*"):
                continue
            candidate = stripped
            if candidate.endswith(word):
                start = len(candidate) - len(word)
                if word.isascii() and word[0].isalpha() and start > 0 and candidate[start - 1].isalpha():
                    continue
                # One-character words (为, 是, 有, 过) only count when they touch the number.
                if len(word) == 1 and not before.endswith(word):
                    continue
                if not text.free(start, len(candidate)):
                    continue
                return operator, start
        return None, None

    def _operator_after(self, text: _Text, position: int) -> tuple[str, int, int] | None:
        after = text.text[position:]
        for word, operator in vocab.COMPARATORS_ZH_POSTFIX + [(w, o) for w, o in vocab.COMPARATORS_EN if o.endswith("*")]:
            stripped = after.lstrip()
            offset = len(after) - len(stripped)
            if stripped.startswith(word) and text.free(position + offset, position + offset + len(word)):
                return operator, position + offset, position + offset + len(word)
        return None

    def _bind_field(self, fields: list[_Mention], start: int, end: int, unit_word: str | None, text: _Text) -> str | None:
        """The field a number belongs to: the nearest field word before it in its clause, else after it, else its unit."""
        before = [m for m in fields if m.end <= start and not _CLAUSE_BREAK.search(text.text[m.end:start])]
        after = [m for m in fields if m.start >= end and not _CLAUSE_BREAK.search(text.text[end:m.start])]
        chosen = before[-1].name if before else after[0].name if after else None
        if chosen is None:
            before_any = [m for m in fields if m.end <= start]
            chosen = before_any[-1].name if before_any else None
        unit_kind = _unit_kind(unit_word)
        if chosen is None:
            return {"percent": "execution_rate", "score": "total_score", "amount": "annual_budget"}.get(unit_kind)
        if chosen in vocab.AMOUNT_FIELDS and unit_kind == "percent":
            return "execution_rate"
        if chosen in vocab.AMOUNT_FIELDS | {"execution_rate"} and unit_kind == "score":
            return "total_score"
        if chosen == "execution_rate" and unit_kind == "amount":
            return "executed"
        if chosen == "year" and unit_kind:
            return None
        return chosen

    def _full_marks(self, text: _Text, query: Query, state: "_State") -> None:
        if _first_of(text, ["满分", "full marks", "full score", "perfect score", "perfect scores", "full 100", "scored 100",
                            "a perfect 100", "100分"]):
            self._add_range(query, state, "total_score", "=", 100.0)
            state.full_marks = True

    def _superlatives(self, text: _Text, state: "_State", fields: list[_Mention]) -> None:
        for word, descending in vocab.SUPERLATIVE_WORDS:
            found = text.find_word(word)
            if found:
                state.superlative = True
                if state.superlative_desc is None:
                    state.superlative_desc = descending
                state.superlative_at = found[0]
                return
        if state.limit and state.superlative_desc is not None:
            state.superlative = True

    def _aggregates(self, text: _Text, state: "_State", fields: list[_Mention]) -> None:
        if _first_of(text, ["项目总数", "项目数量", "项目个数", "表的数量", "number of projects", "number of forms"]):
            state.aggregate = "count"
            return
        for function, words in vocab.AGGREGATE_WORDS.items():
            hit = _first_of(text, words)
            if hit:
                state.aggregate = function
                state.aggregate_word = hit[0]
                return
        if state.sum_prefix:
            state.aggregate = "sum"

    def _lookup_cues(self, text: _Text, query: Query, state: "_State") -> None:
        if _first_of(text, vocab.ACTUAL_WORDS):
            query.indicator_part = "actual"
            state.lookup_cue = True
        elif _first_of(text, vocab.TARGET_WORDS):
            query.indicator_part = "target"
            state.lookup_cue = True
        if _first_of(text, vocab.MONEY_CUES):
            query.indicator_unit = "元"
            state.lookup_cue = True
        match = re.search(r"多少\s*(平方米|平米|人|名|位|台|份|次|场|条|处|个|家)", text.text)
        if match and text.free(*match.span()):
            text.take(*match.span())
            query.indicator_unit = vocab.MEASURE_UNITS_ZH[match.group(1)]
            state.lookup_cue = True
            state.measure_word = match.group(1)
        match = re.search(r"how many (" + "|".join(vocab.MEASURE_UNITS_EN) + r")", text.text)
        if match and text.free(*match.span()):
            text.take(*match.span())
            query.indicator_unit = vocab.MEASURE_UNITS_EN[match.group(1)]
            state.lookup_cue = True
            state.measure_word = match.group(1)

    # -- deciding what is asked --
    def _decide(self, text: _Text, query: Query, state: "_State", fields: list[_Mention], previous: Query | None) -> None:
        zero = Range("executed", "=", 0.0)
        if state.full_marks and zero in query.form_filter.ranges:
            # "零执行却满分" means indicators scored in full with nothing spent: the check, not 总分 = 100.
            full = Range("total_score", "=", 100.0)
            query.form_filter.ranges = [r for r in query.form_filter.ranges if r not in (zero, full)]
            query.labels = [label for label in query.labels
                            if label not in (_label_range("executed", "=", 0.0, query.lang), _label_range("total_score", "=", 100.0, query.lang))]
            query.form_filter.finding_codes.append("NOTHING_EXECUTED_FULL_SCORES")
            query.labels.append(_label_check("NOTHING_EXECUTED_FULL_SCORES", query.lang))
            state.codes.append("NOTHING_EXECUTED_FULL_SCORES")
            state.range_fields = [f for f in state.range_fields if f not in ("executed", "total_score")]
        focus = _focus_field(fields, state)
        residual = text.residual()
        content = self._content_words(residual, query.lang)
        query.indicator_hint = "".join(content) if query.lang == "zh" else " ".join(content)
        if state.wording:
            query.intent = "wording"
            levels = [label.removesuffix("指标") for label in (query.indicator_level2, query.indicator_level1) if label]
            query.search_text = " ".join(query.indicator_names) or query.indicator_hint or " ".join(levels) or query.question
            query.labels.append(("wording of " if query.lang == "en" else "指标写法：") + query.search_text)
            return
        group_by = state.group_by
        if previous is not None:
            self._refine(query, state, focus, previous)
            if query.intent != "unknown":
                return
        if state.aggregate == "count" and (state.indicator_word or state.indicator_class) and not state.names:
            query.intent, query.count_indicators = "count", True
            return
        if group_by and (state.aggregate or focus or state.group_pick):
            query.intent = "aggregate"
            query.group_by = group_by
            query.aggregate = state.aggregate or ("count" if not focus else "sum")
            if query.aggregate != "count":
                query.field = focus or "annual_budget"
            if state.group_pick:
                query.limit = 1
                query.descending = state.superlative_desc if state.superlative_desc is not None else True
            return
        if group_by and not fields:
            query.intent, query.group_by, query.aggregate = "aggregate", group_by, "count"
            return
        if query.indicator_names or state.indicator_class or (state.names and (state.lookup_cue or state.measure_word) and not focus):
            query.intent = "count" if state.aggregate == "count" and not state.names else "indicators"
            if query.intent == "count":
                query.count_indicators = True
            return
        if state.superlative or (state.limit and focus):
            query.intent = "top"
            query.field = focus or _default_superlative_field(text.text)
            query.sort = query.field
            query.descending = state.superlative_desc if state.superlative_desc is not None else True
            if state.soft_limit and not state.limit:
                state.limit = state.soft_limit[0]
            query.limit = state.limit or 1
            query.ties = state.limit is None
            query.aggregate = "max" if query.descending else "min"
            query.labels.append(_label_sort(query.field, query.descending, query.limit, query.lang))
            return
        if state.aggregate in ("sum", "avg"):
            query.intent, query.aggregate = "aggregate", state.aggregate
            query.field = focus or "annual_budget"
            return
        if state.aggregate == "count":
            query.intent, query.aggregate = "count", "count"
            return
        if state.names and focus and not query.form_filter.ranges:
            query.intent, query.field = "lookup", focus
            return
        if state.names and not content and not state.codes and not state.severities and not query.form_filter.ranges:
            query.intent = "lookup"
            return
        if content and not query.form_filter.text_contains and not (state.codes or state.severities):
            query.intent = "search"
            query.search_text = question_for_search(query.question if not state.structured else residual, query.lang)
            query.labels.append(("search: " if query.lang == "en" else "检索：") + (residual if state.structured else query.question))
            return
        if state.codes or state.severities:
            query.intent = "checks"
            return
        if state.structured or not query.form_filter.is_empty():
            query.intent = "list"
            if state.sort_requested and focus:
                query.sort, query.descending = focus, state.sort_desc if state.sort_desc is not None else True
                query.labels.append(_label_sort(focus, query.descending, None, query.lang))
            query.field = focus
            return
        query.intent = "unknown"

    def _refine(self, query: Query, state: "_State", focus: str | None, previous: Query) -> None:
        """Apply a follow-up to the inherited query: new filters are already AND-ed in; change the ask."""
        if previous.intent == "search" and previous.previous_form_ids is not None:
            query.form_filter.form_ids = list(previous.previous_form_ids)
        if state.superlative or state.limit:
            query.intent = "top"
            query.field = focus or previous.field or previous.sort or "total_score"
            query.sort = query.field
            query.descending = state.superlative_desc if state.superlative_desc is not None else True
            query.limit = state.limit or (state.soft_limit[0] if state.soft_limit else 1)
            query.ties = state.limit is None and not state.soft_limit
            query.aggregate = "max" if query.descending else "min"
            query.group_by = None
            query.labels.append(_label_sort(query.field, query.descending, query.limit, query.lang))
            return
        if state.sort_requested or (focus and query.question.lower().startswith(("sort", "order", "rank", "按"))):
            query.intent = "list" if previous.intent in ("top", "search", "checks", "count", "lookup", "indicators") else previous.intent
            query.sort = focus or previous.field or "annual_budget"
            query.field = query.sort
            query.descending = state.sort_desc if state.sort_desc is not None else True
            query.limit = None
            query.labels = [label for label in query.labels if not _is_sort_label(label)]
            query.labels.append(_label_sort(query.sort, query.descending, None, query.lang))
            return
        if state.aggregate:
            query.intent = "count" if state.aggregate == "count" else "aggregate"
            query.aggregate = state.aggregate
            query.field = focus or previous.field or "annual_budget"
            if state.group_by:
                query.group_by = state.group_by
            return
        if focus:
            # "那执行率呢": the same question about another figure.
            query.field = focus
            if previous.sort:
                query.sort = focus
            query.labels = [label for label in query.labels if not label.startswith(("排序", "sorted", "最", "top", "bottom"))]
            if previous.intent == "top":
                query.labels.append(_label_sort(focus, query.descending, query.limit, query.lang))
            return
        if state.structured:
            query.intent = previous.intent if previous.intent not in ("unknown",) else "list"
            if previous.intent == "search":
                query.intent = "search"
            return
        query.intent = "unknown"

    def _content_words(self, residual: str, lang: str) -> list[str]:
        """Words left over that the forms actually use (or, in English, that the glossary knows)."""
        words = []
        if re.search(r"[\u4e00-\u9fff]", residual):
            import jieba

            jieba.setLogLevel(logging.WARNING)
            for token in jieba.cut(residual):
                token = token.strip()
                bare = token
                for stop in sorted(vocab.STOPWORDS_ZH, key=len, reverse=True):
                    if len(stop) >= 2:
                        bare = bare.replace(stop, "")
                if len(bare) < 2 or token in vocab.STOPWORDS_ZH or not re.search(r"[\u4e00-\u9fff]", bare):
                    continue
                if token in self.catalog.text or any(part in self.catalog.text for part in _halves(token)):
                    words.append(token)
        latin = residual
        for phrase in sorted(vocab.GLOSSARY_EN, key=len, reverse=True):
            if _word_pattern(phrase).search(latin):
                words.append(phrase)
                latin = _word_pattern(phrase).sub(" ", latin)
        return words

    def _add_range(self, query: Query, state: "_State", field_name: str, operator: str, value: float, label: bool = True) -> None:
        condition = Range(field_name, operator, value)
        if condition not in query.form_filter.ranges:
            query.form_filter.ranges.append(condition)
            if label:
                query.labels.append(_label_range(field_name, operator, value, query.lang))
        state.structured = True
        state.range_fields.append(field_name)


@dataclass
class _State:
    """What the recognisers found, before deciding what the question asks."""

    structured: bool = False
    categorical: bool = False
    codes: list[str] = field(default_factory=list)
    severities: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    name_fragments: list[str] = field(default_factory=list)
    exact_names: list[str] = field(default_factory=list)
    exact_only: bool = False
    indicator_class: bool = False
    indicator_word: bool = False
    limit: int | None = None
    soft_limit: tuple[int, int, int] | None = None
    sort_requested: bool = False
    sort_desc: bool | None = None
    group_by: str | None = None
    group_pick: bool = False
    superlative: bool = False
    superlative_desc: bool | None = None
    superlative_at: int = -1
    aggregate: str | None = None
    aggregate_word: str | None = None
    sum_prefix: bool = False
    lookup_cue: bool = False
    wording: bool = False
    measure_word: str | None = None
    range_fields: list[str] = field(default_factory=list)
    full_marks: bool = False


# ----- helpers -----------------------------------------------------------------------------------------------


def _inherit(previous: Query, question: str, lang: str) -> Query:
    """A copy of the previous query to refine, labels kept so the interpretation shows the whole chain."""
    inherited = Query.from_dict(previous.to_dict())
    inherited.question = question
    inherited.lang = lang
    inherited.follow_up = True
    return inherited


def _admin_variants(name: str) -> list[str]:
    """A name and its shorter forms without leading 市/区/镇 prefixes: 上海市闵行区浦江镇社区党群服务中心 → 社区党群服务中心."""
    variants = [name]
    rest = name
    while True:
        match = re.match(r"^[\u4e00-\u9fff]{1,6}?(省|市|区|县|镇|街道|乡)", rest)
        if not match or len(rest) - match.end() < 3:
            break
        rest = rest[match.end():]
        variants.append(rest)
    return variants


def _places(name: str) -> list[str]:
    """The place names leading an official name, with and without their level: 浦江镇 and 浦江 from 上海市闵行区浦江镇…."""
    places = []
    for match in re.finditer(r"[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|镇|街道|乡)", name):
        places += [match.group(0), re.sub(r"(省|市|区|县|镇|街道|乡)$", "", match.group(0))]
        if match.end() >= len(name) - 3:
            break
    return [place for place in places if len(place) >= 2]


def _generic(fragment: str, places: set[str]) -> bool:
    """Fragments of names that say nothing about which project: 经费, 项目, 工程, the store's place names and the like."""
    core = re.sub(r"[（）()“”\s]", "", fragment)
    return len(core) < 2 or core in places or core in {
        "经费", "项目", "工程", "费用", "活动", "中心", "服务", "建设", "工作", "管理", "的项目", "项目的", "经费的", "的经费",
        "服务费", "运维", "镇的", "质保", "新址"}


def _ids_by_name(forms) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = {}
    for form in forms:
        ids.setdefault(form.project_name, []).append(form.id)
    return ids


def _halves(token: str) -> list[str]:
    return [token[:2], token[-2:]] if len(token) >= 4 else []


def _to_number(raw: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", raw):
        return float(raw)
    if raw in _EN_NUMBERS:
        return float(_EN_NUMBERS[raw])
    return cn_number(raw)


def _unit_kind(unit_word: str | None) -> str | None:
    if unit_word is None:
        return None
    if unit_word in ("%", "percent", "pct", "个百分点", "成"):
        return "percent"
    if unit_word in ("分", "point", "points", "pts"):
        return "score"
    return "amount"


def _scale(number: float, unit_word: str | None, field_name: str) -> float:
    """A typed number in the store's units: amounts in 万元, rates in percent."""
    if unit_word == "成":
        return number * 10
    if field_name in vocab.AMOUNT_FIELDS:
        factor = {"元": 1e-4, "块": 1e-4, "块钱": 1e-4, "yuan": 1e-4, "千元": 0.1, "thousand": 0.1, "k": 0.1,
                  "million": 100.0, "mn": 100.0, "m": 100.0, "亿": 1e4, "亿元": 1e4}.get(unit_word or "", 1.0)
        return round(number * factor, 6)
    return number


def _focus_field(fields: list[_Mention], state: _State) -> str | None:
    """The figure the question is about: a field word not used up by a condition, else the last one named."""
    unused = [m.name for m in fields if m.name not in state.range_fields and m.name != "year"]
    if unused:
        return unused[0]
    named = [m.name for m in fields if m.name != "year"]
    return named[-1] if named and (state.superlative or state.aggregate or state.group_by or state.sort_requested) else None


def _default_superlative_field(text: str) -> str:
    if re.search(r"贵|钱|money|expensive|costly", text):
        return "annual_budget"
    return "total_score"


def question_for_search(text: str, lang: str) -> str:
    """The text sent to hybrid search: the question, with the Chinese the forms use added for English words.

    Args:
        text: the narrative part of the question.
        lang: "zh" or "en".

    Returns:
        The search text.
    """
    from index.glossary import expand_english

    return expand_english(text) if lang == "en" else text


def _glossary_term(phrase: str) -> str | None:
    phrase = phrase.lower().strip()
    phrase = re.sub(r"^(the|a|an)\s+", "", phrase)
    return vocab.GLOSSARY_EN.get(phrase)


def field_label(field_name: str, lang: str) -> str:
    """A field's name as shown to the user."""
    zh, en, _unit = vocab.FIELD_LABELS[field_name]
    return en if lang == "en" else zh


def format_value(field_name: str | None, value: float | None) -> str:
    """A figure with its unit: 48.08%, 369.57 万元, 94.8 分."""
    if value is None:
        return "—"
    unit = vocab.FIELD_LABELS[field_name][2] if field_name in vocab.FIELD_LABELS else None
    number = f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value - round(value)) > 1e-9 else f"{value:,.0f}"
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}" if unit else number


def _label_range(field_name: str, operator: str, value: float, lang: str) -> str:
    return f"{field_label(field_name, lang)} {operator} {format_value(field_name, value)}"


def _label_between(field_name: str, low: float, high: float, lang: str) -> str:
    return f"{format_value(field_name, low)} ≤ {field_label(field_name, lang)} ≤ {format_value(field_name, high)}"


def _label_sort(field_name: str, descending: bool, limit: int | None, lang: str) -> str:
    label = field_label(field_name, lang)
    if lang == "en":
        if limit == 1:
            return f"{'highest' if descending else 'lowest'} {label}"
        if limit:
            return f"{'top' if descending else 'bottom'} {limit} by {label}"
        return f"sorted by {label}, {'largest' if descending else 'smallest'} first"
    if limit == 1:
        return f"{label}{'最高' if descending else '最低'}"
    if limit:
        return f"{label}{'最高' if descending else '最低'}的{limit}个"
    return f"按{label}{'从高到低' if descending else '从低到高'}排序"


def _is_sort_label(label: str) -> bool:
    return ("排序" in label and label.startswith("按")) or label.startswith(("sorted by", "top ", "bottom ")) or bool(
        re.search(r"(最高|最低)(的\d+个)?$", label))


def _label_check(code: str, lang: str) -> str:
    zh, en = FINDING_LABELS.get(code, (code, code))
    return f"{'finding' if lang == 'en' else '检查'} {code} ({en if lang == 'en' else zh})"
