"""Money not spent, said as a compound (尚未支出的结存, 没花掉的余额, 剩余未执行的资金, not-yet-spent balance): the unspent
balance, read whole before any negation in it is scoped; a bracketed zero exclusion after a figure ((不计零)) is "≠ 0"."""

from __future__ import annotations

import re

# 尚未 / 没(有) / 未 + a verb of spending + its complement, then 的 + a word for money, or a word for a balance itself.
_VERB = r"(?:花|用|支出|执行|使用|拨付|支付|动用)(?:掉|完|出去|出)?"
_MONEY = r"(?:钱|资金|金额|部分|预算|经费|款项|款|余额|结余|结存|余款)"
_BALANCE = r"(?:余额|结余|结存|余款)"
_ZH = re.compile(r"(?:剩余|剩下|余下|剩)?(?:的)?(?:尚|还|仍|仍然)?(?:未|没有|没|没能)" + _VERB + r"(?:的" + _MONEY + r"|" + _BALANCE + r")")
# "the not-yet-spent balance", "money never spent", "funds that were not spent".
_EN_BEFORE = re.compile(r"\b(?:not[- ](?:yet[- ])?|never[- ]|yet[- ]to[- ]be[- ])(?:spent|used|disbursed|executed)\s+"
                        r"(?:balance|money|funds|amount|remainder|portion|budget)s?\b", re.IGNORECASE)
_EN_AFTER = re.compile(r"\b(?:balance|money|funds|amount|remainder|portion)s?\s+(?:that\s+(?:was|were|is|are)\s+|which\s+(?:was|were)\s+)?"
                       r"(?:(?:that\s+|which\s+)?(?:they|it|those|these|we|he|she)\s+)?"  # the money they (did) not spend
                       r"(?:(?:did|do|does|have|has|had)\s+)?(?:not|never|didn't|haven't|hasn't|hadn't|don't|doesn't)\s+(?:yet\s+)?"
                       r"(?:spent|spend|spended|used|use|disbursed|disburse|executed|execute)\b", re.IGNORECASE)
# "the budget not spent by them": the part of their budget not spent (a budget not spent in full stays a condition)
_BUDGET_BY = re.compile(r"\bbudgets?\s+(?:that\s+(?:was|were)\s+)?(?:not|never)\s+(?:spent|used|disbursed|executed)\s+by\s+(?=(?:them|it|those|these|each)\b)",
                        re.IGNORECASE)
# "how many money not used", "how many money left over": an amount of money asked in learner's English, how much
_HOW_MANY_MONEY = re.compile(r"\bhow\s+many\s+(?=(?:money|cash|funding)\b)", re.IGNORECASE)  # never "how many budget lines"
# （不计零）, (zero excluded): of the figure before it, not equal to zero.
_ZERO_OUT = re.compile(r"[（(]\s*(?:不计|不含|不算|排除|剔除|去掉|除去)(?:零|0)(?:值)?\s*[)）]|[（(]\s*(?:零|0)(?:值)?(?:除外|不计|不算)\s*[)）]"
                       r"|[（(]\s*(?:excluding|ignoring|not counting|leaving out)\s+(?:zeros?|zeroes|0s?|nil)\s*[)）]"
                       r"|[（(]\s*(?:zeros?|zeroes|0s?)\s+(?:excluded|not counted|left out)\s*[)）]|[（(]\s*non-?zero(?: only)?\s*[)）]",
                       re.IGNORECASE)


def unspent_said(question: str) -> str:
    """The question with each compound for money not spent written 结余 / "unspent balance", and a bracketed zero
    exclusion written as 不为零 / non-zero.

    Args:
        question: as typed.

    Returns:
        The question, e.g. 尚未支出的结存低于2万元（不计零） → 结余低于2万元不为零; how many money they not spent →
        how much unspent balance.
    """
    question = _ZH.sub("结余", question)
    question = _EN_AFTER.sub("unspent balance", _EN_BEFORE.sub("unspent balance", _HOW_MANY_MONEY.sub("how much ", _BUDGET_BY.sub("unspent balance of ", question))))
    return _ZERO_OUT.sub(lambda found: " non-zero " if found.group(0).isascii() else "不为零", question)
