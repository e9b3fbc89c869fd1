"""Narrative answers: the forms whose text says what the question asks, each with its evidence, or the closest few."""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from assistant import vocabulary as vocab
from assistant.answer import Answer, AnswerRecord
from assistant.lexicon import load as load_lexicon
from assistant.answer_text import _interpretation, _names, _record, _zh
from assistant.rules_query import Query
from assistant.saying import asks_form_count, form_count, without_form_count
from assistant.synonyms import is_colloquial
from store import query as store_query
from store.query import FormFilter

# How many forms search passes on to be judged by their text: the set is cut from these by what they say.
CANDIDATES = 30
# Concepts this rare (said by at most half the forms: log(1 + 2)) also find candidates by keyword.
DISTINCTIVE = math.log(3)
# Words for money spent: a deferral question naming them asks about a payment put off.
_MONEY = frozenset({"支出", "执行数", "全年执行数", "经费", "资金", "费用", "款项"})
# Money owed (arrears carried into 2024, 拖欠到2024年): a payment put off, which the forms write as 2024年支付.
_OWED = frozenset({"欠款", "拖欠", "债务", "欠账", "欠费"})
# The Chinese terms an English search text was expanded by, at its end.
_EXPANSION = re.compile(r"(?:\s+[\u4e00-\u9fff]+)+\s*$")


def _paid_words() -> list[str]:
    """The Chinese payment words of the evidence cues ("paid": 支付, 拨付, 经费 …), two characters or more."""
    from assistant import evidence_set

    return [word for word in evidence_set.cues("paid") if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word)]


def _constrained(query: Query, store, form_filter: FormFilter | None) -> Answer | None:
    """A narrative question naming a year, or giving a cause: exactly the forms with a sentence that says so."""
    from assistant import evidence, evidence_set
    from assistant.synonyms import with_synonyms

    years = evidence.constraint_years(query.question, set(store_query.budget_years(store)))
    # 党群中心的项目里，哪些说…推到下一年才付: the name a filter already holds picks the forms, it is not what they say
    asked = without_form_count(query.question)  # 有几个项目…: the count asked is not what the text says
    for fragment in query.form_filter.name_contains:
        asked = asked.replace(fragment.strip("（）()"), " ")
    stopwords = set(vocab.STOPWORDS_ZH) | set(evidence_set.cues("filler")) | set(evidence_set.cues("frame"))  # 提到, 写到: the asking
    terms = with_synonyms(evidence.key_terms(asked, query.lang, stopwords), asked) if years else []
    form_ids = sorted(store_query.matching_form_ids(store, form_filter)) if form_filter is not None else None
    zh = _zh(query)
    deferral = [cue for cue in evidence_set.cues("deferral") if cue in query.question.lower()]
    if years and terms:
        if any(term in _OWED for term in terms):
            terms = list(dict.fromkeys([*terms, *_paid_words()]))
        found, sql = evidence.find(store, years, terms, form_ids)
        head = (f"文本同时提到 {'/'.join(years)} 与（{'、'.join(terms)}）之一的项目：" if zh
                else f"forms with a sentence naming {'/'.join(years)} and one of ({', '.join(terms)}):")
    elif deferral and not years and (terms := with_synonyms(evidence.key_terms(
            undeferred := re.sub("|".join(map(re.escape, deferral)), " ", asked, flags=re.IGNORECASE),
            query.lang, stopwords), undeferred) or _paid_words()):
        # (which projects report delays: nothing named as put off, so any payment put off)
        # 哪些项目推迟了支付 / deferred payment: a sentence naming a year after the form's own, with the thing put off.
        # Money put off (spending, 支出) is a payment put off: the forms write 2024年支付, not the question's word.
        if any(term in _MONEY or term in _OWED for term in terms):
            terms = list(dict.fromkeys([*terms, *_paid_words()]))
        found, sql = evidence.find_later(store, terms, form_ids)
        if not found:
            return None
        head = (f"文本写到本年度之后的年份与（{'、'.join(terms)}）之一的项目：" if zh
                else f"forms with a sentence naming a year after their own and one of ({', '.join(terms)}):")
    else:
        # 执行率低是因为实际使用无法预估: the forms giving that explanation, every key word of it in one sentence.
        clause = evidence.cause_clause(query.question, load_lexicon().keys("cause"))
        terms = evidence.key_terms(clause, query.lang, vocab.STOPWORDS_ZH) if clause else []
        if len(terms) < 2:
            return None
        found, sql = evidence.find_saying(store, terms, form_ids)
        if not found:
            return None  # no sentence says all of it: a search by meaning answers
        head = (f"文本在同一句中写到（{'、'.join(terms)}）的项目：" if zh
                else f"forms with one sentence saying all of ({', '.join(terms)}):")
    if years or deferral:
        found, narrowed = _narrowed(found, evidence.key_terms(asked, query.lang, stopwords))
        if narrowed:
            head = head.rstrip("：:") + (f"，且同一句写到（{'、'.join(narrowed)}）：" if zh else f", also saying ({', '.join(narrowed)}):")
    query.previous_form_ids = [item.form_id for item in found]
    lines = [f"· {item.project_name}：{item.sentence}" for item in found]
    return Answer(question=query.question, interpretation=_interpretation(query, len(found), head.rstrip("：:")),
                  text=(head + "\n" + "\n".join(lines)) if found else ("没有项目的文本这样说。" if zh else "No form says so."),
                  kind="search", records=[AnswerRecord(item.form_id, item.project_name, item.year, item.sentence) for item in found],
                  highlight_terms=years + terms, sql=sql, value=form_count(query.question, [item.form_id for item in found]) if found else None)


