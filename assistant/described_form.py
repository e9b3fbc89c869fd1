"""A form described instead of named ("the volunteer scheme", 那个搞体检的项目): the forms whose names hold its words."""

from __future__ import annotations

import dataclasses
import re

from assistant import vocabulary as vocab
from assistant.pinyin_names import spelled_parts
from assistant.rules_query import Query
from store import query as store_query
from store.query import FormFilter
from assistant import form_nouns

# A description fitting more forms than this names a group, not the form the question means.
MAX_DESCRIBED = 3
# The words by which a question refers to one form it describes ("the … project", 那个…的项目).
_REFERS_TO_ONE = re.compile(r"\b(?:project|scheme|programme|program|initiative|form|the one|budget line)\b|项目|那个|这个|那一个"
                            r"|\bthe\s+(?:[a-z'-]+\s+){1,4}one\b"  # the drug and cult one
                            r"|\b(?:did|does)\s+the\s+(?:[A-Za-z'-]+\s+){1,6}(?:spend|use|get|receive|score|cost)(?:\s+(?:in the end|in total|overall|altogether|all told|in all|together))?\s*\??$",
                            re.IGNORECASE)
# "… of the Luhui police station fit-out?": a noun phrase closing the question names a form when it holds words the
# lexicon does not ("of the allocation" is a field).
_CLOSING_PHRASE = re.compile(r"\b(?:of|for|on)\s+the\s+((?:[A-Za-z'-]+\s+){0,4}[A-Za-z'-]+)\s*\??$", re.IGNORECASE)
# "Leaving out the digitisation form", 除了…以外: the description names the form excluded, which the query model reads.
_LEAVES_OUT = re.compile(r"\b(?:leav\w* out|exclud\w*|except|other than|apart from|aside from|setting aside|set aside|"
                         r"not counting|besides|omit\w*|ignor\w*)\b|除了|除去|不含|不包括|排除|以外|之外|不算|剔除", re.IGNORECASE)
# Amounts of several forms asked as one figure (assistant/data/sum_words.tsv: the sum and together rows).
_TOGETHER = re.compile("|".join(rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word)
                                for word in (*vocab.sum_words("sum"), *vocab.sum_words("together"))), re.IGNORECASE)
# A count said of the forms pointed at (人才那两个项目): how many there are, not a word of their names.
_COUNT_WORD = re.compile(r"^[一二两三四五六七八九十几\d]+[个张份项]$")
# A question asking which forms, or whether any, wants a set, not one described form's figure.
_ASKS_WHICH = re.compile(r"\bwhich\b|\bwhat (?:projects|forms)\b|哪些|哪个|哪几|有没有|是否|\bany\b|多少个|几个", re.IGNORECASE)
# "How many monitoring points", 多少人: a count of things an indicator row gives, not a column of the form.
_COUNTS_THINGS = re.compile(r"\bhow many\b|\bnumber of\b|(?:多少|几)[人台份次场条处名位家套辆]", re.IGNORECASE)


def described_forms(query: Query, store, asked_text: bool = False) -> list:
    """The forms a question describes instead of naming: those whose names hold the most of its words (English
    through the glossary), when few do.

    Args:
        query: the rule-based reading, naming no form.
        store: a store.Store.
        asked_text: the question asks a text of what it describes (what did the volunteer budget deliver, 安保那笔钱
            取得了什么成效): its subject refers to one form though it says no word for a form.

    Returns:
        The forms, or [] when the question places no form by name, or its words fit too many.
    """
    from assistant import evidence_set, text_scope

    question = query.question
    if _LEAVES_OUT.search(question) or text_scope.read(question) is not None \
            or not query.form_filter.is_empty() or query.indicator_names:
        return []
    best, chosen, refers = 0, [], asked_text or bool(_REFERS_TO_ONE.search(question)) or _closing_description(question)
    concepts = [concept for concept in evidence_set.concepts(question, query.lang, vocab.STOPWORDS_ZH)
                if not all(_COUNT_WORD.match(word) for word in concept.alternatives)]  # 那两个: how many, no description
    for form in store_query.list_forms(store):
        score = sum(1 for concept in concepts if any(word in form.project_name for word in concept.alternatives))
        spelled = {part for _, part in spelled_parts(question, form.project_name)}  # the Duhang police station: 杜行
        refers = refers or bool(spelled)  # a place or name in pinyin points at the forms it names
        score += len(spelled)
        if score > best:
            best, chosen = score, [form]
        elif score == best and score:
            chosen.append(form)
    return chosen if refers and best and len(chosen) <= MAX_DESCRIBED else []


def _closing_description(question: str) -> bool:
    """Whether the question closes on "of / for / on the <words>" whose words are not all the lexicon's."""
    from assistant.lexicon import load as load_lexicon

    found = _CLOSING_PHRASE.search(question)
    if found is None:
        return False
    rest = f" {found.group(1).lower()} "
    for kind in ("field", "weak_field", "noun", "predicate", "group", "class"):
        for phrase in sorted(load_lexicon().keys(kind), key=len, reverse=True):
            if phrase.isascii():
                rest = re.sub(rf"(?<![a-z]){re.escape(phrase)}(?:s|es)?(?![a-z])", " ", rest)
    return bool(re.search(r"[a-z]{3,}", rest))


