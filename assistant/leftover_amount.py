"""An amount said to be left unspent (还剩超过30万没花, 还有50万以上没花出去): the unspent balance compared with it, not
the amount as a budget and "spent nothing" as a second condition; a statistic of the money left over (the total money left
over) is of the unspent balance, no condition that some is left."""

from __future__ import annotations

import re

from assistant.recognise import Token

# What follows an amount to say it was not spent: a predicate of no spending, or 没 + a word for spending.
_NOT_SPENT = ("executed = 0", "unspent > 0")


# A predicate that some of an amount exists ("money left over": unspent > 0), by the amount it is of.
# What may stand between the statistic and the phrase: an article or "of" (the sum of the money left over).
_GLUE = ("the", "of", "of the", "all")
_SOME_OF = re.compile(r"^(annual_budget|initial_budget|executed|unspent|budget_change) > 0$")


def _statistic_of_the_amount(tokens: list[Token]) -> list[Token]:
    """A statistic (total, sum of, average; no count) right before "<amount> > 0" said as a phrase (the total money left
    over, the sum of money left over): that amount's field, the statistic's subject, not the condition that some is left."""
    out = list(tokens)
    for k, token in enumerate(out):
        found = _SOME_OF.match(token.key) if token.kind == "predicate" else None
        if found is None:
            continue
        j = k - 1
        while j >= 0 and (out[j].kind == "follow" or out[j].kind == "stop" and out[j].text.lower() in _GLUE):
            j -= 1
        if j >= 0 and out[j].kind == "aggregate" and out[j].key not in ("count", "share"):
            out[k] = Token("field", found.group(1), token.start, token.end, token.text)
    return out


def unspent_amounts(tokens: list[Token]) -> list[Token]:
    """[还剩|还有] [op] AMOUNT [以上] 没花(出去|完): the unspent balance compared with the amount (at least the amount
    when no comparison is written). An amount owned by a field before it (预算30万一分没花) is left as it is.

    Args:
        tokens: the question's tokens, stop words still in.

    Returns:
        The tokens, with an `unspent` field token before the comparison and the words of not spending read.
    """
    tokens = _statistic_of_the_amount(list(tokens))
    for j in range(len(tokens)):
        if tokens[j].kind != "number" or tokens[j].unit != "amount":
            continue
        k = j + 1
        while k < len(tokens) and tokens[k].kind == "op_after":
            k += 1
        if k < len(tokens) and tokens[k].kind == "predicate" and tokens[k].key in _NOT_SPENT:
            said = (k, k + 1)
        elif k + 1 < len(tokens) and tokens[k].kind == "not" and tokens[k + 1].kind == "field" \
                and tokens[k + 1].key == "executed":
            said = (k, k + 2)
        else:
            continue
        start = j
        while start > 0 and tokens[start - 1].kind == "op":
            start -= 1
        before = start - 1
        while before >= 0 and tokens[before].kind == "stop":
            before -= 1
        if before >= 0 and tokens[before].kind in ("field", "weak_field"):
            continue  # 预算30万一分没花: the amount is the budget's, the spending a condition of its own
        words = " ".join(t.text for t in tokens[said[0]:said[1]])
        unspent = Token("field", "unspent", tokens[said[0]].start, tokens[said[1] - 1].end, words)
        at = tokens[j].start
        compared = [] if start < j or k > j + 1 else [Token("op", ">=", at, at, "")]  # 还有50万没花: at least 50万
        return tokens[:start] + [unspent] + compared + tokens[start:said[0]] + tokens[said[1]:]
    return tokens