def _narrowed(found: list, terms: list[str]) -> tuple[list, list[str]]:
    """Deferral sentences narrowed by the question's own words (补贴推迟到2024年: the subsidy one of them): the words
    beyond money and payment that some but not all of the sentences say; every one of them must be said. A word no
    sentence says is read in the forms' names (retention money paid in 2024: the 质保金 forms say only 2024年支付)."""
    from assistant import evidence_set

    general = evidence_set.cues("paid") + evidence_set.cues("deferral")
    narrowing: list[tuple[str, str]] = []
    for term in terms:
        if any(word in term for word in general):
            continue
        for part in ("sentence", "project_name"):
            count = sum(term in getattr(item, part) for item in found)
            if count:
                if count < len(found):
                    narrowing.append((term, part))
                break
    # the sentences' own words first; the names only when no sentence narrows (party subsidies: 补贴 says it, 党建 not)
    if any(part == "sentence" for _term, part in narrowing):
        narrowing = [(term, part) for term, part in narrowing if part == "sentence"]
    kept = [item for item in found if all(term in getattr(item, part) for term, part in narrowing)]
    narrowing = [term for term, _part in narrowing]
    return (kept, narrowing) if kept and narrowing else (found, [])


@dataclass
class _Judged:
    """Candidate forms judged by their text: the concepts asked, each form's evidence, and the forms chosen."""

    wanted: list
    unsaid: list
    hits: list
    supports: list
    chosen: list
    note: str = ""


