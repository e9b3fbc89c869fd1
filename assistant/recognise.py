"""Recognisers: a question cut into tokens (numbers with units, lexicon phrases, names the store holds), longest first."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import english_numbers
from assistant.admin_names import admin_variants, group_phrases  # noqa: F401  (admin_variants read from here too)
from assistant.english_forms import FormIndex
from assistant.pinyin_names import PinyinNames
from assistant.lexicon import Lexicon
from assistant.store_terms import function_words_in_names, measure_words, name_parts_in, quoted_at, quoted_column, topics_in

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
_AS_WRITTEN = ("fraction", "multiple", "stop", "aggregate")  # "counted devices" is no count
_NUMBER = re.compile(r"(?P<pct>百分之)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|[零〇一二两三四五六七八九十百千]+"
                     r"|(?<![a-z])(?:" + english_numbers.PATTERN + r")(?![a-z]))")
_FRACTION = re.compile(r"(?P<den>[一二三四五六七八九十]+)分之(?P<num>[一二三四五六七八九十]+)|(?<![\d/.])(?P<n>[1-9])/(?P<d>[2-9]|10)(?![\d/.])")
# Kinds whose phrases become tokens; at one position the longest phrase wins, then the earlier kind here.
PHRASE_KINDS = ("predicate", "all_empty", "empty", "nonzero", "field_cue", "example", "contrast", "fund_source", "field", "weak_field", "full", "class", "grade", "class_part", "distinct", "aggregate", "how_much", "by_how_much", "superlative", "group", "each", "group_cue", "name_cue",
                "not_after", "miss", "not", "defect", "op_after", "op", "ratio", "difference", "either_way", "or", "plus", "compare_cue", "lost", "noun", "follow", "swap", "complement", "about", "sort", "direction", "limit", "first_one", "fraction", "multiple", "language", "ordinal", "stop")
# A currency written before the figure (¥500,000, RMB 1 million), and half of a scale word (half a million).
_CURRENCY = re.compile(r"(?:¥|￥|rmb\s*|cny\s*)(?=\d)")
_HALF_SCALE = re.compile(r"half an? (million|thousand)(?:\s*(?:yuan|rmb|元))?(?![a-z])")
# Between two conditions of a list (有可持续影响指标、三级指标多于10个): what precedes does not qualify what follows.
_SEPARATOR = re.compile(r"[、,，;；]")


@dataclass
class Token:
    """A recognised span: `kind` (number, field, op, tag, unit, …), `key` (what it means) and, for numbers, the value."""

    kind: str
    key: str
    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None  # numbers: percent | amount | score | count | None
    factor: float = 1.0  # amounts: the scale word's factor to 万元 (0.5 in "0.5 and 2 million" takes it too)
    after_separator: bool = False  # a list separator (、 , ;) stands between it and the token before
    joined_by: str = ""  # between it and the token before, stop words aside: "and" (and, 和, 及) or "," (a clause break)
    exact: bool = False  # quoted words said to be all a column prints (只写了“改善”): the whole cell, not a part of it


@dataclass
class StoreNames:
    """Values the store holds that questions name: units, departments, name tags, indicator classes, grades, years."""
    units: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    classes: dict[str, str] = field(default_factory=dict)  # printed label → "level1" | "level2"
    grades: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)  # 三级指标 names
    row_units: list[str] = field(default_factory=list)  # the units indicator rows print (%, 小时, 元/人/月)


def cn_number(text: str) -> float | None:
    """A Chinese numeral (六十, 一百二十, 两, 十万) as a number; None when it is not one."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        return None
    total, section, current = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "万":
            total += (section + current) * 10_000
            section = current = 0
        else:
            section += (current or 1) * _CN_UNITS[ch]
            current = 0
    return float(total + section + current)


def _to_number(raw: str) -> float | None:
    raw = raw.replace(",", "")
    if re.fullmatch(r"\d*\.?\d+", raw):
        return float(raw)
    return english_numbers.value(raw) if raw.isascii() else cn_number(raw)


def _bounded(text: str, start: int, end: int) -> bool:
    """Latin and digit phrases must stand as whole words."""
    if re.match(r"[A-Za-z0-9]", text[start]) and start > 0 and re.match(r"[A-Za-z0-9]", text[start - 1]):
        return False  # "or" inside "For": a capital is a letter of the word too
    return not (re.match(r"[A-Za-z0-9]", text[end - 1]) and end < len(text) and re.match(r"[A-Za-z0-9]", text[end]))


