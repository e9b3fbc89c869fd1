"""A form pointed at by what its text says (那个订报纸杂志发给基层的项目，…; the project that rents cameras, …): its name."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab

# 那个X的项目，… / X的那个项目，… / the project that X, …: one form pointed at by a description, then asked about.
# The pointer (那个, "the … that") says one form; a description without it (执行率低于60%的项目，…) is a condition.
# A unit or tag may open the description (信访办那个劝导的项目, 平安办那个实有人口的奖励费): it narrows the forms.
_NOUN_ZH = r"(?P<noun>项目|自评表|表|工程|经费|费用|钱|[\u4e00-\u9fff]{1,3}费(?=[，,：:\s]|里|中|一|的|[\u4e00-\u9fff]{0,2}[多几怎是]))"
_POINTER_ZH = r"(?:那个|这个|那张|这张|那笔|这笔|那项|这项)"
_POINTED_ZH = (re.compile(rf"^(?P<description>(?:[\u4e00-\u9fff]{{2,8}}?(?:的)?)?{_POINTER_ZH}[^，,。？?]{{2,40}}?)的{_NOUN_ZH}"
                          r"(?:里面|里头|里|中)?[，,：:\s]*(?P<rest>.+)$"),
               re.compile(rf"^(?P<description>[^，,。？?]{{2,40}}?)的?{_POINTER_ZH}{_NOUN_ZH}"
                          r"(?:里面|里头|里|中)?[，,：:\s]*(?P<rest>.+)$"))
_GENERIC_NOUNS = ("经费", "费用")
# A description a few forms' names fit alike is ambiguous: those forms are named, each answered (平安办那个租赁的项目).
_AMBIGUOUS_NAMED = 3
# A figure asked of the form (几条, 合计, 执行率): a description said without 的 is named only beside one.
_FIGURE_ZH = re.compile(r"几|多少|合计|总共|一共|分值|得分|执行|预算|结余|剩|花|占|比例")
_POINTER_WORDS = re.compile(rf"^的|{_POINTER_ZH}|^搞|的$")
_POINTED_EN = re.compile(r"^(?:for |in |on |about )?the (?:project|form|scheme|programme|program|one) (?:that|which|whose text)"
                         r" (?P<description>[^,?:;]{6,120})[,:;]\s*(?P<rest>.+)$", re.IGNORECASE)
# the project covering wages, benefits and office costs, how many …: a participle points as "that" does; its description
# may list things with commas, up to the comma before the question.
_POINTED_EN_PARTICIPLE = re.compile(r"^(?:for |in |on |about )?the (?:project|form|scheme|programme|program|one) "
                                    r"(?P<description>[a-z]+ing\b[^?:;]{6,160}?)[,:;]\s*"
                                    r"(?P<rest>(?:what|how|which|why|when|where|who|did|does|is|was|were)\b.+)$", re.IGNORECASE)
# What's the execution rate of the project whose form talks about X?, How much was cut from the budget of the scheme
# paying incentives to guardians, in 万元?: the pointer closes the question, after the figure asked of it; a verb of
# saying (mentions, talks about) opens what its text says, a participle says what the form does.
_POINTED_EN_CLOSING = re.compile(r"^(?P<rest>.+?\b(?:of|for|on|in|by|under))\s+the (?:project|form|scheme|programme|program|"
                                 r"initiative|budget line|line|one) (?:(?:that|which|whose (?:form|text|write-up|narrative|report)) "
                                 r"(?:mentions|mentioned|talks about|talked about|says|said|refers to|referred to|describes|"
                                 r"described|writes about|wrote about|speaks of|discusses|discussed) (?P<description>[^,?:;]{2,120}?)"
                                 r"|(?P<participle>[a-z]+ing\b[^,?:;]{6,160}?))(?P<tail>\s*,\s*in [^,?:;]{1,30})?\s*\??$", re.IGNORECASE)
# A rest that is a question of its own (a figure, a reason, a part of the form): the description points, it asks.
_ASKS_ZH = re.compile(r"多少|几|哪|什么|怎么|如何|怎样|为什么|为啥|是否|有没有|吗|呢|说了|写了|提到|\?|？")
_ASKS_EN = re.compile(r"\b(?:what|how|which|why|when|where|who|did|does|is|was|were)\b|\?", re.IGNORECASE)


def pointed(question: str, lang: str) -> tuple[str, str] | None:
    """The description pointing at one form and the question asked of it, when the question is so shaped.

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        (description, rest), or None.
    """
    patterns = (_POINTED_EN, _POINTED_EN_PARTICIPLE) if lang == "en" else _POINTED_ZH
    for pattern in patterns:
        match = pattern.match(question.strip())
        if match and (_ASKS_EN if lang == "en" else _ASKS_ZH).search(match.group("rest")) \
                and not _is_condition(match.group("description")) and not _leaves_out(match.group("description")):
            noun = match.groupdict().get("noun") or ""
            # 实有人口的奖励费: a noun that is part of a name (…费) describes the form too
            description = re.sub(rf"^{_POINTER_ZH}", "", match.group("description"))
            said = description + (noun if noun.endswith("费") and noun not in _GENERIC_NOUNS else "")
            return said, match.group("rest")
    return None


def _leaves_out(description: str) -> bool:
    """Whether a description holds a word of exclusion (不算户籍档案数字化那张表): the form is left out, which the
    exclusion readers read; naming it in place of the description would drop the exclusion."""
    from assistant import exclusion

    lowered = description.lower()
    return any(word in lowered for word in exclusion.words() if len(word) >= 2)


def _is_condition(description: str) -> bool:
    """Whether a description is a condition the query model reads (结余最多的那个项目, the one with the largest
    budget): a figure, or a word for a column, a comparison, a statistic or a ranking."""
    from assistant.lexicon import load as load_lexicon
    from assistant.saying import CONDITION_KINDS

    if re.search(r"[0-9]", description):
        return True
    lexicon, lowered = load_lexicon(), description.lower()
    # a two-letter English word the lexicon lists as a comparison (of, is, at) compares only beside a figure
    return any((phrase in lowered) if not phrase.isascii() else re.search(rf"\b{re.escape(phrase)}\b", lowered)
               for kind in CONDITION_KINDS for phrase in lexicon.keys(kind)
               if len(phrase) >= (3 if phrase.isascii() and phrase.isalpha() else 2))


def described_form(description: str, lang: str, store, search=None,
                   form_ids: list[int] | None = None) -> tuple[int, str] | None:
    """The one form whose text (name, goal, outcome, indicator rows, reasons) best says a description, when its
    evidence covers it well and no other form's as well.

    Args:
        description: the words pointing at the form.
        lang: "zh" or "en".
        store: a store.Store.
        search: the search backend (its snippet table is read when it keeps one), or None.
        form_ids: the forms a unit or tag said narrows to, or None for all.

    Returns:
        (form id, project name), or None when no form, or more than one, says it.
    """
    from assistant import evidence_set, text_source

    source = text_source.source(store, search, form_ids)
    wanted, _frame = evidence_set.weighted(store, evidence_set.concepts(description, lang, vocab.STOPWORDS_ZH),
                                           source=source)
    if not wanted:
        return None
    candidates = evidence_set.saying_most(source, wanted)
    texts = source.texts(candidates)
    supports = [support for form_id in candidates if form_id in texts
                and (support := evidence_set.best_evidence(texts[form_id], wanted)) is not None]
    # a word no form says counts against every form (as in a text search): most of the description must be said
    unsaid = sum(1 for concept in wanted if concept.forms == 0) / len(wanted)
    chosen = evidence_set.select(supports, singular=True, unsaid_share=unsaid)
    if len(chosen) > 1:  # 租视频监控摄像头: both goals say it, one name says most of it — that form is the one described
        ranked = sorted(chosen, key=lambda support: -support.in_name)
        chosen = ranked[:1] if ranked[0].in_name >= ranked[1].in_name + 0.5 else chosen
    if len(chosen) != 1:
        return None
    return chosen[0].form_id, chosen[0].project_name


def _forms(store) -> list[tuple[int, str, str]]:
    """Every stored form as (form id, project name, implementing unit)."""
    from store.readonly_sql import ReadOnlySqlError, run_select

    try:
        return [(row[0], row[1], row[2] or "") for row in
                run_select(store, "SELECT form_id, project_name, implementing_unit FROM forms").rows if row[1]]
    except ReadOnlySqlError:
        return []


def _scoped(description: str, forms: list[tuple[int, str, str]]) -> tuple[list[tuple[int, str, str]], str]:
    """The forms a unit or tag opening the description narrows to (信访办那个劝导 → the 信访办 forms, 劝导), and the
    description left; all forms and the description, pointers taken off, when it opens with none."""
    from assistant.admin_names import admin_variants
    from assistant.exact_name import untagged

    scopes: dict[str, set[int]] = {}
    for form_id, name, unit in forms:
        if (tag := name[len(untagged(name)):].strip("（）()")) and len(tag) >= 2:
            scopes.setdefault(tag, set()).add(form_id)
        for variant in admin_variants(unit) if unit else []:
            scopes.setdefault(variant, set()).add(form_id)
    if _POINTER_WORDS.sub("", description) in scopes:
        return forms, ""  # 信访办那个经费项目: the unit's forms, a condition the readers place
    for word in sorted(scopes, key=len, reverse=True):
        rest = description.removeprefix(word)
        if rest != description and len(scopes[word]) < len(forms):
            left = _POINTER_WORDS.sub("的", rest).strip("的 ")
            if len(left) >= 2:
                return [form for form in forms if form[0] in scopes[word]], left
    return forms, _POINTER_WORDS.sub("的", description).strip("的 ")


def _held_by_names(description: str, forms: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The forms whose name holds every run of the description (维稳 of the 信访办 forms: 维稳经费)."""
    runs = [run for run in re.split(r"[^\u4e00-\u9fff]+|的|和|与|、", description) if len(run) >= 2]
    return [form for form in forms if runs and all(run in form[1] for run in runs)]


