"""A budget change's size: against a share of its baseline (调减幅度超过年初预算5%), or asked after its verb (砍掉几万)."""

from __future__ import annotations

import dataclasses
import re

from assistant.data_files import role_words

_CHANGE = {"<": "annual_budget < initial_budget", ">": "annual_budget > initial_budget"}
# What comes between a change's figure and the amount it is a share of: of, over, 的, their.
_JOIN = ("follow", "stop")
# The budget word said with no year word: for a change, the budget before it, i.e. the initial one.
_PLAIN_BUDGET = re.compile(r"^(?:预算|预算数|budget|budgets|the budget)$", re.I)
_BEFORE = ("field", "weak_field", "number", "by_how_much", "how_much")
# A bare comparative (smaller, higher): "how much smaller were A than B" measures A against B, where "how much above A
# was B" measures B against A.
_COMPARATIVES = {word for (lang, _), words in role_words("asked_quantity.tsv", (
    "share", "which", "simple", "more", "less", "amount", "count", "unspent", "used", "difference", "each", "ahead",
    "behind")).items() if lang == "en" and _ in ("more", "less") for word in words}


def _baseline(token) -> bool:
    """Whether a field token names the amount a change is measured from: the initial budget, or a plain budget word."""
    return token.kind == "field" and (token.key == "initial_budget" or (token.key == "annual_budget" and bool(_PLAIN_BUDGET.match(token.text))))


def _change(tokens: list, k: int) -> str | None:
    """The predicate of the change said at k: a change word (调减幅度, 被砍掉) not qualifying a field before it, or a
    budget-change predicate."""
    token = tokens[k]
    if token.kind == "predicate" and token.key in _CHANGE.values():
        return token.key
    before = tokens[k - 1] if k else None
    if before is not None and before.kind == "field" and before.key == "annual_budget" and not before.text:
        before = tokens[k - 2] if k > 1 else None  # 被砍掉超过5万: the budget the change verbs said
    if token.kind == "compare_cue" and token.key in _CHANGE and (before is None or before.kind not in _BEFORE):
        return _CHANGE[token.key]
    return None


def changes_of_a_base(tokens: list) -> list:
    """Each change said with a figure and the amount it is measured from read as the change's size: the baseline the
    change predicate measures from is its own (the initial budget), so the amount's word is taken off and the figure
    follows the change (调减幅度超过年初预算5% → cut, > 5%; topped up by more than 30万元 over their opening budget →
    topped up, > 30万元; 被砍掉超过一成预算 → cut, > 10%).

    Args:
        tokens: the question's tokens, stop words out, change verbs already read.

    Returns:
        The tokens, each such run as PREDICATE OP NUMBER.
    """
    out, k = list(tokens), 0
    while k < len(out):
        key = _change(out, k)
        if key is None:
            k += 1
            continue
        j = k + 1
        while j < len(out) and out[j].kind == "group_cue":
            j += 1  # cut by more than
        if j >= len(out) or out[j].kind != "op":
            k += 1
            continue
        op_at = j
        # 超过年初预算5%: the amount between the comparison and the share
        if op_at + 2 < len(out) and _baseline(out[op_at + 1]) and out[op_at + 2].kind == "number" and out[op_at + 2].unit == "percent":
            number = op_at + 2
            drop = {op_at + 1}
        elif op_at + 1 < len(out) and out[op_at + 1].kind == "number" and out[op_at + 1].unit in ("percent", "amount"):
            number = op_at + 1
            tail = number + 1
            while tail < len(out) and (out[tail].kind in _JOIN or (out[tail].kind == "op" and out[tail].key in ("=", ">"))):
                tail += 1  # of their, over their
            drop = set(range(number + 1, tail + 1)) if tail < len(out) and _baseline(out[tail]) else set()
        else:
            k += 1
            continue
        if not drop:
            k += 1
            continue
        start = k - 1 if k and out[k - 1].kind == "field" and not out[k - 1].text else k
        change = dataclasses.replace(out[k], kind="predicate", key=key)
        kept = [t for n, t in enumerate(out[k + 1:], k + 1) if n not in drop]
        out = out[:start] + [change] + kept
        k = start + 1
    return out


def change_asked_after_verb(tokens: list) -> list:
    """Each change word followed by a how-much word (砍掉几万, 调减了几万元) read as the change asked, as the listed
    phrases (砍掉多少) are: one by-how-much token of the change's direction; a change word after a superlative with a
    how-much word after it (the biggest mid-year raise, and how much was it) is the change ranked.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each such pair one by_how_much token.
    """
    out = []
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.kind == "compare_cue" and token.key in _CHANGE and out and out[-1].kind == "superlative" \
                and after is not None and after.kind == "how_much":
            out.append(dataclasses.replace(token, kind="predicate", key=_CHANGE[token.key]))  # the biggest raise, and how much
            continue
        if token.kind == "how_much" and out and out[-1].kind == "compare_cue" and out[-1].key in _CHANGE \
                and out[-1].end == token.start:
            verb = out.pop()
            out.append(dataclasses.replace(verb, kind="by_how_much", key=verb.key, end=token.end, text=verb.text + token.text))
            continue
        out.append(token)
    return out


