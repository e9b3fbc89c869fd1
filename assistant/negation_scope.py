"""Which condition a negation word covers: 不是/except just before it, 以外 just after, 排除/不算 closing its clause."""

from __future__ import annotations


# What a closing negation can exclude: things named (a tag, unit, project, grade, class) or a condition in a phrase.
_NAMED = ("tag", "unit", "department", "project", "quoted_project", "grade", "class", "predicate")

# What a list after one negation may name, every item of it negated (不是质保金、人才或派出所): forms by name, tag or unit.
_LISTED = ("tag", "unit", "department", "project", "quoted_project")
# Words saying "all of them" that a group cue shares (every unit), which an exclusion may stand before (excluding every …).
_QUANTIFIERS = ("every", "all", "each", "any", "every single", "所有", "全部", "每个", "每一个")
# Negations after what is lacking, closing the clause before the forms' noun (时效指标都没有的项目).
_LACKING = ("没有", "没", "无", "都没有", "也没有", "缺少", "缺", "没设", "没有设", "未设", "没设置", "没有设置", "未设置", "没写", "没有写")
# The words that may stand between a named form and 不算 as the reason it is left out (执行数单位填错了).
_REASON_KINDS = ("field", "group", "noun", "weak_field", "defect")


def negated(state, i: int, closing: set[str], exclusions: frozenset[str] = frozenset()) -> bool:
    """Whether the condition read at token i is negated, marking the negation words it used.

    Args:
        state: the ComposeState (tokens, used, negations_used).
        i: the condition's first token.
        closing: negation words that may close a clause after what they exclude (带（平安办）的都排除).
        exclusions: words that exclude a whole list (leaving aside A and B, 除了A和B以外).

    Returns:
        Whether the condition is negated.
    """
    tokens = state.tokens
    state.negations_used = set()
    if _listed_after_negated(tokens, i, state.used):
        return True  # 不是质保金、人才或派出所: a negation over a list covers every item of it
    for back in (1, 2, 3):
        j = i - back
        if j >= 0 and tokens[j].kind == "not" and j not in state.used:
            state.negations_used = {j}
            k = i + 1
            while k < len(tokens) and tokens[k].kind == "noun":
                k += 1
            if k < len(tokens) and tokens[k].kind == "not" and tokens[k].text in closing and k not in state.used:
                state.negations_used.add(k)  # 撇开平安办不算: the closing word repeats the exclusion
            return True
        if j >= 0 and tokens[j].kind not in ("name_cue", "noun", "op", "follow") and not _quantifier(tokens[j]):
            break  # leave out the ones that …; excluding every project tagged X
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tokens[i].kind in _NAMED and nxt is not None and nxt.kind == "not" and i + 1 not in state.used \
            and nxt.text in _LACKING and (i + 2 == len(tokens) or tokens[i + 2].kind == "noun" or tokens[i + 2].after_separator):
        state.negations_used = {i + 1}  # 时效指标都没有的项目, 时效指标没有、…: what the forms lack, before the negation
        return True
    n = i + 1
    while n < len(tokens) and tokens[n].kind == tokens[i].kind and tokens[n].joined_by == "and":
        n += 1  # 时效指标和可持续影响指标都没有: every item of the list is lacking; the last one uses the negation
    if tokens[i].kind in _NAMED and n > i + 1 and n < len(tokens) and tokens[n].kind == "not" and n not in state.used \
            and tokens[n].text in _LACKING and (n + 1 == len(tokens) or tokens[n + 1].kind == "noun"):
        return True
    if _listed_after_exclusion(tokens, i, state.used, exclusions):
        if nxt is not None and nxt.kind == "not_after":
            state.used.add(i + 1)  # 除了A和B以外: 以外 closes the list
        return True
    # 平安办以外 / 没花钱的项目以外: 以外 after the condition, or after the noun it qualifies
    n = i + 1  # over the forms' noun or a word pointing at them (没花钱的那几个除外)
    while n < len(tokens) and tokens[n].kind in ("noun", "follow") and tokens[i].kind in _NAMED:
        n += 1
    after = tokens[n] if n < len(tokens) else None
    if after is not None and after.kind == "not_after" and n not in state.used:
        state.used.add(n)
        # 除了平安办以外: one negation said twice; a 不 already used (不算社工，平安办以外) is another condition's
        return not any(tokens[j].kind == "not" and j not in state.used for j in range(max(0, i - 2), i))
    k = i + 1
    while k < len(tokens) and (tokens[k].kind in ("noun", "follow", "defect")
                               or (tokens[k].kind == "aggregate" and _closing_next(tokens, k, closing))):
        k += 1  # 户籍档案那个数填错了，不算它: the fault named is the reason; 党群中心的几张不算: the forms counted off
    reason = next((n for n in range(i + 1, len(tokens)) if tokens[n].kind not in _REASON_KINDS), len(tokens))
    if k < reason and any(t.kind == "defect" for t in tokens[i + 1:reason]):
        k = reason  # 户籍档案那张执行数单位填错了，不算它: the column at fault is part of the reason too
    closes = tokens[i].kind in _NAMED and k < len(tokens) and tokens[k].kind == "not" and tokens[k].text in closing \
        and k not in state.used
    # …的项目不算，执行率… : the word ends its clause when a break (or nothing) follows; 不算一分没花的 negates what follows
    ends_clause = closes and (k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end
                              or tokens[k + 1].kind in ("noun", "follow"))
    if ends_clause and not any(tokens[j].kind == "not" for j in range(max(0, i - 2), i)):
        state.negations_used = {k}  # 带（平安办）的都排除 / 平安办的项目不算: the clause ends with its exclusion
        state.used.add(k)
        return True
    last = len(tokens) - 1
    if tokens[i].kind in ("project", "quoted_project") and last > i + 1 and tokens[last].kind == "not" \
            and tokens[last].text in closing and last not in state.used \
            and all(t.kind in _REASON_KINDS for t in tokens[i + 1:last]):
        # 户籍档案那张执行数单位填错了，不算: a named form, why it is left out, then the exclusion closing the question
        state.negations_used = {last}
        state.used.update(range(i + 1, last + 1))
        return True
    return False


