"""A form named by what it is (the big video surveillance system rental contract, the 可视化 security project, the
party building activities project (党建活动, 党群中心), 禁毒反邪教的项目): written as the one stored name every part agrees on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.data_files import role_patterns, role_words
from assistant.exact_name import exact_spellings

_ROLES = ("noun", "kept_noun", "lead", "glue", "place", "pointer", "figure", "after_noun")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAG = re.compile(r"[（(]([^（）()]{1,12})[）)]$")
# A bracket right after a description: a name, a tag or a unit, one or several (党建活动, 党群中心).
_BRACKET = re.compile(r"\s*[（(]([^（）()]{1,40})[）)]")
_PARTS = re.compile(r"\s*(?:[,，、;；/]|\band\b|和)\s*")
# A question asking which form its description fits: the description is the answer, not a form named.
_ASKS_WHICH = re.compile(r"\bwhich\b|哪")
# A second form joined after the one described (… scheme plus the social-work stations).
_PAIRED = re.compile(r"^\s*(?:plus|together with|combined with)\b", re.IGNORECASE)


@cache
def words_of() -> dict[tuple[str, str], list[str]]:
    """The words of assistant/data/described_names.tsv by (language, role), longest first.

    Returns:
        {(language, role): words}.
    """
    return role_words("described_names.tsv", _ROLES)


@cache
def _patterns() -> dict[tuple[str, str], str]:
    """The same file's rows of one (language, role) as one alternation."""
    return role_patterns("described_names.tsv", _ROLES)


@dataclass(frozen=True)
class Form:
    """A stored name with what its parts may be matched against: the name, its tag, its unit."""

    name: str
    unit: str

    @property
    def haystack(self) -> str:
        """The name and its unit, where a description's words may be found."""
        return f"{self.name} {self.unit}"


def covered(run: str, text: str) -> int:
    """How many characters of a Chinese run stand in stretches of two or more that the text holds (禁毒反邪教 in
    禁毒与反邪教: all five).

    Args:
        run: Chinese characters from a description.
        text: where they are looked for (a name and its unit).

    Returns:
        The number of the run's characters held.
    """
    held = [False] * len(run)
    for start in range(len(run)):
        for end in range(len(run), start + 1, -1):
            if run[start:end] in text:
                held[start:end] = [True] * (end - start)
                break
    return sum(held)