_ENDS = ("initial_budget", "annual_budget")
_COMPARED = ("op", "op_after", "number", "ratio", "compare_cue", "by_how_much")


def change_ends(tokens: list) -> list:
    """The budgets a change is said to run between (net change from opening to full-year budget, how far they moved
    from their opening figures) taken off when the change itself is the measure (调整净额, net change): they are its
    ends, not a second measure, and so is the budget said right before it (预算增减相抵: the budget's net change); a
    budget compared with something (预算超过100万) stays.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens without such ends.
    """
    at = next((k for k, t in enumerate(tokens) if (t.kind == "aggregate" and t.key.endswith("+budget_change"))
               or (t.kind in ("field", "weak_field") and t.key == "budget_change")), None)
    if at is None:
        return tokens
    out = []
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        right_before = k < at and all(t.text == tokens[at].text for t in tokens[k + 1:at + 1])  # 预算 | 增减相抵 (sum, change)
        # 全年预算数比年初预算数净变动了多少: the two ends said one after the other right before the change
        right_before = right_before or (k + 1 < at and after is not None and after.kind == "field" and after.key in _ENDS
                                        and after.key != token.key and all(t.text == tokens[at].text for t in tokens[k + 2:at + 1]))
        if (k > at or right_before) and token.kind == "field" and token.key in _ENDS \
                and (after is None or after.kind not in _COMPARED) \
                and (before is None or before.kind not in ("op", "compare_cue", "ratio")):  # 调增额占全年预算: the whole
            continue
        out.append(token)
    return out


# The amount said above or below a baseline when the question names only the baseline: above the opening figure is
# the full-year budget; below the full-year budget, the amount executed.
_MEASURED = {("initial_budget", ">"): "annual_budget", ("initial_budget", "<"): "annual_budget",
             ("annual_budget", "<"): "executed"}


def above_its_baseline(tokens: list) -> list:
    """"How much above its opening figure is it?" — how much, a comparison and one amount, no other amount named —
    read as the amount it measures against that baseline (全年预算比年初预算多多少): the budget's change, or the
    balance below the full-year budget.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such a question as AMOUNT BASELINE BY-HOW-MUCH.
    """
    fields = [k for k, t in enumerate(tokens) if t.kind in ("field", "weak_field")]
    asked = next((k for k, t in enumerate(tokens) if t.kind == "how_much"), None)
    if asked is None or len(fields) not in (1, 2) or asked + 1 >= len(tokens) or tokens[asked + 1].kind != "op" \
            or tokens[asked + 1].key not in ("<", ">"):
        return tokens
    op, base = tokens[asked + 1], tokens[fields[0]]
    between = tokens[asked + 2:fields[0]]
    measured = _MEASURED.get((base.key, op.key))
    if measured is None or fields[0] < asked or any(t.kind != "follow" for t in between):
        return tokens
    rest = tokens[fields[0] + 1:]
    if len(fields) == 2:  # how much above its opening budget was its full-year budget: the amount said after
        named = tokens[fields[1]]
        if named.kind != "field" or named.key == base.key or any(t.kind not in ("follow", "op") for t in tokens[fields[0] + 1:fields[1]]):
            return tokens
        measured, rest = named.key, tokens[fields[1] + 1:]
        if op.text.lower() in _COMPARATIVES:  # how much smaller were the initial budgets than the final ones
            measured, base = base.key, named
    amount = dataclasses.replace(base, kind="field", key=measured, end=base.start, text="")
    change = dataclasses.replace(op, kind="by_how_much", key=op.key, text=tokens[asked].text + " " + op.text)
    return tokens[:asked] + between + [amount, base, change] + rest  # its: the form before


def restated_changes(tokens: list) -> list:
    """A comparison word said twice in a row with the same meaning (全年预算和年初预算一样、没做过调整, exactly matching):
    one condition restated, the second (an equality word before an equality cue: the first) taken off.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens without the restatement.
    """
    return [t for k, t in enumerate(tokens) if not (k and t.kind == "compare_cue" and tokens[k - 1].kind == "compare_cue"
                                                    and t.key == tokens[k - 1].key)
            and not _equality_before_cue(tokens, k)]


def _equality_before_cue(tokens: list, k: int) -> bool:
    """An equality word right before an equality cue (exactly matching, precisely matches): one word of equality."""
    return tokens[k].kind == "op" and tokens[k].key == "=" and k + 1 < len(tokens) \
        and tokens[k + 1].kind == "compare_cue" and tokens[k + 1].key == "="


def directed_by_how_much(tokens: list) -> list:
    """"By how much did it go up / go down": a plain by-how-much word with a change verb straight after it, read as the
    size of a change that way (the verb's direction), so a follow-up with no amount named asks the budget's change.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such a pair one by_how_much token of the verb's direction.
    """
    out = []
    for k, token in enumerate(tokens):
        if out and token.kind == "compare_cue" and token.key in _CHANGE and out[-1].kind == "by_how_much" \
                and out[-1].key == "-" and k + 1 < len(tokens) and _baseline(tokens[k + 1]):
            out[-1] = dataclasses.replace(out[-1], key=token.key, end=token.end, text=out[-1].text + " " + token.text)
            continue
        out.append(token)
    return out

