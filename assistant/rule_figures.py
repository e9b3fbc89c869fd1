"""Rule-based recognisers of figures: limits, sorting, grouping, fields, comparisons, superlatives, aggregates."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab
from assistant.labels import _label_between
from assistant.question_text import _CLAUSE_BREAK, _CN_NUMBER, _NUMBER, _UNIT_AFTER, _Text, _first_of
from assistant.rule_helpers import _Mention, _State, _scale, _to_number, _unit_kind
from assistant.rules_query import Query


class FigureRecognisers:
    """Recognisers that read figures, comparisons and what is asked of them (mixed into Interpreter)."""

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
            if match.group("num") == "一" and raw[end:end + 1] == "半":
                number, unit_word, unit_match = 50.0, "%", re.compile("半").match(raw, end)  # 不到一半: half, 50%
            if unit_word == "m" and not re.search(r"budget|spent|yuan|rmb|¥|\$", raw):
                unit_word = None
            value_end = unit_match.end() if unit_word and unit_match else end
            # Years in narrative ("推迟到2024年支付") are not conditions.
            if re.fullmatch(r"(19|20)\d{2}", match.group("num")) and not unit_word and raw[end:end + 1] == "年":
                continue
            if unit_word == "分" and raw[value_end:value_end + 1] and raw[value_end:value_end + 1] in "钱之":
                continue
            if raw[end:end + 2] == "部分" and not unit_word:
                continue  # 付了一部分补贴 / 花了一部分: a part of the money, no figure said
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
            found = text.find_word(word, take=False)
            if found and text.text[found[1]:].startswith(("-up", " up")):
                continue  # a top-up is money added during the year, not the top of a ranking
            if found:
                text.take(*found)
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
        actual, target = _first_of(text, vocab.ACTUAL_WORDS), _first_of(text, vocab.TARGET_WORDS)
        if actual or target:
            # 目标值和实际值分别是多少: both asked, so neither alone is shown
            query.indicator_part = None if actual and target else "actual" if actual else "target"
            state.lookup_cue = True
        elif _first_of(text, vocab.WEIGHT_WORDS, take=False):
            query.indicator_part = "weight"  # 指标分值是多少: the row's points, neither target nor actual
        if _first_of(text, vocab.MONEY_CUES):
            query.indicator_unit = "元"
            state.lookup_cue = True
        match = re.search(r"多少\s*(平方米|平米|人|名|位|台|份|次|场|条|处|个|家)(?![表张])", text.text)
        if match and not text.free(*match.span()):
            # 目标是多少份: read already as a count or target cue, the unit still says which row is meant
            query.indicator_unit = vocab.MEASURE_UNITS_ZH[match.group(1)]
        elif match:
            text.take(*match.span())
            query.indicator_unit = vocab.MEASURE_UNITS_ZH[match.group(1)]
            state.lookup_cue = True
            state.measure_word = match.group(1)
        counted = re.search(r"几\s*(平方米|平米|人|名|位|台|份|次|场|条|处|个|家)|(人|台|份|场|处)数", text.text)
        if counted and query.indicator_unit is None:  # 几台, 征订份数: the unit named another way picks the row too
            query.indicator_unit = vocab.MEASURE_UNITS_ZH[counted.group(1) or counted.group(2)]
            if counted.group(1) not in (None, "个", "家") and text.free(*counted.span()):
                # 租了几台 asks a row's figure as 多少台 does (几个, 几家 count forms or units)
                text.take(*counted.span())
                state.lookup_cue = True
                state.measure_word = counted.group(1)
        match = re.search(r"how many (" + "|".join(vocab.MEASURE_UNITS_EN) + r")", text.text)
        if match and not text.free(*match.span()):
            query.indicator_unit = vocab.MEASURE_UNITS_EN[match.group(1)]  # read already; the unit still picks the row
        elif match:
            text.take(*match.span())
            query.indicator_unit = vocab.MEASURE_UNITS_EN[match.group(1)]
            state.lookup_cue = True
            state.measure_word = match.group(1)

    # -- deciding what is asked --