def _asked_figure(question: str) -> str | None:
    """The form column a question asks for (execution rate, spend, score), by the lexicon's longest phrase."""
    from assistant.lexicon import load as load_lexicon

    lowered = question.lower()
    # the lexicon's phrases, else the rule reader's words as written (cost: the lexicon would inflect it to costs)
    for phrases in (load_lexicon().keys("field").items(), ((p, key) for key, words in vocab.FIELD_SYNONYMS.items() for p in words)):
        found = [(phrase, key) for phrase, key in phrases if key in vocab.FIELD_LABELS and key != "year"
                 and (re.search(rf"\b{re.escape(phrase)}\b", lowered) if phrase.isascii() else phrase in lowered)]
        if found:
            return max(found, key=lambda item: len(item[0]))[1]
    return None


def figure_lookup(query: Query, store) -> Query | None:
    """"What was the execution rate of the volunteer scheme?": the lookup of that figure on the forms described.

    Args:
        query: the rule-based reading (a narrative search or not understood).
        store: a store.Store.

    Returns:
        A lookup query restricted to the described forms and labelled with them, or None when it does not apply.
    """
    from assistant.saying import asks_deferral, said_clause

    if query.intent not in ("search", "unknown") or _ASKS_WHICH.search(query.question) or asks_deferral(query.question) \
            or _COUNTS_THINGS.search(query.question) \
            or said_clause(query.question, query.lang, vocab.STOPWORDS_ZH) is not None:
        return None
    field = _asked_figure(query.question)
    forms = described_forms(query, store) if field else []
    if not forms:
        return None
    taken = "、".join(form.project_name for form in forms)
    label = f"所指项目（按名称）：{taken}" if query.lang != "en" else f"taken as (by name): {taken}"
    # the two warranty retention projects … together: their amounts summed, not listed
    summed = len(forms) > 1 and field in vocab.AMOUNT_FIELDS and _TOGETHER.search(query.question) is not None
    return dataclasses.replace(query, intent="aggregate" if summed else "lookup", aggregate="sum" if summed else None,
                               field=field, form_filter=FormFilter(form_ids=[f.id for f in forms]), labels=[label])


_ASKS_WHICH_FORMS = re.compile(rf"\bwhich\s+(?:{form_nouns.english()}|ones?)\b|\bwhat {form_nouns.english()}\b"
                               r"|哪些项目|哪个项目|哪几个项目|哪些表|哪张表|哪几张表|\bany\b", re.IGNORECASE)
# Words by which a question refers to a form, which a description leaves over (the volunteer *scheme*).
_FORM_WORDS = re.compile(r"^(?:the\s+)?(?:project|scheme|programme|program|initiative|form|one|budget line|heading|category|"
                         r"section|项目|那个|这个)s?\??$", re.IGNORECASE)


def narrowed_reading(reading, query: Query, store):
    """The query model's reading restricted to a described form, when the words it left are the description:
    "how many indicators does the volunteer scheme have" counts that form's rows, not every form's.

    Args:
        reading: the query model's reading (assistant.asking.Reading), or None.
        query: the rule-based reading of the same question.
        store: a store.Store.

    Returns:
        A reading whose condition names the forms taken (their names, so the reading says which), with nothing left
        unread; or None when the question describes no form or left words the description does not explain.
    """
    from assistant import evidence_set
    from assistant import model as m

    if reading is None or not reading.ignored or reading.follow_up or _ASKS_WHICH_FORMS.search(query.question):
        return None
    forms = described_forms(query, store)
    if not forms:
        return None
    classes = []
    for word in reading.ignored:
        if _FORM_WORDS.match(word.strip()):
            continue
        label = next((label for label, words in vocab.INDICATOR_LEVEL2.items()
                      if word.strip(" ?").lower() in (w.lower() for w in words)), None)
        if label is not None:
            classes.append(label)  # "under the quantity heading": the class the rows counted are in
            continue
        alternatives = [alt for concept in evidence_set.concepts(word, query.lang, vocab.STOPWORDS_ZH)
                        for alt in concept.alternatives]
        if not any(alt in form.project_name for alt in alternatives for form in forms) \
                and not any(word.strip().lower() == spelled for form in forms
                            for spelled, _ in spelled_parts(query.question, form.project_name)):
            return None  # a word the description does not explain: the reading stays as it was, naming it
    named = [m.Text(m.Field("project_name"), "equals", form.project_name) for form in forms]
    rows = [m.Text(m.Field("level2", "indicator"), "equals", label) for label in dict.fromkeys(classes)]
    if reading.select.entity != "indicators":
        rows = [m.HasIndicator(row) for row in rows]
    where = m.conjoin(reading.select.where, named[0] if len(named) == 1 else m.Or(tuple(named)), *rows)
    return dataclasses.replace(reading, select=dataclasses.replace(reading.select, where=where), ignored=[], unread=[])


def aggregates_read(reading) -> bool:
    """Whether the query model read a statistic over a group named by a part of names, a unit or a tag with no word
    left ("人才那两个项目全年预算加一块是多少"): a sum or average over the group, which the lookup of one column on the forms
    its words describe would not give. One form named in full stays a lookup. A median or mean over every form,
    read whole (the median final appropriation per project), or a share of every form (what percentage of the forms were
    fully disbursed), is never one form's figure either.

    Args:
        reading: the query model's reading, or None.

    Returns:
        True when it aggregates over such a group and left nothing unread.
    """
    from assistant import model as m

    if reading is None or reading.ignored or reading.unread:
        return False
    aggregate, where = reading.select.aggregate, reading.select.where
    if where is None:  # the median final appropriation per project: a statistic of every form, which no one form has
        return aggregate is not None and aggregate.function in ("median", "avg", "share")
    return aggregate is not None and aggregate.function != "count" and not (isinstance(where, m.Text) and where.mode == "equals")
