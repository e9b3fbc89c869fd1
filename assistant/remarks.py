"""The asker's remarks around a question (background, hedges, purpose, hearsay): clauses that ask nothing, set aside and named."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import data_files

# Sentences end at a closing mark (a full stop before a space, not a decimal point or i.e. / e.g.), a dash between spaces or a colon.
_SENTENCE = re.compile(r"(?<=[。！？!?；;])\s*|(?<=[a-z)\"'”])(?<!i\.e)(?<!e\.g)(?<!etc)(?<!\bvs)\.\s+|\s+[—–-]+\s+|\s*[—–]{1,2}\s*|[：:]\s*", re.I)
_CLAUSE = re.compile(r"\s*[，,]\s*")
# A clause that asks: a question word, a request to list or count, or a question mark.
_ASKS_ZH = re.compile(r"(?:哪|几|多少|啥|什么|谁|怎么|咋|怎|为何)(?![都也])|吗|么|呢|是否|是不是|有没有|如何|列|排|统计|[?？]")
_ASKS_EN = re.compile(r"\b(?:which|what|how|who|whom|whose|where|when|list|show|give|tell|count|rank|sort|name|is there|are there)\b|\?",
                      re.I)
# Token kinds that place nothing on their own: glue, the word for a form, a pointer, a lone operator word.
_HARMLESS = frozenset({"not", "stop", "noun", "class_part", "op", "language", "example", "about", "or", "cause", "bound_word"})
# A plain negator places nothing alone (不太熟, I don't know these forms yet); an exclusion word (别算进去) does.
_NEGATOR = re.compile(r"(?:不|没|没有|别|未|无|don't|do not|didn't|not|no|never|isn't|aren't|can't|cannot)", re.I)
# Kinds an asker's own clause may hold and still only remark: "I'm new on the budget team", a topic word (quick).
# A pointer (these forms), a word of putting together, a first or a whole are the asker's own there too; elsewhere
# they point at the previous answer (of those), a statistic (平均下来) or an order (lowest first).
_ASKER_TOLERATES = frozenset({"field", "weak_field", "topic", "name_end", "follow", "aggregate", "group_cue", "limit",
                              "first_one", "ordinal", "whole"})
# An English number word that is a figure ("one by one", "double-check" are not).
_NUMBER_WORD = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                          r"hundred|thousand|million|half|quarter|third|dozen)\b", re.I)
# A figure: digits, or a Chinese numeral other than 一 (一下, 第一次, 一个 are glue).
_FIGURE = re.compile(r"\d|(?<!第)[二两三四五六七八九十百千亿半]")


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The rows of assistant/data/remarks.tsv by (language, kind), each compiled into one pattern."""
    parts = data_files.role_patterns("remarks.tsv", ("asker", "lead", "want", "definition", "guess"))
    compiled = {}
    for (lang, kind), body in parts.items():
        if kind in ("asker", "want", "definition", "guess"):
            body = rf"(?<![a-z'])(?:{body})(?![a-z'])" if lang == "en" else body
        else:
            body = rf"(?<![a-z])(?:{body})\s*"
        compiled[(lang, kind)] = re.compile(body, re.I)
    return compiled


def _lang(text: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"[（(][^（）()]*[)）]", "", text)) and not re.search(
        r"[A-Za-z]{3,}\s+[A-Za-z]{2,}", text) else "en"


def asks(clause: str) -> bool:
    """Whether a clause asks something (a question word, a request to list, a question mark).

    Args:
        clause: a clause of the question.

    Returns:
        True when it asks.
    """
    return bool(_ASKS_ZH.search(clause) or _ASKS_EN.search(clause))


def _figure(text: str) -> bool:
    """Whether a stretch holds a figure: digits, a Chinese numeral (一 of 一下, 一张 aside) or an English number word."""
    return bool(_FIGURE.search(text) or _NUMBER_WORD.search(text))


def _excludes(clause: str) -> bool:
    """Whether a clause holds a word of exclusion (别算进去, leave out): a remark never takes one off."""
    from assistant import exclusion

    lowered = clause.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", lowered) if word.isascii() else word in lowered
               for word in exclusion.words())


