"""Narrative answers: search hits, the keyword fallback, and the exact set when a question names a year."""

from __future__ import annotations

from assistant import vocabulary as vocab
from assistant.answer import Answer, AnswerRecord
from assistant.lexicon import load as load_lexicon
from assistant.answer_text import _interpretation, _names, _record, _zh
from assistant.rules_query import Query
from store import query as store_query
from store.query import FormFilter

SEARCH_K = 10


def _constrained(query: Query, store, form_filter: FormFilter | None) -> Answer | None:
    """A narrative question naming a year, or giving a cause: exactly the forms with a sentence that says so."""
    from assistant import evidence

    budget_years = {year for year, _count in store_query.facet_counts(store, "year") if year.isdigit()}
    years = evidence.constraint_years(query.question, {int(year) for year in budget_years})
    terms = evidence.key_terms(query.question, query.lang, vocab.STOPWORDS_ZH) if years else []
    form_ids = sorted(store_query.matching_form_ids(store, form_filter)) if form_filter is not None else None
    zh = _zh(query)
    if years and terms:
        found, sql = evidence.find(store, years, terms, form_ids)
        head = (f"文本同时提到 {'/'.join(years)} 与（{'、'.join(terms)}）之一的项目：" if zh
                else f"forms with a sentence naming {'/'.join(years)} and one of ({', '.join(terms)}):")
    elif figures := evidence.constraint_figures(query.question, {int(year) for year in budget_years}):
        # which project leased 240 devices and 8 cameras: the figures are constraints, every one named in the text
        found, sql = evidence.find_figures(store, figures, form_ids)
        if not found:
            return None
        terms = figures
        head = f"文本写到（{'、'.join(figures)}）的项目：" if zh else f"forms whose text names ({', '.join(figures)}):"
    else:
        # 执行率低是因为实际使用无法预估: the forms giving that explanation, every key word of it in one sentence;
        # with no cause given, every key word of a Chinese question (用存量资金支付补贴的项目), when it has few.
        clause = evidence.cause_clause(query.question, load_lexicon().keys("cause"))
        terms = evidence.key_terms(clause, query.lang, vocab.STOPWORDS_ZH) if clause else []
        if not clause and zh:
            terms = evidence.key_terms(query.question, query.lang, vocab.STOPWORDS_ZH)
            terms = [evidence.synonyms(term, vocab.GLOSSARY_EN) for term in terms] if len(terms) <= 5 else []
        elif not clause:
            # In English, each glossary phrase is one group of Chinese alternatives; three or more must all be said.
            terms = evidence.english_groups(query.question, vocab.GLOSSARY_EN)
            terms = terms if len(terms) >= 3 else []
        if len(terms) < 2:
            return None
        found, sql = evidence.find_saying(store, terms, form_ids)
        if not found:
            return None  # no sentence says all of it: a search by meaning answers
        said = ["/".join(t) if isinstance(t, list) else t for t in terms]
        head = (f"文本在同一句中写到（{'、'.join(said)}）的项目：" if zh
                else f"forms with one sentence saying all of ({', '.join(said)}):")
    query.previous_form_ids = [item.form_id for item in found]
    lines = [f"· {item.project_name}：{item.sentence}" for item in found]
    return Answer(question=query.question, interpretation=_interpretation(query, len(found), head.rstrip("：:")),
                  text=(head + "\n" + "\n".join(lines)) if found else ("没有项目的文本这样说。" if zh else "No form says so."),
                  kind="search", records=[AnswerRecord(item.form_id, item.project_name, item.year, item.sentence) for item in found],
                  highlight_terms=years + [w for t in terms for w in (t if isinstance(t, list) else [t])], sql=sql)


def _search(query: Query, store, search) -> Answer:
    form_filter = None if query.form_filter.is_empty() else query.form_filter
    constrained = _constrained(query, store, form_filter)
    if constrained is not None:
        return constrained
    if search is None:
        return _search_fallback(query, store, form_filter)
    hits = search.search(query.search_text or query.question, k=SEARCH_K, mode="hybrid", form_filter=form_filter)
    records = [AnswerRecord(form_id=hit.form_id, project_name=hit.project_name, year=hit.year,
                            detail=f"{hit.field}: {hit.snippet}") for hit in hits]
    query.previous_form_ids = [hit.form_id for hit in hits]
    if not hits:
        text = "没有找到相关的项目。" if _zh(query) else "Nothing relevant found."
    else:
        lines = [f"{i}. {hit.project_name}（{hit.year}）— {hit.snippet}" for i, hit in enumerate(hits, 1)]
        text = ("最相关的项目（按相关度）：\n" if _zh(query) else "Most relevant forms, best first:\n") + "\n".join(lines)
    terms = sorted({term for hit in hits for term in hit.matched_terms})
    return Answer(question=query.question, interpretation=_interpretation(query, len(hits)), text=text, kind="search",
                  records=records, highlight_terms=terms)


def _search_fallback(query: Query, store, form_filter: FormFilter | None) -> Answer:
    """Without a search index, the forms whose text contains the question's words, most words first."""
    from index.backend import keyword_search

    hits = keyword_search(store, query.search_text or query.question, SEARCH_K, form_filter)
    forms = store_query.forms_by_id(store, [hit.form_id for hit in hits])
    chosen = [forms[hit.form_id] for hit in hits if hit.form_id in forms]
    query.previous_form_ids = [form.id for form in chosen]
    text = ("（检索索引不可用，按关键词匹配）" if _zh(query) else "(search index unavailable; keyword match) ") + (_names(chosen) or "—")
    return Answer(question=query.question, interpretation=_interpretation(query, len(chosen)), text=text, kind="search",
                  records=[_record(form) for form in chosen],
                  highlight_terms=sorted({term for hit in hits for term in hit.matched_terms}))
