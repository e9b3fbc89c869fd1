"""A topic question's whole set: every form about any topic it lists (信访、维稳这一块; new sites or their utility bills)."""

from __future__ import annotations

import re
from functools import lru_cache

# A form is about a topic when its name, unit, rows or text say every word of that topic; a word most forms say
# (工作, 项目, information) is no topic of its own.
COMMON_SHARE = 0.5
# the rows of a form asked for, not the forms
_ROWS = re.compile(r"指标|\bindicators?\b|\brows?\b|\bmetrics?\b", re.IGNORECASE)
# a bracket of Chinese in an English question: the forms' own words for what the English describes
_GLOSS = re.compile(r"[(（][^()（）]*[\u4e00-\u9fff][^()（）]*[)）]")


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The whole-set cues and joiners of assistant/data/topic_union.tsv, compiled."""
    from assistant.data_files import role_patterns

    return {key: re.compile(pattern, re.IGNORECASE) for key, pattern in role_patterns("topic_union.tsv", ("whole", "joiner", "either", "state", "example")).items()}


def asks_set(question: str, lang: str) -> bool:
    """Whether a question asks for every form about a topic (这一块的项目都调出来, pull up everything on petitions).

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        True when a whole-set cue of assistant/data/topic_union.tsv is said.
    """
    pattern = _patterns().get((lang, "whole"))
    return bool(pattern and pattern.search(question))


def asks_union(question: str, lang: str) -> bool:
    """Whether a question asks for the forms of any of several topics: a whole-set cue, or a list closed by "or"
    (竣工、移交或者验收; finished, handed over or accepted).

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        True when it does.
    """
    pattern = _patterns().get((lang, "either"))
    if pattern and pattern.search(question) and _one_thing(question, lang, pattern):
        return False  # renovating or refurbishing premises, cameras or terminals as examples: one thing, its own set
    return asks_set(question, lang) or bool(pattern and pattern.search(question))


_WORD = re.compile(r"[a-z][a-z'-]*")
_ARTICLES = {"the", "a", "an", "their", "its", "his", "her", "of", "any", "some"}


def _one_thing(question: str, lang: str, either: re.Pattern) -> bool:
    """Whether every "or" of a question joins words for one thing: examples after "such as" / 比如 (rent equipment
    such as cameras or terminals), a word and its own inflection (volunteers or volunteer activities) or two words
    the glossary translates alike (renovation or repair: 修缮). Topics that are different things are a union."""
    from index.glossary import GLOSSARY_EN, glossary_matches

    example = _patterns().get((lang, "example"))
    found = list(either.finditer(question))
    for match in found:
        before, after = question[:match.start()], question[match.end():]
        if example is not None and example.search(re.split(r"[。；;？?！!.]", before)[-1]):
            continue
        if lang != "en":
            return False
        left = _WORD.findall(before.lower())
        right = [word for word in _WORD.findall(after.lower())]
        while right and right[0] in _ARTICLES:
            right.pop(0)
        if not left or not right:
            return False
        a, b = left[-1], right[0]
        stem = min(len(a), len(b)) - 1
        if stem >= 4 and a[:stem] == b[:stem]:
            continue  # volunteers or volunteer activities
        said = lambda word: set(GLOSSARY_EN.get(word, "").split()) or set(dict(glossary_matches(word, inflected=True)).get(word, ()))
        if said(a) & said(b):
            continue  # renovation or repair
        return False
    return bool(found)


def as_search(question: str, lang: str, query, reading, renamed: bool = False) -> bool:
    """Turn a whole-set topic question the readers read as names alone into a text search (in place), so every form
    about the topic is found, not only those whose name holds its words.

    Args:
        question: as typed (before a form's full name was written for its fragments: 实有人口信息采集 is a topic).
        lang: "zh" or "en".
        query: the rule reader's Query, made a search over the same conditions less its names.
        reading: the query model's reading, or None.
        renamed: a form's full name was written for fragments of the question (实有人口信息采集 → one form's name).

    Returns:
        True when the question was made a search (the reading is then to be dropped).
    """
    from assistant import reading_choice
    from assistant.rule_helpers import question_for_search

    if not asks_union(question, lang) or query.intent not in ("list", "lookup", "search", "unknown", "indicators"):
        return False
    if _ROWS.search(question):
        return False  # rows asked for or searched (跟满意度有关的指标, 指标名称中涉及“体检”): the readers' rows
    if reading is not None and (reading_choice.structured(reading.select) or _valued(reading.select.where)):
        return False  # a comparison, or a field's value picks the forms (评分等级为“良”或“中”): the readers' reading
    if reading is not None and _tags(reading.select.where):
        return False  # forms tagged （党群中心） or （信）, or implemented by 信访办: exact, never a topic searched in the text
    if len(segments(question, lang)) < 2 and not renamed:
        return False  # one topic read as a name (派出所相关项目): the forms carrying it in their names, as read
    if any(ch.isdigit() for ch in question) or query.form_filter.ranges or query.form_filter.finding_codes:
        return False  # a figure or a finding picks the forms: the readers' conditions stand
    query.intent, query.search_text, query.question = "search", question_for_search(question, lang), question
    query.form_filter.name_contains, query.form_filter.form_ids, query.form_filter.project_keys = [], None, []
    return True


# the fields that name a form: a value said of them is a name the topic search widens, not a condition
_NAMING = ("project_name", "name", "implementing_unit", "unit", "department", "office_tag")


def _tags(node) -> bool:
    """Whether a reading's condition is names' tags or the units implementing them alone (项目名称以“（信）”结尾, 实施单位
    含“信访办”, one or several joined by or): a store's own names, never a topic's words."""
    from assistant import model

    if isinstance(node, model.Text):
        field = getattr(node.field, "name", None)
        return (node.mode == "suffix" and field == "project_name") or field in ("implementing_unit", "department")
    return isinstance(node, model.Or) and all(_tags(item) for item in node.items) \
        and any(isinstance(item, model.Text) and item.mode == "suffix" for item in node.items)


def _valued(node) -> bool:
    """Whether a reading's condition asks a field other than a name to equal a value (grade = 良)."""
    from assistant import model

    if isinstance(node, model.Text):
        return node.mode == "equals" and getattr(node.field, "name", None) not in _NAMING
    return isinstance(node, (model.And, model.Or)) and any(_valued(item) for item in node.items)


