"""Several forms named by description at once (两个派出所新址的工程，一个装修一个修缮; the two sites (鲁汇 fit-out and 杜行
refurbishment)), a form named by a Chinese fragment inside English, and a form described in a hearsay sentence."""

from __future__ import annotations

import re
from functools import cache

from assistant.data_files import role_patterns
from assistant.described_name import Form, covered, english_terms, score, words_of
from assistant.exact_name import exact_spellings, untagged

_ROLES = ("count", "counted", "topic_glue", "one", "noun", "pointer", "hearsay", "sentence_end", "row_pronoun", "asker")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_ASKS_WHICH = re.compile(r"\bwhich\b|哪", re.IGNORECASE)


@cache
def _patterns() -> dict[tuple[str, str], str]:
    """The rows of assistant/data/described_lists.tsv by (language, role), each role one alternation."""
    return role_patterns("described_lists.tsv", _ROLES)


def _said(form: Form, spellings: dict[str, str]) -> str:
    """How a resolved form is written: its name without the tag when no other form has it."""
    base = untagged(form.name)
    return base if spellings.get(base) == form.name else form.name


def _best(shared: list, own: list, forms: list[Form], extra: list | None = None) -> list[Form]:
    """The one form the shared words and the item's own words fit best, its own Chinese runs (装修, 鲁汇) held whole
    and its extra English words (fit-out) narrowing; several when tied, none when nothing is held."""
    scored = []
    for form in forms:
        if not own or any(covered(run, form.haystack) < len(run) for run, _ in own):
            continue  # the item's own word must be in the form
        shared_han = [pair for pair in shared if _HAN.search(pair[0])]
        english = [pair for pair in shared + (extra or []) if not _HAN.search(pair[0])]
        scored.append((score(form, shared_han, chars=True) + score(form, english), form))
    return [form for fit, form in scored if fit == max(pair[0] for pair in scored)]


def _siblings(candidates: list[list[Form]]) -> list[Form] | None:
    """One form per item of a list, a tie broken by the item's likeness to the others resolved (the two new sites:
    杜行 is the 新址 works like 鲁汇's, not 杜行's utilities); None when an item stays open or two items are one form."""
    chosen = [found[0] if len(found) == 1 else None for found in candidates]
    for i, found in enumerate(candidates):
        if chosen[i] is None and found:
            others = [untagged(form.name) for form in chosen if form is not None]
            likeness = {id(form): sum(covered(other, form.name) for other in others) for form in found}
            top = max(likeness.values())
            best = [form for form in found if likeness[id(form)] == top]
            chosen[i] = best[0] if others and len(best) == 1 else None
    if None in chosen or len({id(form) for form in chosen}) < len(chosen):
        return None
    return chosen


def _runs(text: str) -> list[tuple[str, list[str]]]:
    """The Chinese runs of a text as concepts, a run of one character dropped (它 of nothing)."""
    return [(run, [run]) for run in _HAN.findall(text) if len(run) >= 2]


def _zh_lists(question: str, forms: list[Form], spellings: dict[str, str]) -> str:
    """两个X的工程，一个A一个B: the two forms whose names hold X and A, X and B, written where the pointer is."""
    p = _patterns()
    count, one, noun = p.get(("zh", "count"), "两个"), p.get(("zh", "one"), "一个"), p.get(("zh", "noun"), "项目")
    item = rf"(?:{one})(?:是)?([\u4e00-\u9fff]{{1,12}}?)(?:那个|的)?"
    pattern = (rf"(?:([\u4e00-\u9fff]{{2,12}}?)(?:有|的|里有))?(?:{count})([\u4e00-\u9fff]{{0,12}}?)(?:的)?(?:{noun})"
               rf"[，,：:]?\s*{item}[，、,]?\s*(?:另)?{item}(?=[，。,？?；;！!\s]|的|$)")
    for match in re.finditer(pattern, question):
        shared = _runs((match.group(1) or "") + " " + match.group(2))
        found = _siblings([_best(shared, _runs(part), forms) for part in (match.group(3), match.group(4))])
        if found is None:
            continue
        names = "和".join(_said(form, spellings) for form in found)
        rest = question[match.end():]
        pointer = re.search(p.get(("zh", "pointer"), "这两个项目"), rest)
        if pointer:  # 我想知道这两个项目的全年预算: the names where the question points back
            return question[:match.start()] + names + rest[:pointer.start()] + names + rest[pointer.end():]
        return question[:match.start()] + names + rest
    return question