def _places(clause: str, tokens: Callable[[str], list], tolerated: frozenset[str] = frozenset()) -> bool:
    """Whether a reader places anything of a clause: a figure, or a token of a kind beyond glue and pointers."""
    if _figure(clause) or _excludes(clause):
        return True
    return any(not (token.kind == "not" and _NEGATOR.fullmatch(token.text.strip())) and token.kind not in _HARMLESS | tolerated and not (token.kind == "compare_cue" and len(token.text) < 2)
               and not (token.kind == "number" and not _figure(token.text)) for token in tokens(clause))


def _is_remark(clause: str, tokens: Callable[[str], list], content: Callable[[str], list[str]], asker_said: bool = True,
               loose: bool = True, continued: bool = False) -> bool:
    """A clause that asks nothing and places nothing, said by the asker (I, my boss, 领导) or naming nothing the forms'
    text says: background, a hedge, a purpose. The asker's own clause may name a field in passing (the budget team)."""
    if not re.search(r"\w", clause) or asks(clause):
        return False
    asker = _patterns().get((_lang(clause), "asker"))
    said_by_asker = asker_said and (continued or bool(asker is not None and asker.search(clause)))
    if _places(clause, tokens, _tolerated(clause, tokens, said_by_asker)):
        return False
    return said_by_asker or (loose and not content(clause))


def _tolerated(text: str, tokens: Callable[[str], list], said_by_asker: bool) -> frozenset[str]:
    """The kinds an asker's clause may name in passing: a field with no comparison word beside it (the budget team)."""
    if not said_by_asker or any(token.kind == "compare_cue" for token in tokens(text)):
        return frozenset()
    return _ASKER_TOLERATES


def _without_lead(clause: str, tokens: Callable[[str], list]) -> tuple[str, str]:
    """A clause without the opening that says who said or wants its words (听同事说, 上周开会领导提到要看看, "my boss
    asked me to pull together"): (the rest, the opening); the clause whole when it has none or nothing follows it."""
    lead = _patterns().get((_lang(clause), "lead"))
    found = lead.search(clause) if lead is not None else None
    if found is None or not re.search(r"\w", clause[found.end():]):
        return clause, ""
    before = clause[:found.start()]
    if re.search(r"\w", before) and (asks(before) or _places(before, tokens)):
        return clause, ""  # 执行率低于60%，听说…: the opening is no lead of a clause that already says something
    return clause[found.end():], clause[:found.end()].strip(" ，,")


def _guessed(clause: str, question: str) -> bool:
    """Whether a clause asking nothing opens with the asker's guess (看着像, probably) in a question another clause asks."""
    guess = _patterns().get((_lang(clause), "guess"))
    found = guess.match(clause.strip()) if guess is not None else None
    return bool(found) and not asks(clause) and asks(question.replace(clause, ""))


def pieces(text: str, pattern: str) -> list[tuple[str, str]]:
    """A text cut at a pattern.

    Args:
        text: the text.
        pattern: where to cut (a regular expression, case ignored).

    Returns:
        (piece, the separator after it) in order; the last separator is "".
    """
    parts = re.split(f"({pattern})", text, flags=re.I)
    parts = [part if part is not None else "" for part in parts]
    return [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]


def _sentence_remark(sentence: str, tokens: Callable[[str], list], content: Callable[[str], list[str]], loose: bool) -> bool:
    """A sentence none of whose clauses asks or places anything, said by the asker or naming nothing the forms say
    (我在写一份情况说明，需要引用数字。)."""
    clauses = [clause for clause, _ in pieces(sentence, _CLAUSE.pattern) if re.search(r"\w", clause)]
    if not clauses or any(asks(clause) for clause in clauses):
        return False
    asker, lead = _patterns().get((_lang(sentence), "asker")), _patterns().get((_lang(sentence), "lead"))
    found = lead.search(sentence) if lead is not None else None
    if found is not None and _places(sentence[found.end():], tokens):
        return False  # hearsay or who asked before a condition: the clauses after it are read on their own
    said_by_asker = bool(asker is not None and asker.search(sentence))
    if any(_places(clause, tokens, _tolerated(clause, tokens, said_by_asker)) for clause in clauses):
        return False
    return said_by_asker or (loose and not content(sentence))