def segments(question: str, lang: str) -> list[str]:
    """The question cut at the joiners of a list of topics (、, 或者, or, and, a slash, a bracket).

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        The pieces, lower-cased, empty ones dropped.
    """
    pattern = _patterns().get((lang, "joiner"))
    pieces = pattern.split(question) if pattern else [question]
    return [piece.strip().lower() for piece in pieces if piece and piece.strip()]


def topics(question: str, lang: str, wanted: list, count, shared=lambda group: False) -> list[list]:
    """The question's topics: the distinctive concepts said in each piece of its list, one group a piece.

    Args:
        question: as typed.
        lang: "zh" or "en".
        wanted: the question's concepts (assistant.evidence_set.Concept).
        count: a concept → how many forms say it, and the number of forms (`count(None)`).
        shared: a list of concepts → whether some form says them all.

    Returns:
        The groups, each a topic a form must say whole; concepts said in no piece, by no form or by most forms are
        left out, and an English topic the asker glossed in the forms' own words (petition work (信访)) is the gloss.
    """
    total = count(None)
    said = [c for c in wanted if c.alternatives and not any(ch.isdigit() for ch in c.label)]
    pieces: list[tuple[str, list]] = []
    cue = _patterns().get((lang, "whole"))
    for piece in segments(question, lang):
        piece = cue.sub(" ", piece) if cue else piece  # 这一块, 调出来: the cue's own words are no topic
        group = [c for c in said if c.label.lower() in piece]
        if group and group not in [g for _, g in pieces]:
            pieces.append((piece, group))
    common = lambda c: count(c) > COMMON_SHARE * max(1, total)
    concepts = [c for c in said if not common(c) and count(c) > 0]
    # a topic a word of which no form says is about no form (services for senior citizens): not its other words
    groups = [[c for c in g if not common(c)] for g in _distributed(pieces, shared, lang) if all(count(c) > 0 for c in g)]
    groups = [g for i, g in enumerate(groups) if g and g not in groups[:i]]
    own = [c for c in concepts if not c.label.isascii()]
    if lang == "en" and any(not g[0].label.isascii() for g in groups if len(g) == 1) and _GLOSS.search(question):
        # an English description glossed in the forms' own words, (信访/维稳), (实有人口): the gloss is the topic
        groups = [g for g in groups if all(not c.label.isascii() for c in g)]

    def glossed(group: list) -> bool:
        return all(c.label.isascii() and any(set(c.alternatives) & set(o.alternatives) for o in own) for c in group)
    # a topic holding all of another's words and more adds no form to the union (志愿者或者志愿服务: 志愿 is enough)
    return [g for g in groups if not glossed(g)
            and not any(o is not g and set(map(id, o)) < set(map(id, g)) for o in groups)]


