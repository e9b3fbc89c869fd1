"""Tokens made ready for composition: cue words naming the field after them, examples, graded by a figure, shares."""

from __future__ import annotations

import re

from assistant import model as m
from assistant.recognise import Token

# Words after a cued field that already say what it is compared with (a nonzero budget, a budget above 10万元).
_QUALIFIERS = ("op", "number", "nonzero", "compare_cue", "not", "op_after")
# Names an example word introduces ("no bracketed tag, like （平安办） or （信）"): they illustrate, they do not filter.
# 实际 / actual before an amount of the form (实际花出去的钱, actual spending): that amount, no indicator's actual value.
_ACTUALLY, _AMOUNTS = ("实际", "actual", "actually"), ("executed", "annual_budget", "initial_budget", "unspent")
_NAME_KINDS = ("tag", "bracket", "unit", "department", "project", "quoted_project", "quoted_indicator")


def apply_field_cues(tokens: list[Token], baselines: dict[str, str]) -> list[Token]:
    """"started the year with a nonzero budget": the budget after the cue is the field the cue names (the initial
    budget); with nothing after it saying what the budget was (年初就有预算), it was other than 0. A cue with no
    budget after it names the field itself.

    Args:
        tokens: the question's tokens.
        baselines: field → the field its change is measured against (the lexicon's `baseline` entries).

    Returns:
        The tokens, each cue folded into the field it names.
    """
    out: list[Token] = []
    nonzero_after: set[int] = set()
    zero_before: dict[int, Token] = {}  # the field's index → the zero said before it ("with a zero budget")
    for k, token in enumerate(tokens):
        if token.kind == "field_cue":
            if k + 1 < len(tokens) and tokens[k + 1].kind == "predicate" and tokens[k + 1].key.startswith(token.key + " "):
                continue  # started the year with a zero opening budget: the predicate after the cue says its field itself
            target = next((n for n in range(k + 1, min(k + 4, len(tokens))) if tokens[n].kind in ("field", "weak_field")), None)
            if target is not None and tokens[target].key in baselines:
                tokens[target].key, tokens[target].kind = token.key, "field"
                between = tokens[k + 1:target]
                if len(between) == 1 and between[0].kind == "number" and between[0].value == 0 and between[0].unit is None:
                    zero_before[target] = between[0]  # a figure before a budget can only be zero: "a 50 budget" is not said
                elif not any(t.kind in _QUALIFIERS for t in tokens[k + 1:target + 2]):
                    nonzero_after.add(target)
            else:
                out.append(Token("field", token.key, token.start, token.end, token.text))
            continue
        if any(token is zero for zero in zero_before.values()):
            continue  # moved after its field below
        out.append(token)
        if k in nonzero_after:
            out.append(Token("nonzero", "!=", token.end, token.end, ""))
        if k in zero_before:
            out += [Token("op", "=", token.end, token.end, ""), zero_before[k]]
    return out


def examples(tokens: list[Token]) -> set[int]:
    """The indices of an example word (like, such as, 例如) and of the names listed right after it.

    Args:
        tokens: the question's tokens.

    Returns:
        The indices read as examples.
    """
    found: set[int] = set()
    for k, token in enumerate(tokens):
        if token.kind not in ("example", "contrast"):
            continue
        found.add(k)
        n = k + 1
        # "instead of the usual 90%": what the question sets its condition against is no condition either
        listed = _NAME_KINDS + (("number",) if token.kind == "contrast" else ())
        while n < len(tokens) and (tokens[n].kind in listed or tokens[n].kind == "or"):  # like （平安办） or （信）
            found.add(n)
            n += 1
    return found




def graded_by_a_figure(tokens: list[Token]) -> list[Token]:
    """"were graded below 96 points": a word for a grade being given, followed by a figure, is the total score;
    followed by a grade ("graded excellent"), it adds nothing to the grade.

    Args:
        tokens: the question's tokens.

    Returns:
        The tokens, such a word read as the score.
    """
    for k, token in enumerate(tokens[:-1]):
        if token.kind == "field" and token.text.lower() in ("graded", "rated") and tokens[k + 1].kind == "noun" \
                and tokens[k + 1].key == "form" and tokens[k + 1].start - token.end <= 1:
            token.kind, token.key = "predicate", "grade present"  # the graded scorecards: the forms given a grade
        counted = next((t for t in tokens[k + 1:k + 4] if t.kind in ("noun", "class", "field")), None)  # more than 5 indicators
        if token.kind == "predicate" and token.key == "grade present" and tokens[k + 1].kind in ("op", "number") \
                and not (counted is not None and counted.kind in ("noun", "class") and counted.key != "form") \
                and not tokens[k + 1].joined_by:  # "carry a grade and more than 8 indicators": another condition's figure
            token.kind, token.key = "field", "total_score"
        elif token.kind == "predicate" and token.key == "grade present" and tokens[k + 1].kind == "grade":
            token.kind = "stop"  # "were graded excellent": the grade says it all
    return [t for t in tokens if t.kind != "stop"]


