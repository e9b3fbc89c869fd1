"""Emphatic coins (一个子儿没动, 一分钱预算也没拿到, 一分不剩, didn't spend one cent, not a penny of opening budget, zero outlay,
spent every last fen): an idiom that means none, or all, of the money field its clause names."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

# 一 + a smallest sum of money (分, 毛, 厘, 块, 文, 个子儿, 点儿) + 都/也 + a negation: "not a cent", written one way
# (一分钱都没…) so the lexicon's phrases for spent nothing (一分钱都没花), left nothing (一分钱都没剩) and exactly equal
# (一分钱都不差) read every wording of it; 没有 before a verb is 没.
_NOT_A_CENT = re.compile(r"一(?:分钱?|毛钱?|厘钱?|块钱?|文钱?|个子儿?|个钢镚儿?|点儿?|丁点儿?)(?:钱)?[都也]?(没有?|未|不)(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _english() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The English idioms of assistant/data/zero_idioms.tsv: a negated verb of spending before one coin (didn't draw
    down a single yuan, not one yuan was drawn down), a zero word before a noun of money spent (zero outlay), a verb
    of spending before every coin (spent every last fen), and a bare 0 before a budget noun (had 0 initial budget).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words = {cells[0]: cells[1] for _, cells in data_files.rows("zero_idioms.tsv", 2, "'role<TAB>pattern'")}
    spend, negation, adverb, every = (f"(?:{words[role]})" for role in ("spend", "negation", "adverb", "every"))
    coin = f"(?:{words['coin']}){words['coin_noun']}"
    coin_said = re.compile(
        rf"\b(?:{negation}\s+(?:{adverb}\s+)*{spend}\s+{coin}"
        rf"|{spend}\s+not\s+{coin}"
        rf"|not\s+{coin}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|got\s+|is\s+|being\s+)?(?:{adverb}\s+)*{spend})\b", re.IGNORECASE)
    zero_said = re.compile(rf"\b(?:{words['zero']})\s+(?:{words['money']})\b(?!\s*(?:{words['not_after']})\b)", re.IGNORECASE)
    every_coin = re.compile(rf"\b{spend}\s+(?:{adverb}\s+)*{every}{words['coin_noun']}\b", re.IGNORECASE)
    bare_zero = re.compile(rf"(?<![\d.,])0\s+(?=(?:{words['budget']})\b)", re.IGNORECASE)
    return coin_said, zero_said, every_coin, bare_zero


def as_zero(question: str) -> str:
    """The question with each "not a cent" idiom written as 一分钱都没… / 一分钱都不… / "spent nothing".

    Args:
        question: as typed.

    Returns:
        The question, e.g. 一个子儿没动过 → 一分钱都没动过, 一分不差 → 一分钱都不差, "didn't draw down one cent",
        "zero outlay" → "spent nothing", "spent every last fen" → "spent in full", "0 initial budget" → "zero initial
        budget".
    """
    coin_said, zero_said, every_coin, bare_zero = _english()
    question = bare_zero.sub("zero ", bound_coins(question))
    question = every_coin.sub("spent in full", zero_said.sub("spent nothing", coin_said.sub("spent nothing", question)))
    return _NOT_A_CENT.sub(lambda found: "一分钱都" + ("不" if found.group(1) == "不" else "没"), question)


# Where a clause starts: the zero is bound to the money field said in its own clause only.
_ZH_CLAUSE = re.compile(r"[，,。；;？?！!、]")
_EN_CLAUSE = re.compile(r"[,;.?!]|\b(?:and|but|while|or)\b", re.IGNORECASE)
# What the field of a clause is written as, so the lexicon reads it: nothing left is spent in full, nothing spent is
# spent nothing, no money given is that budget = 0.
_ZH_SAID = {"left": "一分钱都没剩", "spend": "一分钱都没花", "opening": "年初预算为0", "annual": "全年预算为0"}
_EN_SAID = {"left": "spent in full", "opening": "with no initial budget", "annual": "with a full-year budget of 0"}
_ZH_AFTER_VERB = r"(?:到手|到位|到账|到|下来|下|出去|出来|出|掉|过|了|着|完)*"


@lru_cache(maxsize=1)
def _bound() -> dict[str, re.Pattern]:
    """The patterns of a coin bound to its clause's field (the zh_* and en_* rows of assistant/data/zero_idioms.tsv).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    w = {cells[0]: cells[1] for _, cells in data_files.rows("zero_idioms.tsv", 2, "'role<TAB>pattern'")}
    verbs = "|".join(f"(?P<{role}>{w['zh_' + role]})" for role in ("left", "spend", "given"))
    en_verb = rf"(?:(?:{w['en_given']})\s+)"
    return {
        # 一分钱预算也没拿到, 分文未拨, 一分不剩: the coin, then its negated verb
        "zh": re.compile(rf"连?(?:{w['zh_coin']})(?P<noun>{w['zh_noun']})?[都也]?(?P<neg>没有|没|未|不|无)(?:被|曾|能)?(?:{verbs})?{_ZH_AFTER_VERB}"),
        # 没拿到一分钱预算, 没剩一分钱: the negated verb, then the coin
        "zh_before": re.compile(rf"(?P<neg>没有|没|未|不曾)(?:{verbs}){_ZH_AFTER_VERB}(?:{w['zh_coin']})(?P<noun>{w['zh_noun']})?"),
        "zh_opening": re.compile(rf"(?:刚|在)?(?:{w['zh_opening']})"), "zh_field": re.compile(w["zh_field"]),
        "en": re.compile(rf"\b(?P<verb>{en_verb})?(?:{w['en_negation']})\s+(?:(?:even|actually|ever|so\s+much\s+as)\s+)*"
                         rf"(?P<verb2>{en_verb})?(?:even\s+)?(?:{w['en_coin']})"
                         rf"(?:\s+(?:of|in|for)\s+(?P<field>{w['en_field']}))?"
                         rf"(?:\s+(?:budgeted|allocated|granted|given|assigned|appropriated))?"
                         rf"(?:\s+(?P<time>{w['en_opening']}))?(?:\s+(?P<left>{w['en_left']})\b)?", re.IGNORECASE),
        "en_opening": re.compile(rf"\b(?:{w['en_opening']})\b", re.IGNORECASE),
        "en_field": re.compile(rf"\b(?:{w['en_field']})\s+(?:(?:was|were|is|are|came\s+to|amounted\s+to|stood\s+at)\s+)?$", re.IGNORECASE),
        "en_last": re.compile(rf"\b(?:{w['en_last']})\s+(?:{w['coin_noun']})\b", re.IGNORECASE),
    }