def set_aside(question: str, tokens: Callable[[str], list], content: Callable[[str], list[str]]) -> tuple[str, list[str]]:
    """The question without the asker's remarks, and the remarks taken off (to be named on the answer).

    A remark is a sentence or comma clause that asks nothing and that no reader places (no field, figure, name or
    condition), said by the asker or naming nothing the forms say; an opening of hearsay or of who asked is taken off a
    clause that says more. Nothing is taken off when no clause that asks or places would be left.

    Args:
        question: the question after courtesies (请问, thanks) were taken off.
        tokens: the recogniser's tokens of a stretch of text.
        content: the words of a stretch the forms' text (or the English glossary) holds.

    Returns:
        (question, remarks), e.g. ("执行率低于60%的项目有哪些？", ["领导下午要听汇报", "我临时被拉来救场"]).
    """
    strict = _set_aside(question, tokens, content, loose=False)
    return _set_aside(question, tokens, content, loose=True) if strict[1] else strict


# A clause that points back at what was said before it (of them, 其中, it): the statements before it are what it asks.
_POINTS_BACK = re.compile(r"它们|它|其中|其(?![余他次实])|上述|\b(?:it|its|them|they|their|those)\b", re.I)
# A statement asking to confirm what the asker believes (…对吧？, "…, right?"): a definition, never a condition.
_CONFIRMS = re.compile(r"(?:对吧|是吧|对不对|是不是这样|没错吧|吧|\bright|\bcorrect|\bisn't it|\byes)\s*[?？]\s*$", re.I)
# Words that make a statement a condition however it is said: only, just.
_ONLY = re.compile(r"只|仅|\b(?:only|just)\b", re.I)
# An asker's clause saying what they are learning to do (我在学怎么设满意度指标): it asks nothing of the forms.
_HOW_TO = re.compile(r"(?:学|学习|研究|了解|搞清楚|弄明白|看看)(?:一下)?(?:怎么|如何)|\blearn(?:ing)? how to\b", re.I)
_NAMING = ("field", "weak_field", "class", "class_part", "project", "quoted_project", "unit", "tag", "department", "topic")


def _asking(sentence: str) -> bool:
    """Whether a sentence asks: not one closed by 。 (想参考一下别人怎么设的。 asks nothing) or a confirmation."""
    return asks(sentence) and not re.search(r"[。！]\s*$", sentence) and not _CONFIRMS.search(sentence)  # i.e. / e.g. end in "."


def background(question: str, tokens: Callable[[str], list]) -> tuple[str, list[str]]:
    """The question read from its last asking clause when that reads a whole question; the statements before it named.

    When the last asking sentence places something on its own and points back at nothing (no it, them, 其中), the
    asker's statements before it (第一次写自评表，想参考别人怎么设满意度指标的。, "I gather budget execution is worth 10
    points.") and definitions asked to be confirmed (执行率就是执行数除以预算数对吧？) are background, not conditions; so
    are the asker's leading clauses of that sentence (我刚接手党群中心这一块，…). A statement naming something the
    question does not is background only when it is the asker's and names in passing; one saying only or leaving
    something out is a condition. When the last sentence only points (What was it? / 是多少？) at a statement of what
    the asker wants, that statement, its opening taken off, is the question.

    Args:
        question: the question after courtesies (请问, thanks) were taken off.
        tokens: the recogniser's tokens of a stretch of text.

    Returns:
        (question, remarks), e.g. ("有哪些表的满意度指标设了两个或两个以上？", ["第一次写自评表，想参考一下别人怎么设满意度指标的"]).
    """
    sentences = [(piece + mark) for piece, mark in pieces(question, _SENTENCE.pattern)]
    asking = [i for i, sentence in enumerate(sentences) if _asking(sentence)]
    if not asking or re.search(r"\w", "".join(sentences[asking[-1] + 1:])):
        return question, []
    last = sentences[asking[-1]]
    if asking[-1] > 0 and (not _places(last, tokens) or _only_points(last, tokens)):
        return _wanted(sentences[asking[-1] - 1], last, question)  # "I want X. Which are they?": X asked
    clauses = [clause + mark for clause, mark in pieces(last, _CLAUSE.pattern)]
    leading = []  # the asker's clauses opening the asking sentence, before a clause that asks or places
    while len(clauses) > 1 and _said_by_asker(clauses[0]) and (not asks(clauses[0]) or _HOW_TO.search(clauses[0])):
        leading.append(clauses.pop(0).strip(" ，,"))
    last = _pointed(sentences[:asking[-1]] + leading, "".join(clauses), tokens)
    asked = tokens(last)
    names_form = any(token.kind in _NAMES for token in asked)  # X这个项目: a pointer beside a name is the name's
    if _POINTS_BACK.search(last) or (any(token.kind == "follow" for token in asked) and not names_form) \
            or not _places(last, tokens):
        return question, []
    named = {(token.kind, token.text.lower()) for token in asked if token.kind in _NAMING}
    remarks = []
    for sentence in sentences[:asking[-1]] + leading:
        if not re.search(r"\w", sentence):
            continue
        definition = _patterns().get((_lang(sentence), "definition"))
        if _CONFIRMS.search(sentence) or (definition is not None and definition.search(sentence)):  # 除以: no exclusion
            remarks.append(sentence.strip())
            continue
        if _excludes(sentence) or _ONLY.search(sentence) or (_asking(sentence) and not _HOW_TO.search(sentence)):
            return question, []
        said_by_asker = _said_by_asker(sentence) or bool(remarks)
        if _POINTS_BACK.search(sentence) and not said_by_asker:
            return question, []  # "And their overall rate, …": said of the last answer's forms, the question itself
        own = {(token.kind, token.text.lower()) for token in tokens(sentence) if token.kind in _NAMING}
        restated = own and all(_shared({said}, named) for said in own) and not _figure(sentence) and not any(
            token.kind in ("op", "op_after", "compare_cue") for token in tokens(sentence))  # 研究一下满意度指标的设置
        if not said_by_asker and not restated and _places(sentence, tokens):
            return question, []
        if _places(sentence, tokens, _tolerated(sentence, tokens, said_by_asker)) and own and not _shared(own, named):
            return question, []
        remarks.append(sentence.strip())
    if not remarks:
        return question, []
    return last.strip(), [remark.strip(" 。.：:") for remark in remarks]