def _distributed(pieces: list[tuple[str, list]], shared, lang: str) -> list[list]:
    """A list's later items of one word each take the words said before a verb of state in an earlier piece
    (工程已经竣工、移交或者验收, renovation works being finished, handed over or accepted: the works were handed over),
    when some form says them together; else they stand alone.

    Args:
        pieces: each piece of the list as (its text, its concepts), in order.
        shared: a list of concepts → whether some form says them all.
        lang: "zh" or "en".

    Returns:
        The topics, one a piece.
    """
    state = _patterns().get((lang, "state"))
    found, head = [], []
    for text, group in pieces:
        if state is not None and (cue := state.search(text)):
            head = [c for c in group if 0 <= text.find(c.label.lower()) < cue.start()] or head
        elif head and len(group) == 1 and shared(head + group):
            group = head + group
        found.append(group)
    return found


def _core(group: list, says, broad=lambda word: False, size=lambda word: 0) -> list[set[str]]:
    """The words a form must say for each concept of a topic: the question's own Chinese word with its written and
    spoken equals (assistant/data/synonyms_zh.tsv: 摄像头, 视频监控), never a broader gloss (维稳 is no 稳定); an English
    word's translations in the glossary; else its other words. Only words some form says count; concepts sharing a
    word are one thing said twice, any of their words will do."""
    from assistant.synonyms import table
    from index.glossary import GLOSSARY_EN

    equals: dict[str, tuple[str, ...]] = {}
    for word, others in table():
        equals[word] = equals.get(word, ()) + others
    cores = []
    for concept in group:
        label = concept.label.lower()
        words = [label, *equals.get(label, ())] if not label.isascii() else GLOSSARY_EN.get(label, "").split()
        words = words or [word.lower() for word in concept.alternatives if word]
        if not label.isascii():
            # the glossary's other words for it (装修: 修缮) when no more forms say them than its own: else broader (稳定)
            words += [word.lower() for word in concept.alternatives if word and word.lower() not in words
                      and size(word.lower()) <= size(label)]
        # one character (水, 电) says a topic only when it has no longer word: 水 is in 水管 and 河水 too
        words = [word for word in words if len(word) > 1] or words
        # an equal most forms say is broader in use (竣工 beside 完成): the question's own word stays
        words = [word for i, word in enumerate(words) if not broad(word) or (i == 0 and word == label)]
        cores.append(({word for word in words if not word.isascii() and says(word)},
                      {word.lower() for word in concept.alternatives if word} | set(words)))
    merged: list[tuple[set[str], set[str]]] = []
    for core, words in cores:
        for other in [m for m in merged if m[1] & words]:
            merged.remove(other)
            core, words = core | other[0], words | other[1]
        merged.append((core, words))
    return [core for core, _ in merged if core]


def _units(store) -> dict[int, str]:
    """Each form's implementing unit, department and tag, one text."""
    from store.readonly_sql import run_select

    rows = run_select(store, "SELECT form_id, office_tag, implementing_unit, unit, department FROM forms").rows
    return {row[0]: " / ".join(dict.fromkeys(part for part in row[1:] if part)) for row in rows}


def _scope(store, form_filter) -> list[int] | None:
    """The forms a whole-set question is asked over: its conditions, less the names, units and words of its topics
    (质保金、人才这两块: the name 质保金 the query model filtered on is one topic of the list, not a condition)."""
    from dataclasses import replace

    from store import query as store_query

    if form_filter is None:
        return None
    wide = replace(form_filter, name_contains=[], units=[], departments=[], text_contains=[], text_fields=[])
    return None if wide.is_empty() else sorted(store_query.matching_form_ids(store, wide))