class Recogniser:
    """Cuts normalised questions into tokens, from the lexicon and the names one store holds.

    Args:
        lexicon: the words (assistant.lexicon.load()).
        names: what the store holds.
        glossary: English phrase → Chinese terms (index.glossary.GLOSSARY_EN): English words no lexicon entry
            explains become topics when the store's names use their Chinese; None reads no topics.
    """

    def __init__(self, lexicon: Lexicon, names: StoreNames, glossary: dict[str, str] | None = None):
        self.lexicon = lexicon
        self.names = names
        self.glossary = glossary or {}
        entries: dict[str, tuple[str, str]] = {}
        for kind in reversed(PHRASE_KINDS):
            for phrase, key in lexicon.keys(kind).items():
                entries[phrase] = (kind, key)
        for label, level in names.classes.items():
            entries.setdefault(label.lower(), ("class", label))
        # The grades the store holds and the standard ones the lexicon names (优 良 中 差), each phrase (lexicon kind
        # grade_said) also with the grade quoted (评为“优”); a grade no form holds only in phrases of three or more
        # characters, as 是中 / 为差 open other words (是中位数)
        self.grades = tuple(dict.fromkeys([*names.grades, *lexicon.keys("grade").values()]))
        for grade in self.grades:
            for phrase in (template.replace("{grade}", grade) for template in lexicon.keys("grade_said")):
                entries.update({w.lower(): ("grade", grade) for w in (phrase, phrase.replace(grade, f"“{grade}”"))
                                if w.lower() not in entries and (grade in names.grades or len(w) > 2)})
        offices = tuple(lexicon.keys("name_end").values())
        for kind, values in (("unit", names.units), ("department", names.departments)):
            for value in values:
                for variant in admin_variants(value):
                    entries.setdefault(variant.lower(), (kind, variant))
                    for phrase in group_phrases(variant, offices):  # the 信访 projects: 信访办's, its office word left off
                        entries.setdefault(phrase, (kind, variant))
        for project in names.projects:
            # A project named in full, or without the tag ending it: 社工点经费 for 社工点经费（平安办）.
            for variant in dict.fromkeys([project, re.sub(r"[（(][^（）()]{1,8}[）)]$", "", project)]):
                if len(variant) >= 2:
                    entries.setdefault(variant.lower(), ("project", project))
        for tag in names.tags:
            entries.setdefault(f"（{tag}）".lower(), ("tag", tag))
            entries.setdefault(f"({tag})".lower(), ("tag", tag))
            if len(tag) >= 2:
                entries.setdefault(tag.lower(), ("tag", tag))
            for phrase in (f"tagged {tag}", f"tagged as {tag}", f"the {tag} tag", f"标注为{tag}", f"标注{tag}",
                           f"{tag} ones", f"{tag} projects", f"{tag} project", f"{tag} forms", f"{tag}-tagged"):
                entries.setdefault(phrase.lower(), ("tag", tag))  # a one-character tag (信) needs its cue
        endings: dict[str, list[str]] = {}
        for word, ending in lexicon.keys("name_end").items():
            endings.setdefault(ending, []).append(word)
        spelled = [(tag, "tag", tag) for tag in names.tags] + [
            (variant, kind, variant) for kind, values in (("unit", names.units), ("department", names.departments))
            for value in values for variant in admin_variants(value)]
        self.pinyin = PinyinNames(spelled, endings)  # Xinfang Ban, ping'an office: names spelled in pinyin
        self._joined = ("\n".join(names.projects).lower(), "\n".join(names.indicators).lower())
        for word in measure_words(names.indicators):
            entries.setdefault(word, ("measure", word))  # 合格率98%: a word of indicator names, with its target
        self.entries = entries
        # Numbers (a quarter, twice), glue words and statistics are read only as written.
        self.by_form = FormIndex({p: m for p, m in entries.items() if m[0] in PHRASE_KINDS and m[0] not in _AS_WRITTEN})
        self.by_first: dict[str, list[str]] = {}
        for phrase in sorted(entries, key=len, reverse=True):
            self.by_first.setdefault(phrase[0], []).append(phrase)

    def tokens(self, text: str) -> tuple[list[Token], list[str]]:
        """Tokens of a normalised question, and the stretches of text no recogniser explained.

        Args:
            text: the question after assistant.interpret.normalize.

        Returns:
            (tokens in order, leftover stretches).
        """
        text = self.by_form.share_heads(text)
        english = _english_names(text, self.lexicon, self.entries)
        for start, spelled in self.pinyin.find(text).items():
            if start not in english or english[start][0] < spelled[0]:
                english[start] = spelled
        tokens, spans, gap_start, i = [], [], None, 0
        while i < len(text):
            token = self._at(text, i, english)
            if token is None:
                gap_start = i if gap_start is None else gap_start
                i += 1
                continue
            if gap_start is not None:
                spans.append((gap_start, i))
                gap_start = None
            tokens.append(token)
            i = token.end
        if gap_start is not None:
            spans.append((gap_start, len(text)))
        tokens, spans = function_words_in_names(text, tokens, spans, self._joined[0])  # 人才: 才 is no stop there
        # Part of a name the store holds (平安治理可视化, 涉及点位) where only glue or a word of names was read.
        for start, end, kind in name_parts_in(text, 0, len(text), *self._joined):
            inside = [t for t in tokens if t.start < end and t.end > start]
            if all(t.kind in ("stop", "measure", "class") and t.start >= start and t.end <= end for t in inside):
                tokens = [t for t in tokens if t not in inside] + [Token(kind, text[start:end], start, end, text[start:end])]
                spans = [(s, e) for s, e in spans if e <= start or s >= end] + \
                        [(s, min(e, start)) for s, e in spans if s < start < e] + [(max(s, end), e) for s, e in spans if s < end < e]
        gaps, names = [], self.names.projects + self.names.indicators
        for start, end in sorted(spans):
            # English words no phrase explained: a topic when the glossary's Chinese is in the store's names.
            cursor = start
            for topic_start, topic_end, terms in topics_in(text, start, end, self.glossary, names):
                gaps.append(text[cursor:topic_start])
                tokens.append(Token("topic", terms, topic_start, topic_end, text[topic_start:topic_end]))
                cursor = topic_end
            gaps.append(text[cursor:end])
        tokens = _noun_phrases(text, sorted(tokens, key=lambda t: t.start))
        tokens = [part for token in tokens for part in _with_field(token)]
        for before, token in zip(tokens, tokens[1:]):
            token.after_separator = bool(_SEPARATOR.search(text[before.end:token.start]))
        return tokens, [gap.strip() for gap in gaps if gap.strip()]

    def _at(self, text: str, i: int, english: dict[int, tuple[int, str, str]], lookahead: bool = True) -> Token | None:
        quoted = self._quoted(text, i)
        if quoted is not None:
            return quoted
        candidates = []
        number = _number_at(text, i, self.lexicon)
        if number:
            candidates.append(number)
        if i in english:
            end, kind, key = english[i]
            candidates.append(Token(kind, key, i, end, text[i:end]))
        for phrase in self.by_first.get(text[i], ()):
            if text.startswith(phrase, i) and _bounded(text, i, i + len(phrase)):
                kind, key = self.entries[phrase]
                if kind in ("fraction", "multiple"):  # 一半, a quarter: a share in percent; twice: a multiple
                    unit = "percent" if kind == "fraction" else "times"
                    candidates.append(Token("number", "", i, i + len(phrase), phrase, float(key), unit))
                else:
                    candidates.append(Token(kind, key, i, i + len(phrase), phrase))
                break
        inflected = self.by_form.at(text, i)
        if inflected is not None and inflected[0] > max((c.end for c in candidates), default=i):
            candidates.append(Token(*inflected[1], i, inflected[0], text[i:inflected[0]]))
        bracket = re.match(r"[（(]([^（）()]{1,12})[）)]", text[i:])
        if bracket and not any(c.kind == "tag" for c in candidates) and not self._negation_at(bracket.group(1)):
            candidates.append(Token("bracket", bracket.group(1), i, i + bracket.end(), bracket.group(0)))
        if not candidates:
            return None
        best = max(candidates, key=lambda t: (t.end - t.start, t.kind == "number"))
        if best.kind == "aggregate" and lookahead:
            # 平均分值: 平均 + 分值 reads further than 平均分 + 值 — a statistic's shorter word wins when the field
            # after it then ends later.
            for phrase in self.by_first.get(text[i], ()):
                end = i + len(phrase)
                if end < best.end and text.startswith(phrase, i) and _bounded(text, i, end):
                    following = self._at(text, end, english, lookahead=False)
                    if following is not None and following.end > best.end and following.kind == "field":
                        kind, key = self.entries[phrase]
                        return Token(kind, key, i, end, phrase)
        return best

    def _negation_at(self, text: str) -> bool:
        """（不算一分没花的）, (excluding …), （户籍档案那张除外）, (up or down): a bracket opening with a negation, ending
        with one, or written in English words is a clause, not a name tag."""
        return any(text.startswith(p) and self.entries[p][0] == "not" for p in self.by_first.get(text[0], ())) \
            or any(text.endswith(p) for p, key in self.lexicon.keys("not_after").items()) \
            or not re.search(r"[\u4e00-\u9fff]", text) and " " in text.strip()

    def _quoted(self, text: str, i: int) -> Token | None:
        """A quoted name: a store name in full, else part of project names or of indicator names."""
        found = quoted_at(text, i)
        if found is None:
            return None
        end, content = found
        if any(text.startswith(phrase, i) and len(phrase) > end - i and self.entries[phrase][0] in _NAME_KINDS
               for phrase in self.by_first.get(text[i], ())):
            return None  # “四个一”路灯…费: the quote opens a longer name the store holds, and that name is meant
        kind, key = self.entries.get(content, (None, None))
        if content in self.grades:  # 等级“良”: a grade, never part of a name
            return Token("grade", content, i, end, text[i:end])
        if kind in _NAME_KINDS:
            return Token(kind, key, i, end, text[i:end])
        column = quoted_column(content, self.names.projects, self.names.indicators)
        return Token(f"quoted_{column}", content, i, end, text[i:end]) if column else None


