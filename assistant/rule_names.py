"""Rule-based recognisers of names and categories: checks, offices, units, years, grades, projects, indicators, quoted text."""

from __future__ import annotations

import functools
import re

from assistant import data_files, example_list
from assistant import vocabulary as vocab
from assistant.labels import _label_check
from assistant.question_text import _Text, _first_of, _word_pattern
from assistant.rule_helpers import _State, _generic, _glossary_term
from assistant.rules_query import Query
from assistant.quoted_terms import QUOTED_PART as _QUOTED_PART
from assistant.quoted_terms import glossed as _glossed, negation_variants as _negation_variants, unquoted as _unquoted


class NameRecognisers:
    """Recognisers that fill filters from the names a question uses (mixed into Interpreter)."""

    def _checks(self, text: _Text, query: Query, state: "_State") -> None:
        from assistant.saying import said_clause

        # "which form talks about solving meal problems …": a word for findings inside the clause a form must say
        # is the clause's own word, not a question about check findings
        clause = said_clause(text.text, query.lang, vocab.STOPWORDS_ZH)
        for phrases, codes, severities in vocab.CHECK_PHRASES:
            hit = _first_of(text, phrases, take=False)
            if not hit or (severities and not codes and clause and clause[0] <= hit[1] and hit[2] <= clause[1]):
                continue
            if text.text[max(0, hit[1] - 1):hit[1] + 2] == "有没有":
                continue  # 有没有填写偏差原因: whether it is filled in, a yes/no question, not the finding that it is not
            text.take(hit[1], hit[2])
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
        for phrase, field_name in _zero_figure_phrases():
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
            note = ""
            if year not in self.catalog.years:
                # 去年的目标 in a store of one year: the forms are written the year after, so the newest is "last year"
                year = max(self.catalog.years)
                note = (f" ({relative[0]}: the newest year held)" if query.lang == "en" else f"（{relative[0]}按库中最新年度读）")
            if year not in query.form_filter.years:
                query.form_filter.years.append(year)
                query.labels.append(f"{'year' if query.lang == 'en' else '年度'} = {year}{note}")
            state.structured = state.categorical = True
        if cue:
            from assistant.form_text import asked_field

            # "the exact wording" of a deviation column, 偏差原因是怎么写的: the form's reason quoted, not an indicator's wording
            # "how were the allowances covered?": how something was done, not how an indicator was worded
            how_done = cue[0] in ("how was", "how were") and not re.search(
                r"\b(?:word|phras|writ|formulat|defin|describ|stat|express|fram|specifi|set\b|indicator|target|kpi|metric)",
                text.text[text.text.find(cue[0]):], re.IGNORECASE)
            state.wording = asked_field(text.text) != "reason" and not how_done

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
            described = self._described(raw, i, best_end) if best_end is not None else None
            if described is not None and text.free(i, described):
                # 视频监控全覆盖那个项目: a form pointed at by what its text says, not by its name
                phrase = raw[i:described]
                text.take(i, described)
                query.form_filter.text_contains.append(phrase)
                query.labels.append(("mentions “" if query.lang == "en" else "提到“") + phrase + "”")
                state.structured = True
                state.names += self._names_saying(phrase)  # the forms meant, as a name would give them
                i = described
                continue
            if best_end is not None:
                fragment = raw[i:best_end].strip()
                # 社工站, 社工点: a whole short name (社工) said as part of a longer word names the forms holding it, not that one
                exact = fragment in self.cores and not re.match(r"[\u4e00-\u9fff]", raw[best_end:best_end + 1].translate(_NAME_ENDS))
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
        if not query.indicator_names:
            # “来登去消”那个指标: a quoted piece of indicator names (of no project name), called an indicator, names those
            # rows (目标值写成“满意度” quotes what a column says, which the query model reads)
            for match in re.finditer(r"[“\"「『]([^”\"」』]{2,})[”\"」』]", text.text):
                piece = match.group(1)
                called = re.match(r"\s*(?:那个|这个|这一|这条|那条|的)?\s*(?:指标|indicator)", text.text[match.end():], re.IGNORECASE)
                if called and any(piece in name for name in self.catalog.indicator_names) and not any(
                        piece in name for name in self.catalog.project_names) and text.free(*match.span()):
                    query.indicator_names.append(piece)
                    text.take(*match.span())
                    state.structured = True
        if query.indicator_names:
            query.labels.append(("indicator " if query.lang == "en" else "指标 ") + "、".join(query.indicator_names))

    def _text_contains(self, text: _Text, query: Query, state: "_State") -> None:
        zh = re.compile(r"(提到|提及|提起|说到|写到|写了|写有|含有|包含|涉及|出现了?|谈到|讲到|带有|载有|引用|援引|引述)(了)?\s*[“\"'「『]?"
                        r"(?P<x>(?:[“\"「『][^”\"」』]+[”\"」』]|[^“”\"'「」『』，,。？?！!])+?)[”\"'」』]?\s*"
                        r"(?=的项目|的表|的自评表|的|项目|字样|这个词|文件|一词|二字|$|[，,。？?！!])")
        en = re.compile(r"\b(mentions?|mentioning|mentioned|contains?|containing|refers? to|referring to|talks? about|quotes?|quoting|cites?|citing|"
                        r"talking about|says?|saying|with the (?:word|words|phrase|text))\s+[“\"']?(?P<x>[^”\"'?!.,]+?)[”\"']?\s*(?=$|[?!.,]|\b(?:and|in|from|with|that)\b)")
        for pattern in (zh, en):
            for match in list(pattern.finditer(text.text)):
                if not text.free(match.start(), match.end()) or any(
                        len(name) >= 3 and text.text.startswith(name.lower(), match.start()) for name in self.catalog.indicator_names):
                    continue  # 涉及点位目标多少: the verb begins an indicator's name, no mention
                rest = re.findall(r"[a-z]{3,}", re.split(r"[?!.]", text.text[match.end():])[0])
                if pattern is en and re.fullmatch(r"says?|saying|said", match.group(1)) and len(rest) >= 3:
                    continue  # says participation in the check-ups fell below target: a clause, which a narrative reads
                listed = example_list.find(match.group("x"))
                if listed is not None and listed.start > 0:
                    continue  # 提到设备租赁（比如摄像头、采集终端）: a topic with examples, which a narrative search reads
                phrase = _glossed(example_list.without_fillers(match.group("x").strip()))  # 体检这类事情 → 体检
                phrase = re.sub(r"^(?:the\s+)?(?:year|number|figure)\s+(?=\d{2,}$)", "", phrase, flags=re.IGNORECASE)
                if re.fullmatch(r"[\d一二三四五六七八九十百两几]+\s*[条个项次份家]\s*(?:以上|以下|多|左右|及以上|以内)?", phrase) or phrase in example_list.filler_words():
                    continue  # 指标写了十条以上: a count of rows; 写了东西: something written; no words the text says
                if not re.search(r"[\u4e00-\u9fff]", phrase) and not re.fullmatch(r"\d{2,}", phrase):
                    # (a number such as 110 is written as it is asked)
                    phrase = _glossary_term(phrase) or ""
                    if not phrase:
                        continue  # an English phrase the forms cannot contain verbatim: leave it to search
                # "提到“两新”党建或“两新”党组织": either wording; quotes that wrap a whole term are not part of it
                phrase = self._quoted_only(phrase)  # “闵浦府抄”文号, “让数据多跑腿”等字样: the quote is what the text says
                terms = [_unquoted(t) for part in re.split(r"或者|或是|或|还是|、", phrase) for t in part.split()]
                if re.search(r"[\u4e00-\u9fff]", phrase):
                    # mentions the 人才驿站, talks about building the 人才驿站: an English word beside the forms' own words
                    # is said by them only through its gloss; an article or a word with none is no term
                    terms = [(_glossary_term(t) or "") if re.fullmatch(r"[A-Za-z][A-Za-z'-]*", t) else t for t in terms]
                if len(terms) == 1 and self._paraphrased(terms[0]):
                    continue  # 写了后续调整经费 where the form writes 后续及时调整经费: a narrative search reads it
                before = text.text[:match.start()]
                if re.search(r"(?:没有|没|未曾|未|并未|从未|不曾)\s*$|\b(?:do|does|did)\s+not\s*$|\b(?:don't|doesn't|didn't|never|not|"
                             r"without)\s*$", before, re.IGNORECASE):
                    query.mentions_negated = True  # 没提到资金紧张: the forms that do not say it
                text.take(match.start(), match.end())
                for term in (v for t in terms if t for v in _negation_variants(t)):
                    if term not in query.form_filter.text_contains:
                        query.form_filter.text_contains.append(term)
                        query.labels.append(("mentions “" if query.lang == "en" else "提到“") + term + "”")
                state.structured = True
                self._text_scope(text, query)

    def _quoted_only(self, phrase: str) -> str:
        """The quoted fragment of a phrase when the words around it describe it (“闵浦府抄”文号, a document number
        “闵浦府抄”, “让数据多跑腿”等字样); the phrase itself when the forms print it quotes and all (“两新”党建)."""
        quotes = list(_QUOTED_PART.finditer(phrase))
        quoted = quotes[0] if len(quotes) == 1 else None  # “两新”党建或“两新”党组织, “资金紧张”、“经费不足”: alternatives, each read
        if quoted is None or quoted.group(0) == phrase.strip() or phrase.lower() in self.catalog.text:
            return phrase
        return quoted.group(1)

    def _name_scope(self, text: _Text, query: Query, state: "_State") -> None:
        """Which project titles include 街道 / 项目名称里带“经费”: the names hold the word, whatever the text says."""
        from assistant import name_scope

        found = name_scope.read(text.text)
        if found is None or not text.free(found[0], found[1]):
            return
        text.take(found[0], found[1])
        if found[2] not in query.form_filter.name_contains:
            query.form_filter.name_contains.append(found[2])
            query.labels.append(f"project name contains “{found[2]}”" if query.lang == "en" else f"项目名含“{found[2]}”")
        state.structured = True

    def _text_scope(self, text: _Text, query: Query) -> None:
        """预期目标里提到… / mentioned in their goals or outcomes: where the mention must be said."""
        from assistant import text_scope

        scope = text_scope.read(text.text)
        if scope is None or query.form_filter.text_fields or not text.free(scope.start, scope.end):
            return
        text.take(scope.start, scope.end)
        query.form_filter.text_fields = list(scope.fields)
        query.labels.append(("in: " if query.lang == "en" else "限于：") + text_scope.label(scope, query.lang))


    def _described(self, raw: str, start: int, name_end: int) -> int | None:
        """Where a description of a form ends when a name part runs on into words no name holds but a form's text
        says, up to "那个项目" / "那张表" (视频监控全覆盖那个项目); None otherwise."""
        run = re.match(r"[\u4e00-\u9fff]+?(?=那个|那张|那项|这个项目)", raw[name_end:])
        if run is None:
            return None
        end = name_end + run.end()
        phrase = raw[start:end]
        return end if phrase not in self.names_blob and phrase in self.catalog.text else None

    def _names_saying(self, phrase: str) -> list[str]:
        """The project names whose text says a phrase (the catalog's text runs name, goal, outcome, rows per form)."""
        lowered = dict(zip(self.names_lower, self.catalog.project_names))
        found, current = [], None
        for line in self.catalog.text.split("\n"):
            if line in lowered:
                current = lowered[line]
            elif current and phrase in line and current not in found:
                found.append(current)
        return found

    def _paraphrased(self, term: str) -> bool:
        """Whether an unquoted mention without negation is said by no form as written, though every word of it is used."""
        from index.tokenize import cut_words

        if re.search(r"[“”\"'「」『』]", term):
            return False
        if term.lower() not in self.catalog.text and any(cue in term for cue in _cause_cues()):
            return True  # 执行率低是因为用量没法准确预估: an explanation in the reader's words, not a phrase to find
        if any(word in term for group in vocab.NEGATION_VARIANTS_ZH for word in group):
            return False
        words = [word for word in cut_words(term) if len(word) >= 2]
        return (len(words) >= 2 and term.lower() not in self.catalog.text
                and all(word.lower() in self.catalog.text for word in words))


# Characters that may follow a whole name (社工的, 社工项目, 社工那张表): the name ends there (read as a space).
_NAME_ENDS = str.maketrans({ch: " " for ch in "的那这项里中和与及跟在是有一两二三四五六七八九十各共全每表"})


def _cause_cues() -> tuple[str, ...]:
    """The lexicon's words that give a cause (是因为, due to)."""
    from assistant.lexicon import load as load_lexicon

    return tuple(load_lexicon().keys("cause"))


@functools.cache
def _zero_figure_phrases() -> tuple[tuple[str, str], ...]:
    """The phrases that say a figure is zero (零执行, spent nothing, no initial budget) and the field each is about."""
    return tuple((cells[0], cells[1]) for _, cells in data_files.rows("zero_phrases.tsv", 2, "'phrase<TAB>field'"))
