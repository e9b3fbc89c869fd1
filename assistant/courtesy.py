"""Courtesies around a question (请问, "Quick question:", 谢谢): words that ask nothing, taken off before reading."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files

# Punctuation a courtesy brings with it: 请问，… / "Hi, …" / "…，谢谢？" / "… — thanks in advance?".
_MARKS = r"[\s,，:：;；.。、!！~～—–-]*"
_END_MARK = r"[?？!！。.\s]*"
# A leading clause ends at a comma, colon or exclamation; a closing one starts at a comma or dash.
_LEADING = re.compile(r"^(?P<clause>[^,，:：!！?？]+)[,，:：!！]\s*")
_CLOSING = re.compile(r"\s*(?:[,，]|\s[—–-]\s?)(?P<clause>[^,，:：?？—–]+?)(?P<mark>[?？!！。.\s]*)$")
# Words that make a clause part of the question: asking (哪些, which), pointing back (其中, those) or limiting (only).
_ASKING_ZH = re.compile(r"哪|几|多少|多[长久大高远快重]|啥|咋|什么|吗|呢|是否|有没有|怎么|如何|谁|排|列|按|其中|这些|这几|那些|那几|它们|剩下|其余|其他|只|除|不|没|无|未|都|所有|全部|每|各|[0-9０-９零〇一二两三四五六七八九十百千万亿%％]")
_ASKING_EN = re.compile(r"\b(?:which|what|how|who|where|when|whose|list|show|give|sort|rank|order|top|count|number|total|"
                        r"average|median|sum|those|them|these|they|their|its|it|others|rest|same|only|except|excluding|"
                        r"without|not|no|none|all|every|each|any|among)\b|\d", re.I)
_WORD = re.compile(r"[a-z][a-z.'-]*")
# "For 社工, …", "As for 安保经费, …": an English preposition before Chinese words scopes the question to what they name
_SCOPE_EN = re.compile(r"\b(?:for|regarding|concerning|about|re|on|in)\s*[\u4e00-\u9fff“\"]", re.I)
# Lexicon kinds of words that only join a question together (kindly, 的话, still): no condition.
_GLUE = ("stop", "example", "language")


@lru_cache(maxsize=1)
def _courtesies() -> dict[str, re.Pattern]:
    """The start and end courtesies and the markers of assistant/data/courtesies.tsv, each kind compiled into one."""
    parts: dict[str, list[str]] = {"start": [], "end": [], "marker": [], "neutral": [], "aside": [], "limits": []}
    for _, cells in data_files.rows("courtesies.tsv", 3, f"'zh|en<TAB>{'|'.join(parts)}<TAB>pattern'",
                                     lambda cells: cells[0] in ("zh", "en") and cells[1] in parts):
        before, after = (r"\b", r"\b") if cells[0] == "en" else ("", "")
        if cells[1] in ("marker", "neutral"):
            after = ""  # an English marker starts a word: apolog → apologies, thank → thanks
        parts[cells[1]].append(f"{before}(?:{cells[2]}){after}")
    return {"start": re.compile(rf"^{_MARKS}(?:{'|'.join(parts['start'])}){_MARKS}", re.I),
            "end": re.compile(rf"{_MARKS}(?:{'|'.join(parts['end'])})(?P<mark>{_END_MARK})$", re.I),
            "marker": re.compile("|".join(parts["marker"]), re.I), "neutral": re.compile("|".join(parts["neutral"])),
            # the asker's remark: a sentence of its own, or a clause after a comma or dash, up to its sentence's end
            "aside": re.compile(rf"(?P<sep>(?<=[?？.。!！])\s+|\s*[,，;；—–]\s*|^\s*)(?P<clause>(?:{'|'.join(parts['aside'])})\b"
                                rf"[^?？.。!！]*)(?P<mark>[?？.。!！]+|$)", re.I),
            "limits": re.compile("|".join(parts["limits"]), re.I)}


@lru_cache(maxsize=1)
def _placed_phrases() -> tuple[frozenset[str], frozenset[str]]:
    """The phrases readers place — the lexicon's (glue kinds left out), its column labels and English names, and the
    condition cues: Chinese ones (matched anywhere) and English ones (matched as whole words)."""
    from assistant import leftovers, lexicon

    words = lexicon.load()
    english_cues, chinese_cues = leftovers.condition_cues()
    phrases = {phrase for kind, keys in words.phrases.items() if kind not in _GLUE for phrase in keys}
    phrases |= {label.lower() for info in words.fields.values() for label in (info.zh, info.en)}
    phrases |= set(words.names_en) | set(words.names_en.values()) | set(english_cues) | set(chinese_cues)
    chinese = {p for p in phrases if re.fullmatch(r"[\u4e00-\u9fff（）()]{2,}", p)}
    english = {p for p in phrases if re.fullmatch(r"[a-z][a-z .'-]{2,}", p)}
    return frozenset(chinese), frozenset(english)


def _is_courtesy(clause: str) -> bool:
    """A clause that holds a courtesy's marker or is a bare address (亲, 老王, "Greetings"), and nothing a reader places."""
    said = _courtesies()["neutral"].sub(" ", clause).strip()
    if not said:
        return bool(clause.strip())  # nothing but courtesy words (在不在)
    clause = said
    if _ASKING_ZH.search(clause):
        return False
    if _ASKING_EN.search(clause) or _SCOPE_EN.search(clause):
        return False
    chinese, english = _placed_phrases()
    lowered = clause.lower()
    spaced = " " + " ".join(_WORD.findall(lowered)) + " "  # whole English words, one space apart
    if any(f" {phrase} " in spaced for phrase in english) or any(phrase in lowered for phrase in chinese) \
            or _names_a_topic(lowered):
        return False
    short = len(re.findall(r"[\u4e00-\u9fff]", clause)) <= 3 and len(re.findall(r"[A-Za-z]+", clause)) <= 2
    return bool(_courtesies()["marker"].search(clause)) or short