def share_of_forms(tokens: list[Token]) -> list[Token]:
    """"… as a share of all projects", 占全部项目的比例: a ratio word before the forms themselves (not a field) asks for
    the share of forms meeting the conditions.

    Args:
        tokens: the question's tokens.

    Returns:
        The tokens, such a ratio word read as the share.
    """
    for k, token in enumerate(tokens[:-1]):
        if token.kind == "ratio" and tokens[k + 1].kind == "noun" and tokens[k + 1].key == "form":
            token.kind, token.key = "aggregate", "share"
    return tokens


def spoken_figures(tokens: list[Token]) -> list[Token]:
    """一半多 / 七成少: 多 or 少 right after a figure is "more/less than" it, written after it; 一个时效指标都没有 /
    一条…也没有: "one" before what is negated means not a single one, so the number is no condition; a field named
    twice in a row (left with an unspent balance) is one field; 百分之多少 right after a field asks its figure;
    "less than their budget" compares with the budget.

    Args:
        tokens: the question's tokens, stop words removed.

    Returns:
        The tokens, such words read that way.
    """
    out: list[Token] = []
    skipped: set[int] = set()
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k else None
        if token.kind == "compare_cue" and token.text in ("多", "少", "低", "高") and before is not None and before.kind == "number" \
                and before.end == token.start:
            token.kind = "op_after"
        if token.kind == "number" and token.value == 1 and token.text.startswith("一") and k + 2 < len(tokens) \
                and tokens[k + 1].kind in ("class", "noun") and tokens[k + 2].kind == "not":
            negation = tokens[k + 2]
            out.append(Token("not", negation.key, token.start, token.end, negation.text))  # read as 没有时效指标
            skipped.add(k + 2)
            continue
        if token.kind == "aggregate" and token.key == "sum" and before is not None and (before.kind == "class" or before.key in (
                "indicator", "indicator_count")) and k + 2 < len(tokens) and (tokens[k + 1].kind == "op" and tokens[k + 2].kind == "number"
                                                                              or tokens[k + 1].kind == "number" and tokens[k + 2].kind == "op_after"):
            continue  # 三级指标合计超过10条的项目: each form's count of rows, in total, against the figure
        if token.kind == "follow" and before is not None and before.kind == "op" and k + 1 < len(tokens) \
                and tokens[k + 1].kind == "field":
            continue  # less than their budget: a possessive between a comparison and its field
        budget = next((t for t in out if t.kind in ("field", "weak_field") and t.key == "annual_budget"), None) \
            if token.kind == "aggregate" and token.key == "share" and before is not None and before.key == "executed" \
            and not any(t.kind == "superlative" for t in tokens) else None  # 钱花得比例最低的: the rate ranked
        if budget is not None:
            budget.kind = "field"  # 钱花掉了百分之多少: the share spent of the money, both amounts named
        elif token.kind == "aggregate" and token.key == "share" and before is not None and before.kind == "field" \
                and not before.text.isascii() and not any(t.kind == "ratio" for t in out) and not token.text.startswith("占"):
            continue  # 目标值填的百分之多少: the figure asked in percent (占总预算的比例 is a share of the total)
        if token.kind == "compare_cue" and token.text.isascii() and before is not None and before.kind == "field" \
                and k + 1 < len(tokens) and tokens[k + 1].kind == "field" and k + 1 not in skipped \
                and not tokens[k + 1].joined_by:  # "left unchanged, and utilisation …": the next field is another clause
            out += [tokens[k + 1], token]  # "A increased relative to B" is read as A 比 B 增加: A, B, then the change
            skipped.add(k + 1)
            continue
        if token.kind == "number" and token.unit is None and before is not None and (before.kind == "field" or (
                before.kind == "aggregate" and before.key in ("share", "avg", "median", "sum"))) \
                and k + 1 < len(tokens) and tokens[k + 1].kind == "noun" and tokens[k + 1].key == "form":
            continue  # the median score across all 28 forms, what share of the 28 forms: how many there are, no figure
        if token.kind == "field" and out and out[-1].kind == "field" and not _own_change(out, tokens, k) and (out[-1].key == token.key or (
                out[-1].key == "indicator.actual_number" and out[-1].text.lower() in _ACTUALLY and token.key in _AMOUNTS)):
            out[-1] = token  # left with an unspent balance: one field named twice in a row; 实际花出去的钱: the amount spent
        elif k not in skipped:
            out.append(token)
    return out