_NAME_KINDS = ("project", "unit", "department", "tag")


def _english_names(text: str, lexicon: Lexicon, entries: dict) -> dict[int, tuple[int, str, str]]:
    """English office names mapped to the store's Chinese names: start → (end, kind, key)."""
    found = {}
    for english, chinese in sorted(lexicon.names_en.items(), key=lambda item: -len(item[0])):
        words = r"[\s\-]".join(re.escape(word) for word in re.split(r"[\s\-]", english))  # petitions-office
        for match in re.finditer(words, text):
            if match.start() in found or not _bounded(text, match.start(), match.end()):
                continue
            target = next(((kind, key) for phrase, (kind, key) in entries.items()
                           if kind in ("tag", "unit", "department") and chinese in phrase), None)
            if target:
                found[match.start()] = (match.end(), *target)
    return found


def _number_at(text: str, i: int, lexicon: Lexicon) -> Token | None:
    """A number starting at i with what follows it: 50%, 七成, 100万元, 1 million yuan, 1,000,000元, 95分, 10个; a currency
    before it (¥500,000, RMB 1 million) and half a million."""
    currency = _CURRENCY.match(text, i)
    if currency:
        after = _number_at(text, currency.end(), lexicon)
        if after is not None and after.unit in (None, "amount"):
            value, factor = (after.value, after.factor) if after.unit == "amount" else (round(after.value * 0.0001, 6), 0.0001)
            return Token("number", "", i, after.end, text[i:after.end], value, "amount", factor)
    half = _HALF_SCALE.match(text, i)
    if half:
        factor = float(lexicon.keys("scale").get(half.group(1), 0) or 0)
        if factor:
            return Token("number", "", i, half.end(), half.group(0), round(0.5 * factor, 6), "amount", factor)
    fraction = _FRACTION.match(text, i)
    if fraction:
        den, num = _to_number(fraction.group("den") or fraction.group("d")), _to_number(fraction.group("num") or fraction.group("n"))
        if den and num is not None and num < den:  # 3/4 as 四分之三; 5/3 is no share
            return Token("number", "", i, fraction.end(), fraction.group(0), 100.0 * num / den, "percent")
    match = _NUMBER.match(text, i)
    if not match or (i > 0 and text[i - 1].isdigit()):
        return None
    value = _to_number(match.group("num"))
    if value is None or (match.group("num") == "one" and english_numbers.pronoun_one(text, i)):
        return None  # "the one approved at the start of the year": a pronoun, no figure
    end, unit = match.end(), None
    if match.group("pct"):
        return Token("number", "", i, end, text[i:end], value, "percent")
    rest = text[end:]
    if rest.startswith("成") and value <= 10:
        tenth = re.match(r"成([一二三四五六七八九])(?![十百千万成分])", rest)  # 九成五: 95%
        if tenth:
            return Token("number", "", i, end + 2, text[i:end + 2], value * 10 + _CN_DIGITS[tenth.group(1)], "percent")
        return Token("number", "", i, end + 1, text[i:end + 1], value * 10, "percent")
    if 0 < value < 1 and "." in match.group("num") and re.match(r"\s+of\b", rest):
        return Token("number", "", i, end, text[i:end], round(value * 100, 6), "percent")  # 0.7 of their budget: 70%
    spaced = re.match(r"\s*-?", rest).end()  # 100-point, 5-million
    for kind in ("percent", "scale"):
        for phrase in sorted(lexicon.keys(kind), key=len, reverse=True):
            if rest.startswith(phrase, spaced) and _bounded(text, end + spaced, end + spaced + len(phrase)) \
                    or (not spaced and rest.startswith(phrase) and not re.match(r"[a-z0-9]", rest[len(phrase):len(phrase) + 1])):  # 200k
                factor = lexicon.keys(kind)[phrase]
                end += spaced + len(phrase)
                if kind == "percent":
                    return Token("number", "", i, end, text[i:end], value, "percent")
                if factor == "score":
                    return Token("number", "", i, end, text[i:end], value, "score")
                value *= float(factor)
                # "1 million yuan", "100万元": a currency after a scale word belongs to the figure.
                currency = re.match(r"\s*(yuan|rmb|元)(?![a-z])", text[end:])
                if currency and float(factor) != 0.0001:
                    end += currency.end()
                if round(value, 6) == 1.0 and _names_the_unit(text, i, end):
                    return Token("stop", "unit", i, end, text[i:end])  # "in 10k yuan", "(10,000 yuan)": the unit, no figure
                return Token("number", "", i, end, text[i:end], round(value, 6), "amount", float(factor))
    times = re.match(r"\s*(倍|times\b)", rest)
    if times:  # 2倍, 1.5 times: a multiple of another figure
        return Token("number", "", i, end + times.end(), text[i:end + times.end()], value, "times")
    if re.match(r"年(?!初|中|底|末)", rest) and value.is_integer() and 1900 <= value <= 2099 and "." not in match.group("num"):
        return Token("number", "", i, end, text[i:end], value, "year")  # 2024年再付: a year, never a rate's or an amount's figure
    if re.match(r"(个|项|条|份|张|家|次|名(?!称|字)|位)", rest):
        end, unit = end + 1, "count"
    if i > 0 and text[i - 1] in "前后" and re.match(r"(?:$|[的名呢，,。？?\s])", rest):  # 排名前三的: how many ranked
        unit = unit or "count"
    elif re.fullmatch(r"[一二两三四五六七八九十百千]", match.group("num")) and unit is None and not re.match(r"\s*[%以]", rest):
        return None  # a lone 一 / 二 inside words (一共, 二级) is not a figure
    return Token("number", "", i, end, text[i:end], value, unit)