def _split(concept) -> list:
    """A concept of alternatives the question joined (drug control / petitions) as one concept a part."""
    from dataclasses import replace

    from index.glossary import GLOSSARY_EN

    parts = [part.strip() for part in concept.label.split(" / ") if part.strip()]
    if len(parts) < 2:
        return [concept]
    return [replace(concept, label=part, alternatives=tuple((GLOSSARY_EN.get(part.lower(), "").split() if part.isascii()
                                                              else []) or [part])) for part in parts]


def gathered(question: str, lang: str, wanted: list, chosen: list, store, form_filter, source) -> list:
    """The forms about any topic a whole-set question lists, those the search chose first.

    Args:
        question: as typed.
        lang: "zh" or "en".
        wanted: the question's concepts (assistant.evidence_set.Concept).
        chosen: the forms the text search chose (assistant.evidence_set.Support), best first.
        store: a store.Store.
        form_filter: the conditions the forms must meet (store.query.FormFilter), or None.
        source: the text source of the search (assistant.text_source), giving each form's snippets.

    Returns:
        The supports; `chosen` when the question asks no whole set or no form is about its topics.
    """
    from assistant.evidence_set import Support

    if not asks_union(question, lang) or _ROWS.search(question):
        return chosen  # rows asked for (an indicator on how often …): the search's rows, not the forms' topics
    units = _units(store)
    scope_ids = _scope(store, form_filter)
    ids = sorted(units) if scope_ids is None else list(scope_ids)
    wanted = [part for concept in wanted for part in _split(concept)]
    texts = source.texts(ids)
    pieces_of = {form_id: [("project_name", form.project_name)] + list(form.snippets)
                 + [("implementing_unit", units.get(form_id, ""))] for form_id, form in texts.items()}
    wholes = {form_id: " ".join(text for _, text in pieces).lower() for form_id, pieces in pieces_of.items()}
    says = lambda word: any(word in whole for whole in wholes.values())

    size = lambda word: sum(1 for whole in wholes.values() if word in whole)
    broad = lambda word: size(word) > COMMON_SHARE * max(1, len(wholes))

    def count(concept) -> int:
        if concept is None:
            return len(wholes)
        words = set().union(*_core([concept], says, broad, size))
        if not words and any(broad(word.lower()) for word in concept.alternatives if word and not word.isascii()):
            return len(wholes)  # said by most forms (pay: 支付): a common word of the piece, never a topic unsaid
        return sum(1 for whole in wholes.values() if any(word in whole for word in words))
    def shared(group: list) -> bool:
        return any(all(any(word.lower() in whole for word in c.alternatives if word) for c in group) for whole in wholes.values())
    groups = topics(question, lang, wanted, count, shared)
    if not groups:
        return chosen
    cores = [core for core in (_core(group, says, broad, size) for group in groups) if core]
    carriers = [form_id for form_id in ids if cores and all(any(word in f"{texts[form_id].project_name} {units.get(form_id, '')}".lower()
                                                                for word in words) for words in cores[0])]
    if len(cores) == 1 and len(carriers) >= 2:
        return chosen  # one topic several forms carry in their name or unit (派出所相关项目): those, as topic_forms ranks
    # a piece naming only a one-character word (their water, power and gas bills: 水) is a part of the next topic
    cores = [core for core in cores if any(len(word) > 1 for words in core for word in words)] or cores
    found = {support.form_id: support for support in chosen}
    kept, matched = [], {}
    for form_id in ids:
        if form_id not in texts:
            continue
        held = [c for c in cores if all(any(word in wholes[form_id] for word in words) for words in c)]
        if not held:
            continue
        core, matched[form_id] = held[0], len(held)
        if form_id in found:
            kept.append(found[form_id])
            continue
        form, pieces = texts[form_id], pieces_of[form_id]
        words = set().union(*core)
        field, sentence = next(((f, t) for f, t in pieces if any(word in t.lower() for word in words)), pieces[0])
        kept.append(Support(form_id, form.project_name, form.year, field, sentence, 1.0, whole=1.0,
                            in_name=1.0 if field == "project_name" else 0.0))
    if not kept:
        return chosen
    order = {support.form_id: i for i, support in enumerate(chosen)}
    # a form about more of the topics listed first (police stations: fit-outs, utilities bills …), then the search's order
    return sorted(kept, key=lambda support: (-matched[support.form_id], order.get(support.form_id, len(order))))
