"""The text a question asks of a form it names: its goal, outcome, reason given or indicator rows, quoted whole."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from . import data_files

from assistant import vocabulary as vocab
from assistant.answer import Answer, AnswerRecord
from assistant.answer_text import _interpretation, _zh
from assistant.described_form import described_forms
from assistant.rules_query import Query
from store import query as store_query
from store.query import FormFilter
from store.readonly_sql import run_select

FIELDS = ("goal", "outcome", "reason", "cause", "rows", "goal_alone", "share", "share_of", "short", "met")
# A question naming more forms than this asks about a group (平安办的目标), not about one form's own words.
MAX_NAMED_FORMS = 3
# A follow-up asks the text of the previous answer's forms when there are at most this many (an answer lists 12 names).
MAX_REFERRED_FORMS = 12
# A goal or outcome asked with a figure or row word (目标值是多少, how many, its satisfaction target) is an indicator
# row's, not the text.
_FIGURE_CUE = re.compile(r"多少|几[个人次台项份条名家]|数值|目标值|指标值|人数|数量|次数|面积|满意度|满意率|完成率|达标率|及时率|及时性"
                         r"|\btargets?\b|\bindicators?\b|\bmeasures?\b|\bkpis?\b|\bsatisfaction\b|how many|how much|\bnumbers?\b"
                         r"|\bvalues?\b|\bcount\b|percent|%",
                         re.IGNORECASE)
_LABELS = {"share": ("写到百分比的句子", "sentences giving a percentage"), "goal": ("年度总体目标", "goal"), "outcome": ("实际完成情况", "outcome"), "reason": ("原因", "reason"),
           "rows": ("全部指标", "indicator rows"), "timing": ("写到时间的指标或句子", "indicator rows or sentences saying when")}
# Words that make "which indicators" a condition on the rows (which indicators fell short), not their list.
_ROW_CONDITION_EN = re.compile(r"\b(?:not|no|without|below|above|under|over|less|more|than|missing|lost|full|fail\w*|fell|weight\w*|worth|"
                               r"met|meet|exceed\w*|score\w*|zero|equal\w*|higher|lower|mention\w*)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, ...]]:
    """field → phrases from assistant/data/asked_text.tsv, longest first, read once."""
    phrases: dict[str, tuple[str, ...]] = {}
    for _, cells in data_files.rows("asked_text.tsv", 2, f"one of {', '.join(FIELDS)} and phrases",
                                     lambda cells: cells[0] in FIELDS):
        found = [p.strip().lower() for p in cells[1].split("|") if p.strip()]
        phrases[cells[0]] = tuple(sorted(found, key=len, reverse=True))
    return phrases


def _says(text: str, phrase: str) -> bool:
    if phrase.isascii():
        # whole English words; a Chinese character next to one is a boundary (the goal平安治理… once a name is written in)
        return re.search(rf"(?<![a-z0-9_]){re.escape(phrase)}(?![a-z0-9_])", text) is not None
    return phrase in text


def asked_field(question: str) -> str | None:
    """The part of a form's text a question asks for, if it asks for one.

    Args:
        question: as typed.

    Returns:
        "rows", "reason", "goal", "outcome" (a reason first: "why was the goal missed" asks why) or "timing"
        (什么时候发: the rows saying when), or None.
    """
    from assistant.evidence_set import uses_cue

    text = re.sub(r"分别|各自", "", question.lower())  # 目标分别是什么 asks 目标是什么 of each
    bare = re.sub(r"[\s?？。！!]+$|(?:呢|吗|啊)$", "", text)
    # a figure beside "which indicators" (a weight of 15, over 90%) is a condition on the rows, a year is not
    figure = re.search(r"\d", re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", "", text)) is not None
    if not figure and any(bare.endswith(p) if not p.isascii() else (_says(text, p) and not _ROW_CONDITION_EN.search(text))
                          for p in _phrases()["rows"]):
        return "rows"
    if all(any(_says(text, phrase) for phrase in _phrases().get(role, ())) for role in ("share", "share_of")):
        return "share"  # 按工程款的百分之几付, what % of the fit-out cost: the share the form's text gives
    if _core(question) in _phrases().get("goal_alone", ()):
        return "goal"  # 它的目标呢？, what about its target?: said alone after a form, its goal (a row's is row_follow_up's)
    if not _ASKS_WHICH.search(text) and all(any(_says(text, phrase) for phrase in _phrases().get(role, ())) for role in ("short", "met")):
        return "reason"  # 钱不够咋付的, with funds tight, how were they covered: how the shortage was met, its reason sentences
    for field in ("reason", "goal", "outcome"):
        if any(_says(text, phrase) for phrase in _phrases()[field]):
            if field != "reason" and _FIGURE_CUE.search(text):
                return None
            return field
    return "timing" if uses_cue(text, "timing") else None


def _asks_outcome_too(question: str) -> bool:
    text = question.lower()
    return any(_says(text, phrase) for phrase in _phrases()["outcome"])


def named_forms(query: Query, store) -> list:
    """The forms a question names (a project name, quoted or bracketed), when it names a few and asks of no row.

    Args:
        query: the rule-based reading.
        store: a store.Store.

    Returns:
        The forms, or [] when the question names none, names a group, or names an indicator row or class.
    """
    found = query.form_filter
    if asked_field(query.question) == "reason" and not (found.name_contains or found.project_keys or found.form_ids):
        # why do projects below 50% … : the forms the conditions pick, when they are few, each with its reasons
        if not found.ranges or found.text_contains or query.indicator_names:
            return []
        forms = store_query.list_forms(store, found)
        return forms if 0 < len(forms) <= MAX_REFERRED_FORMS else []
    if asked_field(query.question) == "reason":
        # 人才活动为什么只花了一成多的钱: the figure is the premise of "why", not a condition on the form
        found = dataclasses.replace(found, ranges=[])
    referred = found.form_ids is not None and query.follow_up  # 它的目标是什么: the previous answer's forms
    if not (found.name_contains or found.project_keys or found.form_ids is not None) or query.indicator_names or query.indicator_level1 \
            or query.indicator_level2 or found.ranges or found.text_contains:
        return []
    forms = store_query.list_forms(store, found)
    if len(forms) > 1 and _PICKS_ONE.search(query.question):
        return []  # 两个项目中执行率较低的那个为什么…: the pick is a condition quoting both would drop
    return forms if 0 < len(forms) <= (MAX_REFERRED_FORMS if referred else MAX_NAMED_FORMS) else []


def _one_named(query: Query, store) -> list:
    """The one form a question names whatever else its words name (微史馆那笔质保金: the form every part of a name said
    fits; 南区规范化建设质保金…按装修工程款: the form named whole, not the part of a name the thing paid for shares)."""
    found = query.form_filter
    if found.form_ids:  # the forms a rewrite named: the one whose whole name the question says
        forms = store_query.list_forms(store, FormFilter(form_ids=list(found.form_ids)))
        forms = [form for form in forms if form.project_name in query.question] if len(forms) > 1 else forms
    elif found.project_keys:
        forms = store_query.list_forms(store, FormFilter(project_keys=list(found.project_keys), years=found.years))
    elif found.name_contains:
        parts = [part for part in found.name_contains if not _inside_base(part, query.question)] or list(found.name_contains)
        forms = store_query.list_forms(store, FormFilter(name_contains=parts, years=found.years))
        whole = [form for form in forms if form.project_name in parts]
        forms = whole or [form for form in forms if all(part in form.project_name for part in parts)] or forms
    else:
        return []
    return forms if len(forms) == 1 else _most_named(forms, query.question)


def _inside_base(part: str, question: str) -> bool:
    """Whether a part of a name is said only inside the amount a share is taken of (装修工程 in 占装修工程款多少个点: the
    base, a share_of phrase of assistant/data/asked_text.tsv ending in 款, 费 or 价, not the form's name)."""
    bases = [phrase for phrase in _phrases().get("share_of", ()) if not phrase.isascii() and phrase[-1] in "款费价"]
    spans = [(m.start(), m.end()) for base in bases for m in re.finditer(re.escape(base), question)]
    found = [m.start() for m in re.finditer(re.escape(part), question)]
    return bool(found) and all(any(a <= at and at + len(part) <= b for a, b in spans) for at in found)


def _most_named(forms: list, question: str) -> list:
    """The one form of several whose name shares the most two-character pieces with the question (南区质保金 of the two
    质保金 forms: 党群中心（南区）规范化建设质保金), or [] when none leads."""
    pieces = {question[i:i + 2] for i in range(len(question) - 1) if all("\u4e00" <= c <= "\u9fff" for c in question[i:i + 2])}
    shared = sorted(((sum(piece in form.project_name for piece in pieces), form) for form in forms), key=lambda pair: -pair[0])
    return [shared[0][1]] if len(shared) > 1 and shared[0][0] > shared[1][0] else []


# A superlative or comparison picking among the forms named.
_PICKS_ONE = re.compile(r"最|较|更|\b(?:highest|lowest|most|least|largest|smallest|biggest|higher|lower|larger|smaller)\b",
                        re.IGNORECASE)


# 它 / these / their: a question pointing back at the previous answer's forms.
_REFERS_BACK = re.compile(r"它们|它|这些|这几个|这个项目|该项目|上述|\b(?:those|them|its|their|these|each of them|this one|"
                          r"that one)\b", re.IGNORECASE)


def referring_back(query: Query, previous_ids: list[int] | None) -> Query | None:
    """"它的目标是什么" / "what were their goals" after an answer, or any text asked naming no form after a one-form
    answer (为啥用得少？, what did it achieve?): the same question of the previous answer's forms.

    Args:
        query: the rule-based reading of the follow-up.
        previous_ids: the forms the previous answer gave, or None.

    Returns:
        The query restricted to those forms (a follow-up), or None when the question asks no text of them.
    """
    found = query.form_filter
    named = [word for word in found.name_contains if word in query.question] or (found.project_keys and not query.follow_up)
    if not previous_ids or len(previous_ids) > MAX_REFERRED_FORMS or asked_field(query.question) is None \
            or not (_REFERS_BACK.search(query.question) or _bare(query.question) or len(set(previous_ids)) == 1) or named \
            or _ASKS_WHICH.search(query.question):
        return None  # (names the follow-up inherited are the previous answer's; 这几个里面哪个…写了: a pick, not their text)
    label = (f"上一问的 {len(previous_ids)} 个项目" if query.lang != "en" else
             f"the {len(previous_ids)} form{'s' if len(previous_ids) != 1 else ''} of the previous answer")
    return dataclasses.replace(query, intent="lookup", follow_up=True, form_filter=FormFilter(form_ids=list(previous_ids)), labels=[label])


# Words around a bare field asked as a follow-up ("why?", 原因呢, and the goal?).
_FILLER = re.compile(r"^(?:and|so|then|what about|how about|那么|那|还有)\s*|\s*(?:呢|then)?[\s?？。！!]*$", re.IGNORECASE)


# A pointer at the previous answer's form opening a bare field (它的目标呢, what about its target?).
_POINTER = re.compile(r"^(?:它的|它们的|这个项目的|该项目的|这张表的|its|their|the project's|the form's|this one's)\s*", re.IGNORECASE)


def _core(question: str) -> str:
    """The question without the glue and a pointer around a bare field (what about its target? → target)."""
    return _POINTER.sub("", _FILLER.sub("", _FILLER.sub("", question.strip().lower()))).strip()


def _bare(question: str) -> bool:
    """Whether a question is nothing but a field asked (why? / 为什么？ / 目标呢): it asks it of the previous forms."""
    core = _core(question)
    return core in _phrases().get("goal_alone", ()) or any(
        core == phrase or core == "the " + phrase for field in ("reason", "goal", "outcome") for phrase in _phrases()[field])


# A question that asks which forms (哪些项目的目标提到…) wants a set; one naming a form wants its text.
# 按哪个部门的要求 / 哪一年 asks what the named form's text says, not which forms.
_ASKS_WHICH = re.compile(r"\bwhich\b|\bwhat (?:projects|forms)\b|(?:哪些|哪个|哪几)(?!部门|方面|种|类|时候|年|月|天)|\bany\b|\bdo any\b",
                         re.IGNORECASE)


def applies(query: Query, store) -> bool:
    """Whether a question asks a named form's goal, outcome, reason or indicator rows (see `answer`).

    Args:
        query: the rule-based reading.
        store: a store.Store.

    Returns:
        True when `answer` would answer it.
    """
    field = asked_field(query.question)
    # a count by group of one named form (完成情况里说是按哪个部门的要求…) reads a word of its text as a grouping
    grouped = query.intent == "aggregate" and query.group_by and query.aggregate == "count" and len(named_forms(query, store)) == 1
    if field == "share":  # a share of a thing no field holds, asked of one named form, whatever the readers made of it
        return len(_one_named(query, store)) == 1
    if field is None or (field != "rows" and _ASKS_WHICH.search(query.question)) or not (
            grouped or query.intent in ("lookup", "search", "indicators", "wording", "list")):
        return False
    if field != "reason" and query.field and not (field == "goal" and _GOAL_SET_AT.search(query.question)):
        return False  # 安保经费的执行率是多少: a figure, not a text
    return bool(named_forms(query, store) or described_forms(query, store, asked_text=field in ("goal", "outcome")))


# When the goal was set (年初定的目标, the goal set at the start of the year): a time, never the initial budget.
_GOAL_SET_AT = re.compile(r"年初(?:时|的时候)?(?:定|设定|制定|确定|设|定下|提出|给)?的?(?:总体|年度|绩效)?目标(?!值)|\b(?:goals?|aims?|objectives?)\s+"
                          r"(?:(?:it\s+)?(?:set|had|fixed)\s+)?(?:at|for)\s+the\s+(?:start|beginning|outset)\s+of\s+the\s+year",
                          re.IGNORECASE)


# A date as forms write it: 2023年1月10日, 2021年10月, 10月16日.
_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日")


def _clauses(text: str) -> list[str]:
    """A text's clauses (split at ，。；): where a date stands with what happened on it."""
    return [part.strip() for part in re.split(r"[，,。；;！!？?\n]", text or "") if part.strip()]


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?<=[。；;！!？?])|\n", text or "") if part.strip()]