def _topic_forms(topic: str, count: int, forms: list[Form]) -> list[Form]:
    """The forms a topic names as a group of `count`: those whose name holds it, else whose name, tag or unit does,
    the topic's longest tail tried first (把信访 → 信访); none when no reading gives exactly that many.

    Args:
        topic: the words before the count (人才, 信访方面 without its glue).
        count: how many forms the question says.
        forms: every stored form.

    Returns:
        The group's forms, or [] when no reading of the topic gives that many.
    """
    for start in range(len(topic) - 1):
        tail = topic[start:]
        for field in (lambda form: untagged(form.name), lambda form: form.haystack):
            holding = [form for form in forms if tail in field(form)]
            if len(holding) == count:
                return holding  # 信访方面的三个: one name says 信访, the three forms of the 信访办 are the group
    return []


def _zh_counted(question: str, forms: list[Form], spellings: dict[str, str]) -> str:
    """两个人才项目, 信访方面的三个项目, 人才那两个项目: a group named by its topic and count written as its forms."""
    from store.measures import chinese_number

    p = _patterns()
    counted, glue, noun = p.get(("zh", "counted")), p.get(("zh", "topic_glue"), "方面"), p.get(("zh", "noun"), "项目")
    if not counted:
        return question
    topic = rf"(?P<topic>[\u4e00-\u9fff]{{2,8}}?)(?:{glue})?(?:的)?"
    # the topic after the count (两个人才项目), or before it with glue (信访方面的三个, 派出所相关的三个); 人才两个项目 with
    # nothing between is named_form's group already
    glued = rf"(?P<topic>[\u4e00-\u9fff]{{2,8}}?)(?:(?:{glue})的?|的)(?:那|这)?"
    for pattern in (rf"(?<![这那])(?P<count>{counted})个{topic}(?:{noun})", rf"{glued}(?P<count>{counted})个(?:{noun})"):
        for match in re.finditer(pattern, question):
            number = chinese_number(match.group("count")) if not match.group("count").isdigit() else int(match.group("count"))
            group = _topic_forms(match.group("topic"), int(number or 0), forms) if number else []
            if len(group) >= 2:
                names = [_said(form, spellings) for form in group]
                said = "、".join(names[:-1]) + "和" + names[-1]
                kept = match.group("topic")[:len(match.group("topic")) - len(_longest_tail(match.group("topic"), group))]
                return question[:match.start()] + kept + said + question[match.end():]
    return question


def _longest_tail(topic: str, group: list[Form]) -> str:
    """The longest tail of a topic every form of the group holds (把信访 → 信访)."""
    for start in range(len(topic) - 1):
        if all(topic[start:] in form.haystack for form in group):
            return topic[start:]
    return topic


def _english_words(text: str, glossary: dict[str, str], names_en: dict[str, str]) -> list:
    """An English description's words (leads dropped) and Chinese runs, as concepts."""
    leads = set(words_of().get(("en", "lead"), []))
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text) if w.lower() not in leads]
    return english_terms(words, glossary, names_en) + _runs(text)


def _en_lists(question: str, forms, spellings, glossary, names_en) -> str:
    """the two new police station sites (鲁汇 fit-out and 杜行 refurbishment): each part with the shared words."""
    count = _patterns().get(("en", "count"), "two|both")
    pattern = rf"\b(?:the\s+)?(?:{count})\s+([A-Za-z\u4e00-\u9fff' -]{{2,80}}?)\s*[（(]([^（）()]{{2,80}})[）)]"
    for match in re.finditer(pattern, question, re.IGNORECASE):
        parts = [p for p in re.split(r"\s*(?:,|，|、|;|\band\b|和)\s*", match.group(2)) if p.strip()]
        if len(parts) < 2 or not all(_HAN.search(part) for part in parts):
            continue
        shared = _english_words(match.group(1), glossary, names_en)
        found = _siblings([_best(shared, _runs(part), forms, _english_words(_HAN.sub(" ", part), glossary, names_en))
                           for part in parts])
        if found is None:
            return question  # a list of forms not resolved one by one: no single fragment read out of it
        names = " and ".join(_said(form, spellings) for form in found)
        return question[:match.start()] + names + question[match.end():]
    return question


def _en_fragment(question: str, forms, spellings, glossary, names_en) -> str:
    """the 鲁汇 police station fit-out: a Chinese fragment a few names hold, the English words after it narrowing."""
    leads = set(words_of().get(("en", "lead"), []))
    nouns = set(words_of().get(("en", "noun"), [])) | {"station", "site", "sites", "new"}
    units_tags = " ".join(form.unit for form in forms) + " ".join(re.findall(r"[（(]([^（）()]+)[）)]", " ".join(f.name for f in forms)))
    for match in _HAN.finditer(question):
        run = match.group()
        if len(run) < 2 or run in spellings or run in units_tags:
            continue  # a whole name, a unit or a tag: the readers' own
        holding = [form for form in forms if covered(run, form.name) == len(run)]
        if not 1 <= len(holding) <= 3:
            continue
        end, after = match.end(), []
        for word in re.finditer(r"\s+([A-Za-z][A-Za-z'-]*)", question[match.end():]):
            low = word.group(1).lower()
            if word.start() != end - match.end() or low in leads or not (low in glossary or low in nouns):
                break  # only words a name may say (police station fit-out), never the question's verb
            after.append(word.group(1))
            end = match.end() + word.end()
        found = holding if len(holding) == 1 else _best([], [(run, [run])], holding, _english_words(" ".join(after), glossary, names_en))
        if len(found) != 1:
            continue
        return question[:match.start()] + _said(found[0], spellings) + " project" + question[end:]
    return question