def _search(query: Query, store, search) -> Answer:
    from assistant import unsaid_search

    if (unsaid := unsaid_search.answer(query, store, search, _search)) is not None:
        return unsaid  # 没有说资金紧张: the forms in scope less those saying it
    held = set(store_query.budget_years(store))
    unheld = [year for year in query.form_filter.years if year not in held]
    if unheld:
        # paid in 2024 (on 2023 forms): a year no form is budgeted for is what the text says, not which forms
        query.form_filter.years = [year for year in query.form_filter.years if year in held]
        query.labels = [label for label in query.labels if not any(str(year) in label for year in unheld)]
    form_filter = None if query.form_filter.is_empty() else query.form_filter
    constrained = _constrained(query, store, form_filter)
    if constrained is not None:
        return constrained
    judged = _either(query, store, search) or _judge(query, store, search, query.form_filter, named=True)
    if _structured(query.form_filter) and (judged.wanted or judged.unsaid) and all(
            concept.weight < DISTINCTIVE and concept.forms > 0 and not is_colloquial(concept.label) for concept in judged.wanted):
        # graded 优 despite using under 60% of their funds: the conditions say which forms; words most of those
        # forms say (funds) tell none apart, so they are the question's wording, named as unused, not a filter
        # (a colloquial phrase of the synonym table, 钱紧, is what the text must say: never wording)
        from assistant.execute import run

        labels = [label for label in query.labels if not label.startswith(("search: ", "检索："))]
        listed = run(dataclasses.replace(query, intent="list", labels=labels), store, None)
        words = "、".join(concept.label for concept in judged.wanted + judged.unsaid)
        listed.text += ("\n未使用：" if _zh(query) else "\nignored: ") + words
        return listed
    unsaid_in_named = any(concept.forms == 0 for concept in judged.wanted)
    # a whole project name the question says (社工 of 给司法社工的) pins that form by id
    pinned = [label.split(" = ", 1)[1] for label in query.labels if label.startswith(("项目 = ", "project = "))]
    # (an office's tag in brackets, （平安办）, is the filter it says, never a word the text says instead)
    name_words = [word for word in query.form_filter.name_contains if not word.startswith(("（", "("))] or (
        pinned if query.form_filter.form_ids and not query.form_filter.name_contains else [])
    if (not judged.chosen or unsaid_in_named) and name_words:
        # 解决派出所后勤人员的就餐问题 / 协管员是从别处抽调来的: a word read as part of a project's name may be what the
        # text says instead, when the forms so named say nothing, or not all, of what was asked.
        wider = dataclasses.replace(query.form_filter, name_contains=[word for word in query.form_filter.name_contains
                                                                    if word not in name_words],
                                    form_ids=query.form_filter.form_ids if query.form_filter.name_contains else None)
        retried = _judge(query, store, search, wider, named=False, names=name_words)
        if retried.chosen and (not judged.chosen or (not any(concept.forms == 0 for concept in retried.wanted) and all(
                word in support.sentence for support in retried.chosen for word in name_words))):
            # (beside an answer in the named forms, only one whose sentences say the name word itself: 协管员, not 安保经费)
            judged = retried
            words = "、".join(name_words)
            judged.note += (f"（“{words}”按文本而非项目名读）\n" if _zh(query) else f"(“{words}” read in the text, not the names)\n")
            query.labels = [label for label in query.labels if not any(word in label for word in name_words)]
    return _supported(query, judged)


def _either(query: Query, store, search) -> _Judged | None:
    """Clauses joined by "or" (could not be predicted, or turnout fell short): each judged alone, the forms of any;
    None when the question joins no clauses or no clause is said."""
    from assistant.clause_or import clauses
    from assistant.rule_helpers import question_for_search

    parts = clauses(_narrative_part(query), query.lang)
    if parts is None:
        return None
    each = [_judge(dataclasses.replace(query, search_text=question_for_search(part, query.lang)), store, search,
                   query.form_filter, named=True) for part in parts]
    chosen = list({support.form_id: support for judged in each for support in judged.chosen}.values())
    if not chosen:
        return None
    return _Judged([c for judged in each for c in judged.wanted], [c for judged in each for c in judged.unsaid],
                   [hit for judged in each for hit in judged.hits], [s for judged in each for s in judged.supports],
                   chosen, each[0].note)


def _structured(form_filter: FormFilter) -> bool:
    """Whether conditions other than names or quoted text pick the forms (ranges, grades, units, years, checks)."""
    return bool(form_filter.ranges or form_filter.grades or form_filter.units or form_filter.departments
                or form_filter.years or form_filter.finding_codes or form_filter.severities)