def reasons(outcome: str, goal: str, deviations: list[tuple[str, str]]) -> list[str]:
    """The reasons a form gives, as printed: its rows' deviation reasons, then its sentences that say why.

    Args:
        outcome: the form's outcome text.
        goal: its goal text.
        deviations: (indicator name, deviation reason) of its rows that give one.

    Returns:
        The reasons (empty when it gives none).
    """
    return _reason_lines(outcome, goal, deviations, True)


def _reason_lines(outcome: str, goal: str, deviations: list[tuple[str, str]], zh: bool) -> list[str]:
    """The reasons a form gives: its rows' deviation reasons, then the sentences of its outcome that say why."""
    lines = [(f"偏差原因（{name}）：{said}" if zh else f"deviation reason ({name}): {said}") for name, said in deviations]
    causes = _phrases()["cause"]
    for sentence in _sentences(outcome) + _sentences(goal):
        if any(_says(sentence.lower(), cause) for cause in causes) and sentence not in lines:
            lines.append(sentence)
    return lines


def answer(query: Query, store) -> Answer:
    """Quote the text asked of the forms named: goal, outcome, or the reasons given (with the execution rate).

    Args:
        query: a reading for which `applies` is true.
        store: a store.Store.

    Returns:
        A lookup answer quoting each form's text as printed; "gives no reason" when it gives none.
    """
    field, zh = asked_field(query.question), _zh(query)
    forms = _one_named(query, store) if field == "share" else named_forms(query, store)
    named = query.form_filter.name_contains or query.form_filter.project_keys or query.form_filter.form_ids
    premise = tuple(part for r in query.form_filter.ranges if field == "reason" and named and r.field in vocab.FIELD_LABELS
                    for part in vocab.FIELD_LABELS[r.field][:2])
    # a search label, and the figures "why" took as its premise, are not how the answer was found
    labels = [label for label in query.labels if not label.startswith(("search: ", "检索：") + premise)]
    if not forms:
        forms = described_forms(query, store, asked_text=field in ("goal", "outcome"))
        taken = "、".join(form.project_name for form in forms)
        labels.append(f"所指项目（按名称）：{taken}" if zh else f"taken as (by name): {taken}")
    query = dataclasses.replace(query, labels=labels)
    ids = ", ".join(str(int(form.id)) for form in forms)
    # Read through the documented views, so the answer carries the SQL it ran.
    statements = [f"SELECT form_id, project_name, year, goal, outcome, execution_rate_printed FROM forms "
                  f"WHERE form_id IN ({ids}) ORDER BY form_id"]
    deviations: dict[int, list[tuple[str, str]]] = {}
    if field in ("rows", "timing"):
        return _rows_answer(query, store, ids, zh, timing=field == "timing")
    if field == "reason":
        statements.append(f"SELECT form_id, name, deviation FROM indicators WHERE form_id IN ({ids}) "
                          "AND deviation IS NOT NULL AND deviation <> '' ORDER BY form_id, position")
        for form_id, name, said in run_select(store, statements[1]).rows:
            deviations.setdefault(form_id, []).append((name or "", said))
    lines, records = [], []
    for form_id, name, year, goal, outcome, rate_printed in run_select(store, statements[0]).rows:
        head = f"{name}（{year}）" if zh else f"{name} ({year})"
        if field == "reason":
            said = _reason_lines(outcome or "", goal or "", deviations.get(form_id, []), zh)
            rate = "" if not rate_printed else (f"执行率 {rate_printed}" if zh else f"execution rate {rate_printed}")
            if said:
                body = ("；".join(said) if zh else "; ".join(said)) + (f"（{rate}）" if zh and rate else f" ({rate})" if rate else "")
            else:
                # No sentence marked as a reason: the outcome is quoted whole, for the reader to judge.
                body = ((f"未填偏差原因，实际完成情况中没有说明原因的句子；{rate}；实际完成情况：{outcome or '—'}") if zh else
                        f"no deviation reason given, and no sentence of its outcome says why; {rate}; outcome: {outcome or '—'}")
        elif field == "share":  # the clauses giving a percentage, as printed; the goal and outcome when none does
            said = [clause for clause in _clauses(goal) + _clauses(outcome) if re.search(r"\d\s*%|百分之", clause)]
            body = ("；".join(said) if zh else "; ".join(said)) if said else (
                f"没有写到百分比；年度总体目标：{goal or '—'}；实际完成情况：{outcome or '—'}" if zh else
                f"no percentage given; goal: {goal or '—'}; outcome: {outcome or '—'}")
        else:
            body = (goal if field == "goal" else outcome) or ("（未填写）" if zh else "(not filled in)")
        label = _LABELS[field][0 if zh else 1]
        lines.append(f"{head}{label}：{body}" if zh else f"{head} {label}: {body}")
        if field == "goal" and _asks_outcome_too(query.question):
            # 年度目标和实际完成情况: both, the goal first as asked
            lines.append(f"  实际完成情况：{outcome or '—'}" if zh else f"  outcome: {outcome or '—'}")
        records.append(AnswerRecord(form_id, name, year, body))
    extra = ("问的是：" + _LABELS[field][0]) if zh else ("asked: " + _LABELS[field][1])
    return Answer(question=query.question, interpretation=_interpretation(query, len(records), extra),
                  text="\n".join(lines), kind="lookup", records=records, sql=";\n".join(statements))