# A bare pronoun for a thing said before (two or more of them, score on it, 它们有几个): not its (a form's own).
_PRONOUN = {"en": re.compile(r"\b(?:of\s+)?(?:them|it)\b(?!')", re.I), "zh": re.compile(r"它们|它(?!的)")}


def _pointed(statements: list[str], asking: str, tokens: Callable[[str], list]) -> str:
    """The asking clause with a bare pronoun written as the one field or class the statements before it name and it
    does not ("I noticed some forms have more than one satisfaction indicator. Which forms have two or more of them?":
    two or more satisfaction indicator); the clause as said when they name none, or several."""
    pronoun = _PRONOUN[_lang(asking)]
    if not pronoun.search(asking) or any(token.kind == "follow" and not pronoun.fullmatch(token.text) for token in tokens(asking)):
        return asking
    said = {token.text.lower() for token in tokens(asking) if token.kind in ("field", "class")}
    before = list(dict.fromkeys(token.text for statement in statements for token in tokens(statement)
                                if token.kind in ("field", "class") and token.text.lower() not in said))
    return pronoun.sub(before[0], asking, count=1) if len(before) == 1 else asking


def _shared(own: set[tuple[str, str]], named: set[tuple[str, str]]) -> bool:
    """Whether a statement names something the question names: the same words, or a part of them (党群中心 of （党群中心）)."""
    return any(said in asked or asked in said for _, said in own for _, asked in named)


def _said_by_asker(text: str) -> bool:
    """Whether a stretch holds a word making it the asker's own (I, my boss, 我, 领导)."""
    asker = _patterns().get((_lang(text), "asker"))
    return bool(asker is not None and asker.search(text))


def _only_points(sentence: str, tokens: Callable[[str], list]) -> bool:
    """Whether a sentence says nothing but a pointer (Which are they? 是哪些？): no condition, name or statistic."""
    said = tokens(sentence)
    return bool(said) and all(token.kind in ("follow", "stop", "noun") for token in said) \
        and any(token.kind == "follow" for token in said)


def _wanted(statement: str, pointer: str, question: str) -> tuple[str, list[str]]:
    """A statement of what the asker wants before a question only pointing at it ("My boss wants X for a slide. What
    was it?"): the statement without its opening, asked; the question whole when the statement says no want."""
    want = _patterns().get((_lang(statement), "want"))
    found = want.search(statement) if want is not None else None
    if found is None or _asking(statement) or not re.search(r"\w", statement[found.end():]):
        return question, []
    asked = statement[found.end():].strip(" ，,。.") + ("？" if _lang(statement) == "zh" else "?")
    return (statement[:found.start()].strip(" ，,") + ("，" if _lang(statement) == "zh" else ", ") + asked
            if re.search(r"\w", statement[:found.start()]) else asked), [pointer.strip()]