def _judge(query: Query, store, search, form_filter: FormFilter, named: bool, names: list[str] | None = None) -> _Judged:
    """Find candidate forms (search, and keywords of the question's concepts) and judge each by its best evidence.

    Args:
        query: the question read.
        store: a store.Store.
        search: the search backend, or None for keywords alone.
        form_filter: the conditions the forms must meet.
        named: the project-name words of the filter are names (else they are words the text must say).
        names: the project-name words, when not the filter's name parts (a whole name pinned by id).

    Returns:
        The judged candidates.
    """
    from assistant import evidence, evidence_set, text_source
    from assistant.disjunction import alternative_concepts
    from assistant.saying import asks_figure
    from index.hits import Hit

    scope = None if form_filter.is_empty() else form_filter
    scope_ids = sorted(store_query.matching_form_ids(store, scope)) if scope is not None else None
    names = list(names if names is not None else query.form_filter.name_contains)
    fields = _fields(query)
    narrative = evidence.full_years(_narrative_part(query), set(store_query.budget_years(store))) \
        + ("" if named else " " + " ".join(names))
    source = text_source.source(store, search, scope_ids, fields)
    wanted, unsaid = evidence_set.weighted(store, alternative_concepts(
        narrative, query.lang, vocab.STOPWORDS_ZH, names if named else []), source=source)
    if search is None:
        hits, note = [], ("（检索索引不可用，按关键词匹配）" if _zh(query) else "(search index unavailable; keyword match) ")
    else:
        hits, note = search.search(query.search_text or query.question, k=CANDIDATES, mode="hybrid", form_filter=scope,
                                   fields=list(fields) or None), ""
    # Forms saying most of the question's distinctive words, or the forms' other words for them, are judged too:
    # search may rank a form writing 修缮 low for 装修, and without an index they are the only candidates (all of
    # them). Over the whole store beside a search only the distinctive words count (most forms say the others).
    everything = search is None or scope is not None
    distinctive = [concept for concept in wanted if everything or concept.weight >= DISTINCTIVE]
    seen = {hit.form_id for hit in hits}
    extra = [form_id for form_id in evidence_set.saying_most(source, distinctive, _judged_limit(search, source), wanted)
             if form_id not in seen]
    hits += [Hit(form_id=form_id, project_name="", year=None, field="", snippet="", score=0.0) for form_id in extra]
    forms = source.texts([hit.form_id for hit in hits])
    # 有几个项目说资金紧张: the forms are counted, no figure is asked of their text
    figure = asks_figure(query.question) and not asks_form_count(query.question)
    timing = evidence_set.uses_cue(query.question, "timing")
    supports = []
    for hit in hits:
        support = evidence_set.best_evidence(forms[hit.form_id], wanted, figure, timing) if hit.form_id in forms else None
        if support is not None:
            # without an index, what the whole text says is the lexical measure search would have given
            support.score = hit.score if search is not None else support.whole
            supports.append(support)
    unsaid_count = len(unsaid) + sum(1 for concept in wanted if concept.forms == 0 and not concept.optional)
    unsaid_words = unsaid_count - len(unsaid)
    chosen = evidence_set.select(supports, evidence_set.is_singular(query.question),
                                 unsaid_count / max(1, len(unsaid) + len(wanted)), unsaid_words / max(1, len(wanted)))
    if names and all(name.startswith(("（", "(")) for name in names) \
            and any(not concept.named and concept.forms > 0 for concept in wanted):
        # an office's tag says which forms, not what they say: a form must say some of what was asked beyond it
        # (党群中心的项目里哪些说缺钱: not 事业编残保金（党群中心）, whose name alone holds the tag's words)
        chosen = [support for support in chosen if support.beyond_name]
    from assistant.topic_forms import ranked  # 信访方面的项目, the police-station projects: name, unit, then text

    from assistant.topic_union import gathered  # 信访、维稳这一块都调出来: every form about any topic listed

    chosen = gathered(query.question, query.lang or "zh", wanted, ranked(query.question, wanted, chosen, store, scope_ids),
                      store, form_filter, source)
    return _Judged(wanted, unsaid, hits, supports, chosen, note)


def _judged_limit(search, source) -> int | None:
    """How many forms found by keyword are judged beside search's: all of them when the words are read from memory
    (the index's snippet table: judging is cheap, and the answer is the whole set) or there is no search; else as
    many as search gives, since each costs the store a load."""
    from assistant.text_source import SnippetSource

    return None if search is None or isinstance(source, SnippetSource) else CANDIDATES