def _listed_after_negated(tokens: list, i: int, used: set) -> bool:
    """Whether a name at i follows, after a list mark only (、 , ，和), a name a negation just before it covered
    (不是质保金、人才, not 质保金, 人才 or 派出所): the negation covers the list (no form is two of them)."""
    j = i - 1
    if tokens[i].kind not in _LISTED or j < 1 or tokens[j].kind not in _LISTED or j not in used \
            or tokens[i].start - tokens[j].end > 2 or tokens[i].joined_by not in ("and", ","):
        return False
    k = j - 1
    while k >= 0 and tokens[k].kind in _LISTED and k in used and tokens[k + 1].start - tokens[k].end <= 2 \
            and tokens[k + 1].joined_by in ("and", ","):
        k -= 1  # over the earlier items of the list
    return k >= 0 and tokens[k].kind == "not" and k in used


def _closing_next(tokens, k: int, closing: set[str]) -> bool:
    """Whether a closing negation follows token k (党群中心的几张不算: the count word names the forms left out)."""
    return closes(tokens, k, closing)


def _quantifier(token) -> bool:
    """every / all / each before what an exclusion names: no grouping, the forms it leaves out."""
    return token.kind == "group_cue" and token.text.lower() in _QUANTIFIERS


def _listed_after_exclusion(tokens: list, i: int, used: set, exclusions: frozenset[str]) -> bool:
    """"leaving aside the forms that spent nothing and the X form", 除了没花钱的和X以外: a condition joined by a
    conjunction to what an exclusion word already covers is excluded too (no comma in between: "excluding 信访办,
    forms with …" starts a new clause)."""
    # "excluding the petition office and every 平安办-tagged project": a quantifier between the conjunction and the item
    quantified = i > 0 and _quantifier(tokens[i - 1]) and tokens[i - 1].joined_by == "and" and tokens[i].joined_by == ""
    if not exclusions or (tokens[i].joined_by != "and" and not quantified):
        return False
    j = i - 2 if quantified else i - 1
    while j >= 0 and tokens[j].kind != "not" and (j in used or tokens[j].kind in ("noun", "follow")) \
            and tokens[j + 1].joined_by != ",":
        j -= 1  # over the previous item and the words for forms around it ("the ones with", 项目)
    return j >= 0 and tokens[j].kind == "not" and j in used and tokens[j + 1].joined_by != "," \
        and any(tokens[j].text.lower() == word or tokens[j].text.lower().startswith(word + " ") for word in exclusions)


def closed_after(state, i: int, closing: set[str]) -> bool:
    """Whether a comparison read from token i ends its clause with a closing negation (执行率超过100%的项目不算，…),
    marking that word used.

    Args:
        state: the ComposeState, the comparison's tokens already used.
        i: the comparison's first token.
        closing: negation words that may close a clause after what they exclude.

    Returns:
        Whether the comparison is negated.
    """
    tokens = state.tokens
    k = i
    while k + 1 < len(tokens) and k + 1 in state.used:
        k += 1
    k += 1
    while k < len(tokens) and (tokens[k].kind == "noun" or tokens[k].kind == "bracket"):
        k += 1  # 一分钱没花出去（执行数为0）的项目剔掉: a bracket restating the condition stands inside its clause
    if k >= len(tokens) or k == i + 1 or k in state.used or not (
            tokens[k].kind == "not_after" or (tokens[k].kind == "not" and tokens[k].text in closing)):
        return False
    # the word ends its clause: a break, nothing, or the forms named after it follow
    if k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].kind not in ("noun", "follow"):
        return False
    state.used.add(k)
    return True


def closes(tokens, k: int, closing: set[str]) -> bool:
    """Whether the token after k is a negation closing the clause (… the digitisation project is left out).

    Args:
        tokens: the question's tokens.
        k: the last token of what would be excluded.
        closing: negation words that may close a clause after what they exclude.

    Returns:
        Whether it is.
    """
    return k + 1 < len(tokens) and (tokens[k + 1].kind == "not_after"
                                    or (tokens[k + 1].kind == "not" and tokens[k + 1].text in closing))