def _own_change(out: list[Token], tokens: list[Token], k: int) -> bool:
    """spent their full-year budget even though that budget was reduced from the initial one: the field named again
    with a change word after it is the subject of a second comparison, not the first field said twice."""
    return k + 1 < len(tokens) and tokens[k + 1].kind == "compare_cue" and len(out) >= 2 \
        and out[-2].kind in ("follow", "op", "field", "compare_cue")


def repeated_field(tokens: list[Token]) -> list[Token]:
    """执行率超过五成但不到九成 / a rate above 50% but below 90%: a second comparison with no field of its own, right
    after a field compared with a figure, is said of that field.

    Args:
        tokens: the question's tokens, stop words removed.

    Returns:
        The tokens, the field repeated before the second comparison.
    """
    out: list[Token] = []
    for k, token in enumerate(tokens):
        back = k - 1
        while back >= 0 and tokens[back].kind in ("op_after", "number", "op"):
            back -= 1
        if token.kind == "nonzero" and back >= 0 and back < k - 1 and tokens[back].kind == "field" \
                and any(t.kind == "number" for t in tokens[back + 1:k]):
            out.append(Token("field", tokens[back].key, token.start, token.start, ""))  # 结余低于2万元且不为零: the same field
        if token.kind == "op" and k >= 2 and tokens[k - 1].kind == "nonzero" and tokens[k - 2].kind == "field" \
                and k + 1 < len(tokens) and tokens[k + 1].kind == "number":
            out.append(Token("field", tokens[k - 2].key, token.start, token.start, ""))  # 结余不为零且低于2万元
        if token.kind == "op" and k + 1 < len(tokens) and tokens[k + 1].kind == "number" and k >= 2 \
                and (k + 2 >= len(tokens) or tokens[k + 2].kind not in ("field", "weak_field", "class", "measure")
                     and tokens[k + 2].key != "indicator"):  # "but fewer than 5 indicators": a count of its own
            at = k - 1 if tokens[k - 1].kind == "or" else k  # 低于50%或高于100%: the field repeated after the "or"
            back = at - 1
            while back >= 0 and tokens[back].kind in ("op_after", "number", "op"):
                back -= 1
            if back >= 0 and back < at - 1 and tokens[back].kind == "field" and tokens[at - 1].kind in ("number", "op_after") \
                    and any(t.kind == "number" for t in tokens[back + 1:at]):
                out.append(Token("field", tokens[back].key, token.start, token.start, ""))
            elif tokens[k - 1].kind == "predicate" and tokens[k + 1].unit in ("percent", "amount") and token.key != "=" \
                    and re.fullmatch(r"[a-z_]+ [<>=!]+ -?[\d.]+", tokens[k - 1].key):
                # "spent something but less than 50%": the figure is said of the field the phrase before it is about
                out.append(Token("field", tokens[k - 1].key.split(" ")[0], token.start, token.start, ""))
        out.append(token)
    return out


def raised_over(tokens: list[Token]) -> list[Token]:
    """A raised by more than 20% over B / cut by over 5万元 below B: the change word and "by" add nothing to the margin
    written after them ("A more than 20% above B"), so they are dropped.

    Args:
        tokens: the question's tokens, stop words removed.

    Returns:
        The tokens, such change words left out.
    """
    drop: set[int] = set()
    for k in range(1, len(tokens) - 5):
        cue, by, op, number, direction, field = tokens[k:k + 6]
        if tokens[k - 1].kind == "field" and cue.kind == "compare_cue" and cue.key in ("<", ">") \
                and by.kind == "group_cue" and op.kind == "op" and number.kind == "number" \
                and direction.kind == "op" and direction.key == cue.key and field.kind == "field":
            drop.update({k, k + 1})
    out = [t for k, t in enumerate(tokens) if k not in drop]
    for k in range(1, len(out) - 4):
        cue, by, op, number, field = out[k:k + 5]
        if out[k - 1].kind == "field" and cue.kind == "compare_cue" and cue.key in ("<", ">") and by.kind == "group_cue" \
                and op.kind == "op" and op.key in ("<", ">", "<=", ">=") and number.kind == "number" and field.kind == "field":
            # "A raised by more than 20% relative to B": read as A 比 B 增加了 20% 以上 (B, the change, then the margin)
            out[k:k + 5] = [field, cue, number, Token("op_after", op.key, op.start, op.end, op.text)]
            break
    return out