def _names_the_unit(text: str, start: int, end: int) -> bool:
    """Whether the amount at start..end names the unit answers are in ("in 10k yuan", "(10k yuan)", "单位：万元")."""
    before = text[:start].rstrip().lower()
    after = text[end:].lstrip()
    return before.endswith((" in", "(", "（", "单位：", "单位:", "以")) and (not after or after[0] in ")）?？,，.。;；")


def _with_field(token: Token) -> list[Token]:
    """平均分 names a statistic and its field (the field only counts when the question names no other); 第二高 an
    ordinal and the end of the ranking it counts from."""
    if token.kind not in ("aggregate", "ordinal") or "+" not in token.key:
        return [token]
    first, second = token.key.split("+", 1)
    return [Token(token.kind, first, token.start, token.end, token.text),
            Token("weak_field" if token.kind == "aggregate" else "superlative", second, token.start, token.end, token.text)]


def _noun_phrases(text: str, tokens: list[Token]) -> list[Token]:
    """Topics written as one noun phrase ("information collection devices", "devices for collecting information")
    become one topic whose key lists each word's Chinese terms, separated by ";"."""
    merged: list[Token] = []
    for token in tokens:
        back = len(merged) - 1
        while back >= 0 and merged[back].kind == "stop":
            back -= 1
        previous = merged[back] if back >= 0 else None
        if token.kind == "topic" and previous is not None and previous.kind == "topic" \
                and re.fullmatch(r"[\s\-]*(?:(?:of|for|about|on|the|a|an)[\s\-]+)*", text[previous.end:token.start]):
            del merged[back:]
            merged.append(Token("topic", f"{previous.key};{token.key}", previous.start, token.end, text[previous.start:token.end]))
        else:
            merged.append(token)
    return merged