def _set_aside(question: str, tokens: Callable[[str], list], content: Callable[[str], list[str]], loose: bool) -> tuple[str, list[str]]:
    """set_aside(); loose: a clause naming nothing the forms say is a remark without the asker's word too (said once the
    asker has remarked: "First thing", 下午要开会), never in a question with no remark of the asker's ("Same again")."""
    kept, remarks, heard = [], [], set()
    for sentence, end in pieces(question, _SENTENCE.pattern):
        if _sentence_remark(sentence, tokens, content, loose):
            remarks.append(sentence.strip())
            continue
        said, remarked = [], False
        for clause, mark in pieces(sentence, _CLAUSE.pattern):
            rest, lead = _without_lead(clause, tokens)
            if lead:
                remarks.append(lead)  # 听同事说 / "my boss asked me to find": what follows is read on its own
                heard.add(len(kept) + len(said))
            if _guessed(rest, question):  # 看着像填错单位了, "probably a unit mistake": the asker's guess at a cause
                remarks.append(rest.strip(" 。."))
                continue
            # 我刚接手这块工作，对这些表格还在摸索: a clause after the asker's remark goes on with the asker as subject
            if _is_remark(rest, tokens, content, asker_said=not lead, loose=loose, continued=remarked and not lead):
                remarks.append(rest.strip())
                remarked = True
                continue
            remarked = False
            said.append(rest + mark)
        if said:
            kept += said[:-1] + [said[-1].rstrip(" ，,") + end]
    for index in sorted(heard):
        if index + 1 < len(kept):
            kept[index], kept[index + 1] = _claim_subject(kept[index], kept[index + 1], tokens, remarks)
    shorter = "".join(kept).strip(" ，,:：-—")
    if not remarks or not any(asks(piece) or _places(piece, tokens) for piece in kept):
        return question, []
    if question.rstrip()[-1:] in "?？" and shorter[-1:] not in "?？。.!！":
        shorter += question.rstrip()[-1]
    return shorter, [remark for remark in remarks if re.search(r"\w", remark)]


_NAMES = ("project", "quoted_project", "unit", "tag", "department")
_SUBJECT = _NAMES + ("noun",)
_COUNT = re.compile(r"几个|多少个|几张|几项|how many", re.I)
_ITS = {"zh": re.compile(r"它的|其"), "en": re.compile(r"(?<![a-z])its(?![a-z])", re.I)}


def _claim_subject(claim: str, asking: str, tokens: Callable[[str], list], remarks: list[str]) -> tuple[str, str]:
    """A hearsay claim (社工项目预算挺大的, "the 人才活动 project barely spent anything") before a clause asking a field of
    its own (它的全年执行数是多少？, "What was its execution rate?"): the claim's form is what the clause asks about, what
    it says of it is hearsay (named as a remark). A claim with a figure, or before a clause naming nothing, stays whole."""
    lang = _lang(claim + asking)
    said, asked = tokens(claim), tokens(asking)
    if _figure(claim) or not asks(asking) or any(t.kind in _NAMES for t in asked) or not any(t.kind in _NAMES for t in said):
        return claim, asking
    end = max(t.end for t in said if t.kind in _SUBJECT)
    subject, predicate = claim[:end].strip(), claim[end:].strip(" ，,.。")
    if not any(t.kind == "field" for t in asked) and (_places(predicate, tokens) or not _COUNT.search(asking)):
        return claim, asking  # 听说有几个项目一分钱都没花，是哪几个？: the claim is what is asked
    if lang == "en" and not _ITS["en"].search(asking):
        return claim, asking  # an English clause names its form by a pointer
    if predicate:
        remarks.append(predicate)
    if _ITS[lang].search(asking):
        asking = _ITS[lang].sub(subject + ("的" if lang == "zh" else "'s"), asking, count=1)
        return "", asking[0].upper() + asking[1:] if lang == "en" else asking
    return "", subject + asking


def named(remarks: list[str], lang: str) -> str:
    """The line naming the remarks set aside, for the answer's text.

    Args:
        remarks: set_aside()'s remarks.
        lang: the answer's language.

    Returns:
        e.g. "\\n未作条件（附言）：我刚接手这块工作"; "" when there are none.
    """
    if not remarks:
        return ""
    return ("\n未作条件（附言）：" + "；".join(remarks)) if lang == "zh" else ("\nignored (a remark): " + "; ".join(remarks))