def unwrapped(question: str) -> str:
    """The question without the courtesies around it; a question that is nothing but a courtesy is kept whole.

    Args:
        question: as typed, e.g. "请问，执行率低于60%的项目有哪些，谢谢？".

    Returns:
        e.g. "执行率低于60%的项目有哪些？"; "Hope you're well, which forms have no timeliness indicator?" gives
        "which forms have no timeliness indicator?".
    """
    courtesies = _courtesies()
    text = question.strip()
    while True:
        shorter = courtesies["start"].sub("", _without_aside(text, courtesies), count=1)
        shorter = courtesies["end"].sub(lambda match: "" if match.string[:match.start()].rstrip()[-1:] in ("?", "？", "。", ".", "!", "！")
                                        else match.group("mark").strip(), shorter, count=1)  # "…? I want the full list.": one end
        leading = _LEADING.match(shorter)
        if leading and _is_courtesy(leading.group("clause")) and not _named_before_english(leading.group("clause"), shorter[leading.end():]):
            shorter = shorter[leading.end():]
        closing = _CLOSING.search(shorter)
        if closing and _is_courtesy(closing.group("clause")):
            shorter = shorter[:closing.start()] + closing.group("mark").strip()
        if shorter == text or not re.search(r"\w", shorter):
            return text
        text = shorter.strip()


def _named_before_english(clause: str, rest: str) -> bool:
    """"社工: how much was left unspent?": Chinese words alone before an English question name what it asks about (an
    English asker addresses nobody in Chinese)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff（）()“”\"\s]+", clause)) and len(re.findall(r"[A-Za-z]+", rest)) >= 3


def _without_aside(text: str, courtesies: dict[str, re.Pattern]) -> str:
    """The text without the asker's remarks ("I mean zero outlay, full stop.", ", I've already got those", "I'm wondering
    whether the 100% is a cut.") that do not limit the forms; a remark that is the whole question stays."""
    for found in reversed(list(courtesies["aside"].finditer(text))):
        if courtesies["limits"].search(found.group("clause")):
            continue
        if found.group("sep").strip():  # a clause after a comma: its sentence's end stays
            shorter = text[:found.start()] + found.group("mark") + text[found.end():]
        else:  # a sentence of its own, its end with it
            shorter = text[:found.start()] + (" " if found.start() and found.end() < len(text) else "") + text[found.end():]
        if re.search(r"\w", shorter):
            text = shorter.strip()
    return text


def _names_a_topic(clause: str) -> bool:
    """Whether an English clause holds a word of the domain glossary ("Luhui renovation: budget after the top-up?"):
    a form described before a colon, not a greeting."""
    from index.glossary import GLOSSARY_EN

    return any(word in GLOSSARY_EN for word in re.findall(r"[a-z][a-z'-]+", clause))