def bound_coins(question: str) -> str:
    """Each "not a cent" idiom written as the nil of the money field its clause names.

    Args:
        question: as typed.

    Returns:
        The question, e.g. 开年时一分钱预算也没拿到的表 → 年初预算为0的表, 一分不剩用光 → 一分钱都没剩用光,
        "started the year without a cent of budget" → "started the year with no initial budget", "whose opening
        allocation was not a single cent" → "… was 0", "not a penny left" → "spent in full", "spent their budget down
        to the last penny" → "spent their budget in full"; a coin whose verb says none of these is left as it is.
    """
    said = _bound()
    for pattern in (said["zh"], said["zh_before"]):
        question = _zh_zeros(question, pattern)
    question = said["en"].sub(_en_zero, question)
    return said["en_last"].sub("in full", question)


def _zh_zeros(question: str, pattern: re.Pattern) -> str:
    """Each Chinese coin idiom the pattern finds written as the nil its verb and clause say; as it was when they say none.
    A budget not given takes its clause's field from the time or field word before the coin (年初…, 全年预算…) on."""
    said, at = _bound(), 0
    while (found := pattern.search(question, at)) is not None:
        role = next((r for r in ("left", "spend", "given") if found.group(r)), None)
        if role is None and found.group("neg") in ("没有", "无"):
            role = "given"  # 一分钱预算都没有: none held
        start, written = found.start(), found.group(0)
        clause_at = max((m.end() for m in _ZH_CLAUSE.finditer(question, 0, found.start())), default=0)
        clause = question[clause_at:found.start()]
        opening, fields = said["zh_opening"].search(clause), list(said["zh_field"].finditer(clause))
        if role == "left" or role == "spend" and pattern is said["zh_before"]:  # 一分不剩, 没花一分钱
            written = _ZH_SAID[role]
        elif role == "given" and (found.group("noun") or fields or opening or re.search("钱|分文|子", written)):
            written = _ZH_SAID["opening" if opening or any(f.group(0).startswith("年初") for f in fields) else "annual"]
            first = [m.start() for m in ([opening] if opening else []) + fields[-1:]]
            start = clause_at + min(first) if first else start  # 开年时一分钱预算也没拿到: from the time word on
        question = question[:start] + written + question[found.end():]
        at = start + len(written)
    return question


def _en_zero(found: re.Match) -> str:
    """One English coin idiom written as the nil its words say; as it was when they say none of a field."""
    if found.group("left"):
        return _EN_SAID["left"]
    before = found.string[:found.start()]
    clause = _EN_CLAUSE.split(before)[-1] + found.group(0)
    given = found.group("verb") or found.group("verb2") or found.group("field") or found.group("time")
    if _bound()["en_field"].search(before) and not found.group("verb") and not found.group("verb2"):
        return "is 0"  # whose opening allocation was not a single cent: that field is 0
    if not given and not re.match(r"without\b", found.group(0), re.IGNORECASE):
        return found.group(0)
    return _EN_SAID["opening" if _bound()["en_opening"].search(clause) else "annual"]