def _hearsay(question: str, forms, spellings, glossary, names_en) -> str:
    """I was told there was a small ceremony for … . How much was spent on it?: the one form the hearsay sentence
    describes written as its name, so the pronoun after it is that form."""
    p = _patterns()
    hearsay, end = p.get(("en", "hearsay")), p.get(("en", "sentence_end"), r"\.\s")
    if not hearsay or not (said := re.match(rf"\s*(?:{hearsay})\b([^?]*?)(?:{end})", question, re.IGNORECASE)):
        return question
    concepts = _english_words(said.group(1), glossary, names_en)
    scored = sorted(((score(form, concepts), form) for form in forms), key=lambda pair: -pair[0])
    if len(scored) < 2 or scored[0][0] < 3 or scored[0][0] < 2 * scored[1][0]:
        return question  # one form stands out, by three of the sentence's concepts at least
    return f"I was told about the {_said(scored[0][1], spellings)} project. " + question[said.end():]


def named_several(question: str, owners: dict[str, str], glossary: dict[str, str], names_en: dict[str, str]) -> str:
    """The question with forms described together (a 两个…一个…一个… list, "the two … (A and B)"), a form named by a
    Chinese fragment inside English, or one described in a hearsay sentence, written as their stored names.

    Args:
        question: the question as typed.
        owners: each stored project name → its implementing unit.
        glossary: English phrase → space-separated Chinese terms (index.glossary.GLOSSARY_EN).
        names_en: English names of offices → the Chinese the store's names use.

    Returns:
        The question with the forms written as their names; unchanged when no description fits forms one by one.
    """
    if not owners:
        return question
    forms = [Form(name, unit or "") for name, unit in owners.items()]
    spellings = exact_spellings([form.name for form in forms])
    if any(spelling in question for spelling in spellings if len(spelling) >= 4):
        # a form named in full already (“两个实有”全面覆盖…: its 两个实有 is no list, no fragment); a hearsay sentence
        # naming it is still the form "it" is
        return question if _ASKS_WHICH.search(question) else _hearsay(question, forms, spellings, glossary, names_en)
    if not re.search(r"[a-zA-Z]{3}", question):
        listed = _zh_lists(question, forms, spellings)
        return listed if listed != question else _zh_counted(question, forms, spellings)  # 哪个花得多 asks among the two listed: they are named
    rewritten = _en_lists(question, forms, spellings, glossary, names_en)
    if rewritten != question or _ASKS_WHICH.search(question):
        return rewritten  # which form a lone description fits is the answer, not a form named
    rewritten = _en_fragment(question, forms, spellings, glossary, names_en)
    if rewritten == question:
        rewritten = _hearsay(question, forms, spellings, glossary, names_en)
    return rewritten

def row_pointed(question: str, rows: list[str]) -> str:
    """I want to reuse 工程验收合格率 next year. Which forms had it?: the asker's sentence naming one indicator row set
    aside and the row's name written where the asking sentence points back at it.

    Args:
        question: the question as typed.
        rows: the stored indicator names.

    Returns:
        The asking sentence with the row named; unchanged unless one sentence of the asker's names one row and the
        last, asking which forms, points back at it.
    """
    lang = "en" if re.search(r"[a-zA-Z]{3}", question) else "zh"
    p = _patterns()
    pronoun, asker = p.get((lang, "row_pronoun")), p.get((lang, "asker"))
    sentences = [s for s in re.split(r"(?<=[.。!！；;])\s*", question.strip()) if s]
    if not pronoun or not asker or len(sentences) != 2 or not _ASKS_WHICH.search(sentences[1]):
        return question
    said, asking = sentences
    opens = rf"^(?:{asker})\b" if lang == "en" else rf"^(?:{asker})"
    named = {row for row in rows if len(row) >= 4 and row in said}
    named = {row for row in named if not any(row != other and row in other for other in named)}
    if len(named) != 1 or not re.match(opens, said, re.IGNORECASE) or any(row in asking for row in rows if len(row) >= 4):
        return question
    row = named.pop()
    pointed = re.sub(pronoun, row, asking, count=1, flags=re.IGNORECASE)
    return pointed if pointed != asking else question