def named_by_text(question: str, lang: str, store, written, search=None) -> str:
    """The question with a description pointing at one form by its text written as that form's name
    (那个订报纸杂志发给基层的项目，完成情况里… → 下发基层书报杂志费项目，完成情况里…), so every reader takes it as named.
    A unit or tag opening the description narrows the forms first (信访办那个劝导的项目: 劝导队经费); a part of a
    name said after it that two of them hold names both, the description being ambiguous.

    Args:
        question: as typed (after any rewriting of names in fragments).
        lang: "zh" or "en".
        store: a store.Store.
        written: how a project name is written into a question (assistant.named_form.NamedForms._written).
        search: the search backend, or None.

    Returns:
        The question rewritten, or unchanged when it points at no single form by description.
    """
    found = pointed(question, lang)
    closing = _POINTED_EN_CLOSING.match(question.strip()) if found is None and lang == "en" else None
    said = closing and (closing.group("description") or closing.group("participle"))
    if closing is not None and _ASKS_EN.search(closing.group("rest")) and not _is_condition(said):
        found = said, closing.group("rest")
    if found is None:
        return question
    description, rest = found
    said_with_de = bool(re.search(rf"的{_POINTER_ZH}|^{_POINTER_ZH}", question.strip()))
    if lang == "zh":
        forms = _forms(store)
        scope, left = _scoped(description, forms)
        if not left or (len(scope) == len(forms) and not said_with_de and not _FIGURE_ZH.search(rest)):
            return question  # 搞视频监控全覆盖那个项目，…多长时间: a text asked, without 的 — the described-form readers'

        held = _held_by_names(left, scope)
        if len(scope) == len(forms) and held:
            return question  # a part of names said as it stands: the readers' own
        if held and len(held) <= _AMBIGUOUS_NAMED:
            names = [written(form[1]) for form in held]
            return ("、".join(names[:-1]) + "和" if len(names) > 1 else "") + f"{names[-1]}项目，{rest}"
        form = described_form(left, lang, store, search, [form[0] for form in scope] if len(scope) < len(forms) else None)
    else:
        form = described_form(description, lang, store, search)
    if form is None:
        return question
    name = written(form[1])
    if closing is not None:
        return f"{rest} the {name} project{closing.group('tail') or ''}?"  # the figure asked, then the form its text points at
    return f"{name}项目，{rest}" if lang == "zh" else f"For the {name} project, {rest}"