def english_terms(words: list[str], glossary: dict[str, str], names_en: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The description's English words as concepts, each with the Chinese terms it may be written with, the longest
    glossary phrase first (video surveillance one concept); a word the glossary lacks is matched as itself.

    Args:
        words: the description's words, lower case.
        glossary: English phrase → space-separated Chinese terms.
        names_en: English names of offices → the Chinese the store's names use.

    Returns:
        (phrase, Chinese terms) for each concept, in order.
    """
    concepts, i = [], 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            phrase = " ".join(words[i:i + size])
            if size > 1 and len(words) - i < size:
                continue
            if phrase in names_en:
                concepts.append((phrase, [names_en[phrase]]))
                break
            if phrase in glossary:
                concepts.append((phrase, glossary[phrase].split()))
                break
            if size == 1:
                concepts.append((phrase, [phrase] if _HAN.search(phrase) else []))
        i += size
    return concepts


def _unhyphenated(words: list[str], glossary: dict[str, str], names_en: dict[str, str]) -> list[str]:
    """A description's words, a hyphenated word the glossary lacks split in its parts (drug-control: drug control)."""
    split = []
    for word in words:
        whole = word in glossary or word in names_en or "-" not in word
        split += [word] if whole else [part for part in word.split("-") if part]
    return split


def _pinyin_parts(question: str, forms: list[Form]) -> dict[str, list[str]]:
    """The capitalised words of the question that spell a part of a stored name in pinyin (Luhui: 鲁汇)."""
    from assistant.pinyin_names import spelled_parts

    parts: dict[str, list[str]] = {}
    for form in forms:
        for word, part in spelled_parts(question, form.name):
            parts.setdefault(word, []).append(part)
    return parts


def _spelled(concepts: list[tuple[str, list[str]]], pinyin: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """The concepts, a word no glossary knows given the name parts it spells in pinyin."""
    return [(word, terms or pinyin.get(word, [])) for word, terms in concepts]


def score(form: Form, concepts: list[tuple[str, list[str]]], chars: bool = False) -> float:
    """How many of the description's concepts the form's name or unit says: a Chinese run by its share covered.

    Args:
        form: a stored form.
        concepts: (word, Chinese terms) pairs, a Chinese run its own term.
        chars: count a Chinese run by the characters held, however few (a list's shared words, 人才方面: 人才),
            instead of by its share when most of it is held.

    Returns:
        The score; higher fits better.
    """
    total = 0.0
    for word, terms in concepts:
        if _HAN.search(word) and chars:
            total += covered(word, form.haystack)
        elif _HAN.search(word):
            share = covered(word, form.haystack) / max(len(word), 1)
            # most of a Chinese run in the name (视频监控全覆盖 is a goal's words, not 图像视频监控…'s name)
            total += share * max(1.0, len(word) / 2) if share >= 0.75 else 0.0
        elif any(term in form.haystack for term in terms):
            total += 1.5 if " " in word else 1.0  # a glossary phrase (drug control) says more than one loose word
    return total


def _agrees(part: str, form: Form, names_en: dict[str, str], glossary: dict[str, str]) -> bool | None:
    """Whether a bracketed part (a name, a tag, a unit) fits the form; None when it fits no stored form at all."""
    part = part.strip().strip("“”\"'‘’").lower()
    if not part:
        return None
    if part in names_en:
        part = names_en[part]
    if _HAN.search(part):
        return covered(part, form.haystack) >= max(2, len(part) - 1)
    terms = [t for w in part.split() for t in glossary.get(w, "").split()]
    return any(term in form.haystack for term in terms) if terms else None


def _resolve(concepts, parts, forms, names_en, glossary) -> list[Form]:
    """The forms the description fits best, every bracketed or placed part agreeing; empty when none fits enough."""
    agreeing = forms
    for part in parts:
        fits = [form for form in agreeing if _agrees(part, form, names_en, glossary)]
        if fits:
            agreeing = fits  # a part fitting no form (a remark in brackets) narrows nothing
        elif any(_agrees(part, form, names_en, glossary) is not None for form in forms):
            return []  # the part names something, but not with the rest: no one form
    scored = sorted(((score(form, concepts), form) for form in agreeing), key=lambda pair: -pair[0])
    if not scored:
        return []
    best = scored[0][0]
    if not concepts and parts and len(agreeing) == 1:
        return agreeing
    if best < 1.5 and not (best >= 1 and len(agreeing) < len(forms)):
        return []  # one English word matched (the security project): too loose to name a form
    tied = [form for score, form in scored if score == best]
    exact = [form for form in tied if any(_TAG.sub("", form.name) == part.strip() for part in parts)]
    return exact or tied  # the fund under the 党群中心 (社工): a part that is a whole name, untagged, is that form


def _english_spans(text: str) -> list[tuple[int, int, list[str], list[str], str]]:
    """English descriptions of one form: (start, end, words, bracketed or placed parts, how the name is written in)."""
    words = words_of()
    nouns = sorted(words.get(("en", "noun"), []) + words.get(("en", "kept_noun"), []), key=len, reverse=True)
    leads, glue = set(words.get(("en", "lead"), [])), set(words.get(("en", "glue"), []))
    places = "|".join(re.escape(p) for p in words.get(("en", "place"), []))
    found = []
    for match in re.finditer(r"\b(" + "|".join(re.escape(n) for n in nouns) + r")\b(?!-)", text, re.IGNORECASE):
        before = list(re.finditer(r"[\w\u4e00-\u9fff'’&-]+", text[:match.start()]))
        desc: list[str] = []
        start = match.start()
        for word in reversed(before):
            low = word.group().lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
            if low in glue and desc and desc[0] not in glue:
                desc.insert(0, low)
                continue
            if low in leads or low.isdigit():
                break
            desc.insert(0, low)
            start = word.start()
        while desc and desc[0] in glue:
            desc.pop(0)
        if not desc:
            continue
        lead = re.search(r"\b(?:the|this|that)\s+$", text[:start], re.IGNORECASE)
        said_lead = lead.group() if lead else ""  # the … form stays "the NAME form": the readers know a form named so
        start = lead.start() if lead else start
        end, parts = match.end(), []
        if bracket := _BRACKET.match(text, end):
            parts += [p for p in _PARTS.split(bracket.group(1)) if p.strip()]
            end = bracket.end()
        if places and (place := re.match(rf"\s+(?:{places})\s+(?:the\s+)?([\u4e00-\u9fff]{{2,12}}|[a-z][a-z' -]{{2,40}}?office|[a-z][a-z' -]{{2,40}}?cent(?:er|re))\b", text[end:], re.IGNORECASE)):
            parts.append(place.group(1))
            end += place.end()
            if bracket := _BRACKET.match(text, end):  # the fund under the 党群中心 (社工)
                parts += [p for p in _PARTS.split(bracket.group(1)) if p.strip()]
                end = bracket.end()
        noun = match.group(1).lower()
        found.append((start, end, desc + [noun], parts, f"{said_lead}{{name}} {match.group(1)}"))
    # the form for police logistics and traffic wardens: the description after the noun, up to the question's words
    after = words.get(("en", "after_noun"), [])
    if after:
        for match in re.finditer(r"\b(the\s+)(" + "|".join(re.escape(n) for n in nouns) + r")\s+(?:" + "|".join(after)
                                 + r")\s+(?:the\s+)?((?:(?!\b(?:" + "|".join(re.escape(w) for w in leads - glue) + r")\b)[a-z'’-]+\s*)+)",
                                 text, re.IGNORECASE):
            desc = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", match.group(3))]
            while desc and desc[-1] in glue:
                desc.pop()
            if desc:
                end = match.start(3) + len(match.group(3).rstrip())
                found.append((match.start(), end, desc + [match.group(2).lower()], [], f"the {{name}} {match.group(2)}"))
    # the video surveillance rental (project): a noun inside a longer description is part of it
    found = [span for span in found if not any(o[0] <= span[0] and span[1] <= o[1] and o != span for o in found)]
    return found or _framed_spans(text, glue, set(nouns))


# A description with no word for a form, framed by the question: opening it before a comma (For the community safety
# volunteers, how much …) or closing it after for / of / on the (the final budget for the … launch ceremony?).
_FRAMED = (re.compile(r"^\s*(?:for|as for|regarding|about|on)\s+(the\s+)([a-z][a-z0-9'’ -]{3,100}?)\s*[,，]", re.IGNORECASE),
           re.compile(r"\b(?:for|of|on)\s+(the\s+)([a-z][a-z0-9'’ -]{3,100}?)\s*[?？.!]?\s*$", re.IGNORECASE))


def _form_noun(words: str) -> bool:
    """Whether the words hold one of the lexicon's words for a form (project, programme, scheme)."""
    from assistant import form_nouns

    return bool(re.search(rf"(?<![a-z\-]){form_nouns.english()}(?![a-z\-])", words.lower()))


def _framed_spans(text: str, glue: set[str], nouns: set[str]) -> list[tuple[int, int, list[str], list[str], str]]:
    """The description a question frames without a noun, its last word standing for the noun; one holding a word for a
    form (the project about the police station's utilities) is the described-form readers' own."""
    for pattern in _FRAMED:
        if match := pattern.search(text):
            desc = [w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[A-Za-z0-9'’-]+", match.group(2))]
            while desc and desc[0] in glue:
                desc.pop(0)
            while desc and desc[-1] in glue:
                desc.pop()
            if len(desc) >= 2 and not nouns & set(desc) and not _form_noun(match.group(2)):
                return [(match.start(1), match.end(2), desc, [], "the {name}")]
    return []


def _chinese_spans(text: str) -> list[tuple[int, int, list[str], list[str], str]]:
    """Chinese descriptions of one form: a run of fragments before a pointer and a noun (禁毒反邪教的项目,
    可视化那个安全管控项目), a bracket after it giving a unit or tag."""
    patterns = _patterns()
    pointer, noun = patterns.get(("zh", "pointer"), "的"), patterns.get(("zh", "noun"), "项目")
    found = []
    for match in re.finditer(rf"([\u4e00-\u9fff]{{2,16}}?)(?:{pointer})([\u4e00-\u9fff]{{0,6}}?)(?:{noun})", text):
        runs = [r for r in (match.group(1), match.group(2)) if len(r) >= 2]
        end, parts = match.end(), []
        if bracket := _BRACKET.match(text, end):
            parts += [p.removesuffix("的") for p in _PARTS.split(bracket.group(1)) if p.strip()]
            end = bracket.end()
        found.append((match.start(), end, runs, parts, ""))
    return found


def _bracket_named(question: str, forms: list[Form]) -> str:
    """An English description closed by its noun and the form's own name in brackets: written as that name, the
    description restating it (whatever is asked of the form, its figures or its rows counted)."""
    for start, end, _desc, parts, kept in sorted(_english_spans(question), key=lambda span: -span[0]):
        whole = [form for form in forms if any(part.strip() in (form.name, _TAG.sub("", form.name)) for part in parts)]
        if len(whole) == 1 and kept:
            question = question[:start] + kept.replace("{name}", whole[0].name) + question[end:]
    return question


def named_by_description(question: str, owners: dict[str, str], glossary: dict[str, str],
                         names_en: dict[str, str]) -> str:
    """The question with a form described by what it is written as that form's stored name, when the description's
    words (English through the glossary, Chinese fragments) and every bracketed or placed part (a name, a tag, a unit)
    fit one form better than any other; unchanged when none, or two or more, fit.

    A Chinese description already contiguous in one name is left to the readers, who read it as a part of names.

    Args:
        question: the question as typed.
        owners: each stored project name → its implementing unit.
        glossary: English phrase → space-separated Chinese terms (index.glossary.GLOSSARY_EN).
        names_en: English names of offices → the Chinese the store's names use.

    Returns:
        The question, a described form written as its stored name.
    """
    if not owners or _ASKS_WHICH.search(question):
        return question
    forms = [Form(name, unit or "") for name, unit in owners.items()]
    if any(form.name in question for form in forms if len(form.name) >= 4):
        return question  # a form named in full already
    english = bool(re.search(r"[a-zA-Z]{3}", question))
    if english and (named := _bracket_named(question, forms)) != question:
        return named  # the police logistics and auxiliary staff form (公安后勤及协管员经费): the name in brackets
    figure = _patterns().get(("en" if english else "zh", "figure"))
    if figure and not re.search(r"\b(?:" + figure + r")\b" if english else figure, question, re.IGNORECASE):
        return question  # a text quoted or rows counted: the described-form readers' own
    # the name without its tag when no other form has it (X（平安办）全年花了, For X（平安办）, … are misread; X is not)
    spellings = exact_spellings([form.name for form in forms])
    asked, spans = question, _english_spans(question) if english else _chinese_spans(question)
    pinyin = _pinyin_parts(question, forms) if english else {}
    for start, end, desc, parts, kept in sorted(spans, key=lambda span: -span[0]):
        if english:
            desc = _unhyphenated(desc, glossary, names_en)
            concepts = _spelled(english_terms(desc[:-1], glossary, names_en), pinyin)
            noun = english_terms(desc[-1:], glossary, names_en)
            if sum(score(form, noun) > 0 for form in forms) <= 3:
                concepts += noun  # the CCTV rental: a closing noun few names say describes the form too
        else:
            concepts = [(run, [run]) for run in desc]
            if len(desc) == 1 and not parts and any(desc[0] in form.name for form in forms):
                continue  # a part of one name, said as it stands: the readers' own
        found = _resolve(concepts, parts, forms, names_en, glossary)
        if len(found) != 1:
            continue
        base = _TAG.sub("", found[0].name)
        name = base if spellings.get(base) == found[0].name else found[0].name
        said = kept.replace("{name}", name) if kept else name
        question = question[:start] + said + question[end:]
        if english and _PAIRED.search(question[start + len(said):]):
            return asked  # A plus B: one of a pair named, the other not, is read as one form — the pair readers' own
    return question