def _rows_answer(query: Query, store, ids: str, zh: bool, timing: bool = False) -> Answer:
    """Every indicator row of the forms, as printed: class, name, target and actual; with `timing`, those whose name
    or target says a time (evidence cues "time": 及时性, 第一季度, 每月), or every row when none does."""
    from assistant.evidence_set import cues

    sql = (f"SELECT i.form_id, f.project_name, f.year, i.level1, i.level2, i.name, i.target, i.actual FROM indicators AS i "
           f"JOIN forms AS f ON f.form_id = i.form_id WHERE i.form_id IN ({ids}) ORDER BY i.form_id, i.position")
    rows = run_select(store, sql).rows
    timed = [row for row in rows if any(word in f"{row[3]} {row[4]} {row[5]} {row[6]}" for word in cues("time"))]
    # 哪天竣工的: the goal and outcome sentences giving a date (2021年10月竣工) are when the form says it happened
    dated = [] if not timing else [
        (form_id, name, year, sentence) for form_id, name, year, goal, outcome in run_select(
            store, f"SELECT form_id, project_name, year, goal, outcome FROM forms WHERE form_id IN ({ids}) ORDER BY form_id").rows
        for sentence in _clauses(goal) + _clauses(outcome) if _DATE.search(sentence)]
    rows = timed if timing and timed else [] if timing and dated else rows
    asked = "timing" if timing and (timed or dated) else "rows"
    lines, records = [f"{name}：{sentence}" if zh else f"{name}: {sentence}" for _, name, _, sentence in dated], {}
    for form_id, name, year, _ in dated:
        records.setdefault(form_id, AnswerRecord(form_id, name, year, ""))
    for form_id, name, year, level1, level2, indicator, target, actual in rows:
        lines.append(f"{name} · {level1}/{level2} · {indicator}：" + (f"年度指标值 {target or '—'}，实际完成值 {actual or '—'}"
                     if zh else f"target {target or '—'}, actual {actual or '—'}"))
        records.setdefault(form_id, AnswerRecord(form_id, name, year, ""))
        records[form_id].detail = (records[form_id].detail + "; " if records[form_id].detail else "") + indicator
    extra = (f"问的是：{_LABELS[asked][0]}（{len(lines)} 条）" if zh else f"asked: {_LABELS[asked][1]} ({len(lines)})")
    return Answer(question=query.question, interpretation=_interpretation(query, len(records), extra),
                  text="\n".join(lines) or ("没有指标。" if zh else "No indicator rows."), kind="lookup",
                  records=list(records.values()), sql=sql,
                  columns=["项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"] if zh else
                  ["project", "level 1", "level 2", "indicator", "target", "actual"],
                  rows=[[name, l1, l2, ind, t, a] for _, name, _, l1, l2, ind, t, a in rows])