def comparative_first(tokens: list[Token]) -> list[Token]:
    """"awarded fewer points than its weight": an English comparative written before its field (more/fewer A than B)
    is the comparison A op B, read like "A below B"; 执行率比平均水平低 (A 比 the average 低) is A below the average.

    Args:
        tokens: the question's tokens, stop words removed.

    Returns:
        The tokens, the comparison moved after the first field.
    """
    out = list(tokens)
    for k in range(len(out) - 2):
        field, average, cue = out[k:k + 3]
        if field.kind == "field" and average.kind == "aggregate" and average.key in ("avg", "median") \
                and cue.kind == "compare_cue" and cue.key in ("<", ">"):
            # 执行率比平均水平低 / 预算比平均高: A 比 the average 低 is A below the average
            out[k + 1], out[k + 2] = Token("op", cue.key, cue.start, cue.end, cue.text), average
            continue
        op, first = out[k], out[k + 1]
        second = out[k + 3] if k + 3 < len(out) and out[k + 2].kind == "follow" else out[k + 2]
        restated = k > 0 and out[k - 1].kind == "weak_field" and first.kind == "weak_field" and out[k - 1].key == first.key
        if op.kind == "op" and op.key in ("<", ">") and op.text.isascii() and first.kind in ("field", "weak_field") \
                and second.kind == "field" and second.key != first.key \
                and (k == 0 or out[k - 1].kind not in ("field", "weak_field") or restated):
            out[k], out[k + 1] = first, op
            if restated:  # given less money than their opening budget: one field, said twice
                out[k - 1] = Token("stop", "stop", out[k - 1].start, out[k - 1].end, out[k - 1].text)
    return [t for t in out if t.kind != "stop"]


def alternative(state, i: int, built: m.Cond, conditions: list) -> m.Cond:
    """执行率低于六成或者得分低于95 / below 60% or a score under 95: a condition opening right after "or" is the
    alternative of the condition before it (taken off `conditions`); any other condition is returned as it is.

    Args:
        state: the composition so far; the "or" read is added to its `used`.
        i: the index of the token the condition opens with.
        built: the condition.
        conditions: the conditions read before it.

    Returns:
        The condition to add.
    """
    if i < 1 or state.tokens[i - 1].kind != "or" or i - 1 in state.used or not conditions:
        return built
    state.used.add(i - 1)
    previous = conditions.pop()
    if isinstance(built, m.Text) and _negated_names(previous):
        return m.conjoin(previous, m.Not(built))  # not 质保金, 人才 or 派出所: NOT (A OR B OR C), none of them
    return m.Or((*(previous.items if isinstance(previous, m.Or) else (previous,)), built))


def _negated_names(cond) -> bool:
    """Whether a condition is a negated name or tag, or a conjunction of them (the head of a negated list)."""
    items = cond.items if isinstance(cond, m.And) else (cond,)
    return bool(items) and all(isinstance(c, m.Not) and isinstance(c.item, m.Text) for c in items)


def compared_weak(tokens: list[Token], k: int) -> bool:
    """Whether the weak field at k ("envelope", "funds") is the second side of a comparison with a field (outturn equal to
    the envelope, spent less than their envelope): kept as a field, not dropped beside the stronger one.

    Args:
        tokens: the question's tokens.
        k: the weak field's index.

    Returns:
        True when a field, a comparison word and (their) come right before it, a comparison word and a figure right
        after it, or a comparison word and another field right after it with no field before it.
    """
    j = k - 1 - (k > 0 and tokens[k - 1].kind == "follow")
    if k + 2 < len(tokens) and ((tokens[k + 1].kind == "op" and tokens[k + 2].kind == "number")
                                or (tokens[k + 1].kind == "number" and tokens[k + 2].kind == "op_after")) and not tokens[k + 1].joined_by \
            and not (k > 0 and tokens[k - 1].kind in ("follow", "op", "field")):
        return True  # 执行比不到0.6、年初预算为零: the figure right after it is its own, not the next field's
        # (under half of their money and more than three flurbs: the money closes one comparison, opens none;
        # 年初批的钱超过100万: the money is what the field before it names)
    if k + 2 < len(tokens) and tokens[k + 1].kind == "op" and tokens[k + 1].key in ("<", ">", "=") \
            and not any(t.kind == "field" for t in tokens[:k]):
        after = k + 2 + (tokens[k + 2].kind == "follow" and k + 3 < len(tokens))
        if tokens[after].kind == "field" and tokens[after].key != tokens[k].key:
            return True  # received more money than in the initial budget: the money is compared with the field after it
    return j >= 1 and tokens[j].kind in ("op", "compare_cue") and tokens[j - 1].kind == "field"