def _supported(query: Query, judged: _Judged) -> Answer:
    """The chosen forms, each with its evidence sentence; when none, the closest few, marked not certain."""
    from assistant import evidence_set

    zh = _zh(query)
    wanted, unsaid, chosen, note = judged.wanted, judged.unsaid, judged.chosen, judged.note
    said = "、".join(c.label for c in wanted) if zh else ", ".join(c.label for c in wanted)
    missing = ""
    nowhere = [c.label for c in wanted if c.forms == 0]
    if nowhere:
        words = "、".join(nowhere) if zh else ", ".join(nowhere)
        missing += (f"\n（没有项目的文本写到：{words}）" if zh else f"\n(no form's text says: {words})")
    if unsaid:
        words = "、".join(c.label for c in unsaid) if zh else ", ".join(c.label for c in unsaid)
        missing += (f"\n未使用：{words}" if zh else f"\nignored: {words}")
    query.previous_form_ids = [support.form_id for support in chosen]
    terms = sorted({word for concept in wanted for word in concept.alternatives})
    if chosen:
        head = (f"文本写到（{said}）的项目：{len(chosen)} 个" if zh else f"forms whose text says ({said}): {len(chosen)}")
        lines = [f"· {support.project_name}（{support.year}）：{support.sentence}" for support in chosen]
        value = _counted_figure(query, wanted, chosen)
        if value is None and asks_form_count(query.question):
            value = float(len(chosen))  # how many forms mention check-ups: the set found, counted
        return Answer(question=query.question, interpretation=_interpretation(query, len(chosen), head.rsplit("：", 1)[0]
                                                                                if zh else head.rsplit(":", 1)[0]),
                      text=note + head + "\n" + "\n".join(lines) + missing, kind="search",
                      records=[AnswerRecord(s.form_id, s.project_name, s.year, f"{s.field}: {s.sentence}") for s in chosen],
                      highlight_terms=terms, value=value)
    nearest = sorted(judged.supports, key=lambda support: -support.coverage)[:evidence_set.CLOSEST] or [
        evidence_set.Support(hit.form_id, hit.project_name, hit.year, hit.field, hit.snippet, 0.0)
        for hit in [hit for hit in judged.hits if hit.project_name][:evidence_set.CLOSEST]]
    closest = [AnswerRecord(s.form_id, s.project_name, s.year, f"{s.field}: {s.sentence}") for s in nearest]
    lines = [f"{i}. {s.project_name}（{s.year}）— {s.sentence}" for i, s in enumerate(nearest, 1)]
    if zh:
        text = "没有项目的文本明确这样说。" + ("最接近的（不确定）：\n" + "\n".join(lines) if lines else "")
    else:
        text = "No form's text clearly says so." + (" Closest, not certain:\n" + "\n".join(lines) if lines else "")
    return Answer(question=query.question, interpretation=_interpretation(query, 0, "不确定" if zh else "not certain"),
                  text=note + text + missing, kind="search", records=[], closest=closest, highlight_terms=terms)


def _counted_figure(query: Query, wanted, chosen) -> float | None:
    """How many devices were rented: with one form found, the figure its sentence gives for the thing counted."""
    from assistant.saying import asks_figure, counts_a_thing
    from assistant.sentence_figure import asked_unit, figure_in

    if len(chosen) != 1 or not (counts_a_thing(query.question) or asks_figure(query.question)):
        return None
    return figure_in(chosen[0].sentence, [word for concept in wanted for word in concept.alternatives],
                     asked_unit(query.question))


def _narrative_part(query: Query) -> str:
    """The words of the question the text must say: the search text, without the Chinese an English one was expanded
    by, nor the part of the form it names as where they are said (in their goals, 偏差原因中)."""
    from assistant import text_scope

    text = without_form_count(query.search_text or query.question)  # 项目共有几个: counted, not said
    if query.lang == "en":
        text = _EXPANSION.sub("", text)
    scope = text_scope.read(text)
    return text if scope is None else text[:scope.start] + " " + text[scope.end:]


def _fields(query: Query) -> tuple[str, ...]:
    """The text fields the question places its words in (the filter's, else the question's), or () for all."""
    from assistant import text_scope

    if query.form_filter.text_fields:
        return tuple(query.form_filter.text_fields)
    scope = text_scope.read(query.question)
    return () if scope is None else scope.fields
