"""A field and a comparison said colloquially (钱没花到六成, 年初批的钱, left over 300k, 钱用掉的比例不到一半, 最后执行率,
execution-rate score, disbursed their entire budget): bound to the field and comparison every reader knows."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files

# What a figure may start with: a digit or a Chinese numeral (六成, 一半, 百分之九十).
_FIGURE = r"(?=\s*(?:\d|[零一二两三四五六七八九十百半]))"
# The nouns for money a modifier may name, and characters that end a modifier's reach (a comparison or negation
# word inside would be a condition of its own).
_MONEY = "预算数|预算|钱|经费|资金|拨款"
_NOT_BETWEEN = "不没未无非超低高于过到比是为剩花用掏支付余"
# Around the amount spent and the share word: the money it is of (钱, their budget), a possessive.
_AROUND, _SHARE_MONEY = ("weak_field", "follow"), ("executed", "annual_budget")
# A question word right before the share: the share is what is asked, not a rate compared.
_ASKED = re.compile(r"(?:\b(?:what|which|how)\s*|多少|几)$", re.IGNORECASE)
# The field a bare score word is read as; the rows' predicate (an indicator scored below its weight) and the same of
# the budget-execution line, with the fields naming that line.
_SCORE_WORD, _ROW_LOST, _BUDGET_LOST = "total_score", "indicator: score < weight", "budget_score < budget_weight"
_BUDGET_LINE = ("execution_rate", "budget_score")
# A part's score → its weight, which a bare figure of points in an aside after the part gives (the item (10 points)).
_WEIGHT_OF = {"budget_score": "budget_weight"}
# A bracketed aside right after a field (the budget-execution line (worth 10 points) score).
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")
# The amount spent and the budget it is set against; what only joins them (their, its, the; 了, 把).
_SPENT, _BUDGET, _BETWEEN = "executed", "annual_budget", ("follow",)


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, list[str]]]:
    """class → key → words, from assistant/data/colloquial_fields.tsv.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    found: dict[str, dict[str, list[str]]] = {}
    for _, (kind, key, words) in data_files.rows("colloquial_fields.tsv", 3, "'class<TAB>key<TAB>words'",
                                                 lambda cells: all(cell.strip() for cell in cells)):
        found.setdefault(kind, {}).setdefault(key, []).extend(word for word in words.split("|") if word)
    return found


def _flat(kind: str) -> list[str]:
    """Every word of a class, whatever its key."""
    return [word for words in _words().get(kind, {}).values() for word in words]


def _alternatives(words) -> str:
    """A regular expression matching any of the words, the longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# ----- text rewrites -----------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _unreached() -> re.Pattern:
    """The negation words, a verb of one or two other characters, a reach word, a figure ahead."""
    negations, reaches = _flat("not"), "".join(map(re.escape, _flat("reach")))
    # the verb is no negation or reach character itself (没达到90 is the comparison word 没达到, read as it is)
    excluded = reaches + "".join(sorted({ch for word in negations for ch in word}))
    return re.compile(rf"(?:{_alternatives(negations)})(?P<verb>[\u4e00-\u9fff](?<![{excluded}])[\u4e00-\u9fff]?"
                      rf"(?<![{excluded}]))[{reaches}]{_FIGURE}")


def below_reached(text: str) -> str:
    """The text with each "not <verb> to <figure>" written "<verb>不到<figure>" (钱没花到六成 → 钱花不到六成), the form
    the readers take as below the figure; a negation with no verb between (没到, 没达到) is a comparison word already.

    Args:
        text: the question.

    Returns:
        The question rewritten; unchanged when it says no figure not reached.
    """
    return _unreached().sub(lambda found: found.group("verb") + "不到", text)


@lru_cache(maxsize=1)
def _modifiers() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """One pattern over every modifier, the longest first (没花掉 before 花掉), never right after a negation; modifier →
    the field's own words; and the field phrases of the lexicon (a phrase it lists is read as it is)."""
    from assistant import lexicon

    written = {modifier: field_words for field_words, modifiers in _words()["modifier"].items() for modifier in modifiers}
    between = rf"(?:(?![{_NOT_BETWEEN}])[\u4e00-\u9fff]){{0,3}}?"
    pattern = re.compile(rf"(?<![没未不])(?P<modifier>{_alternatives(written)}){between}的(?:{_MONEY})")
    words = lexicon.load()
    return pattern, written, frozenset({*words.keys("field"), *words.keys("weak_field")})


def money_named(text: str) -> str:
    """The text with each "MODIFIER …的 MONEY" written as the field the modifier names (年初批的钱 → 年初预算数, 实际
    掏出去的钱 → 全年执行数, 剩着没用的钱 → 结余), which every reader knows; other money words stay.

    Args:
        text: the question.

    Returns:
        The question rewritten.
    """
    pattern, written, listed = _modifiers()
    # a phrase the lexicon lists already (剩下的钱, 花出去的钱) is read as it is
    return pattern.sub(lambda found: found.group(0) if found.group(0) in listed else written[found.group("modifier")], text)


@lru_cache(maxsize=1)
def _negated_bounds() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """The Chinese and English patterns of a negation right before a verb of passing or reaching and a figure, and
    the verb → the comparison it leaves (at most, below) in the words every reader knows."""
    negations, passing, reaching = _flat("not"), _flat("pass"), _flat("reached")
    # not after 有 / 是 / a verb said twice (有没有超过, 是不是没到, 超没超过: a yes-no question, no negation)
    chinese = re.compile(rf"(?<![有是超过到达])(?:{_alternatives(negations)})(?P<verb>{_alternatives(passing + reaching)})"
                         rf"(?=\s*(?:\d|[零一二两三四五六七八九十百千万半]))")
    english = re.compile(rf"\b(?:(?:{_alternatives(_flat('en_not'))})(?:\s+(?:even|quite|ever|yet|actually|really))?\s+"
                         rf"(?P<verb>{_alternatives(_flat('en_pass') + _flat('en_reach'))})|(?P<short>{_alternatives(_flat('en_short'))}))"
                         # a count of things (missed one of their targets, 2 of them) is no figure compared
                         rf"(?P<middle>\s+(?:an?|the|its|their)\s+[a-z][a-z -]{{0,30}}?\s+of)?(?=\s+(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\b)(?:the\s+)?(?:[¥$]|rmb\s*)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         rf"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|half)\b))", re.IGNORECASE)
    said = {**{word: "不超过" for word in passing}, **{word: "不到" for word in reaching},
            **{word.lower(): "no more than" for word in _flat("en_pass")},
            **{word.lower(): "less than" for word in _flat("en_reach")}}
    return chinese, english, said


def negated_bounds(text: str) -> str:
    """The text with a negated verb of passing or reaching before a figure written as the comparison it leaves:
    没过六成 / 没有超过60% / never topped 60% → 不超过 / no more than (at most); 没有到六成 / 总分没上95分 / failed to
    reach 95 / couldn't make 95, and a verb of falling short (missed 90%, undershot 90%) → 不到 / less than (below). A negated "more than" is never read as "more than".

    Args:
        text: the question.

    Returns:
        The question rewritten; unchanged when it negates no such verb before a figure.
    """
    chinese, english, said = _negated_bounds()
    text = chinese.sub(lambda found: said[found.group("verb")], text)
    def written(found: re.Match) -> str:  # missed an execution rate of 80%: an execution rate of less than 80%
        comparison = "less than" if found.group("short") else said[found.group("verb").lower()]
        return f"{found.group('middle').strip()} {comparison}" if found.group("middle") else comparison

    return english.sub(written, text)


# ----- token passes ------------------------------------------------------------------------------------------------

def rankings_in_time(tokens: list) -> list:
    """The tokens without a ranking word that is a time adverb: one right before a field (最后执行率, 最终执行率) says
    when, while 执行率排在最后 / 执行率最后的 still ranks.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such ranking words left out.
    """
    times = set(_flat("time"))
    return [token for k, token in enumerate(tokens)
            if not (token.kind == "superlative" and token.text in times and k + 1 < len(tokens)
                    and tokens[k + 1].kind == "field" and tokens[k + 1].start - token.end <= 1)]


def split_before_figures(tokens: list, fields: dict[str, str], ops: dict[str, str]) -> list:
    """Each field token whose last word is a comparison word (over, under) and whose other words name the same field,
    followed straight by a figure, read as that field and the comparison: "left over 300k yuan" is more than 300k left.

    Args:
        tokens: the question's tokens, stop words out.
        fields: field phrase → field key (the lexicon's).
        ops: comparison phrase → operator (the lexicon's).

    Returns:
        The tokens, each such field split in two.
    """
    out = []
    for k, token in enumerate(tokens):
        words = token.text.split()
        if token.kind == "field" and len(words) > 1 and k + 1 < len(tokens) and tokens[k + 1].kind == "number" \
                and words[-1].lower() in ops and fields.get(" ".join(words[:-1]).lower()) == token.key:
            head, cut = " ".join(words[:-1]), token.start + token.text.rfind(words[-1])
            out.append(dataclasses.replace(token, end=token.start + len(head), text=head))
            out.append(dataclasses.replace(token, kind="op", key=ops[words[-1].lower()], start=cut, end=token.end,
                                           text=words[-1]))
            continue
        out.append(token)
    return out


def subjects_folded(tokens: list, text: str) -> list:
    """Each field written straight before a predicate on a measure made of it (全年预算数未执行完毕: the budget not
    fully spent) read as part of that predicate, so no ranking or lookup takes the field for the one asked about.

    Args:
        tokens: the question's tokens, stop words out.
        text: the text they were read from.

    Returns:
        The tokens, each such field folded into the predicate after it.
    """
    made_of, out = _words()["made_of"], []
    for token in tokens:
        before = out[-1] if out else None
        if token.kind == "predicate" and before is not None and before.kind == "field" and before.end == token.start \
                and before.key in made_of.get(token.key.split()[0], ()):
            out[-1] = dataclasses.replace(token, start=before.start, text=text[before.start:token.end])
            continue
        out.append(token)
    return out


def _share_run(tokens: list, k: int) -> tuple[int, int] | None:
    """The span [start, end) of a share word and the amount spent beside it (money words and their budget included),
    when a comparison with a figure follows it; None otherwise."""
    def money(token) -> bool:
        return token.kind in _AROUND or (token.kind == "field" and token.key in _SHARE_MONEY)

    if tokens[k].kind != "aggregate" or tokens[k].key != "share":
        return None
    start, end = k, k + 1
    while start > 0 and money(tokens[start - 1]):
        start -= 1
    while end < len(tokens) and money(tokens[end]):
        end += 1
    if not any(t.kind == "field" and t.key == _SPENT for t in tokens[start:end]):
        return None
    after = end
    while after < len(tokens) and tokens[after].kind == "op" and tokens[after].key == "=":
        after += 1  # share … is under half: "is" only joins
    if after + 1 < len(tokens) and ((tokens[after].kind == "op" and tokens[after + 1].kind == "number")
                                    or (tokens[after].kind == "number" and tokens[after + 1].kind == "op_after")):
        return start, end  # 比例不到一半, 比例在九成五以上
    return None


def spent_shares(tokens: list, text: str) -> list:
    """Each share of the amount spent compared with a figure (钱用掉的比例不到一半) read as the execution rate; a share
    asked (钱花掉了百分之多少, what share of the money was spent) stays a statistic.

    Args:
        tokens: the question's tokens, stop words out.
        text: the text they were read from.

    Returns:
        The tokens, each such run one execution-rate field token.
    """
    out, k = [], 0
    while k < len(tokens):
        span = _share_run(tokens, k)
        if span is not None and _ASKED.search(text[:tokens[span[0]].start]):
            span = None  # what percentage spent less than half: the share of forms is asked, the rate is its condition
        if span is None:
            out.append(tokens[k])
            k += 1
            continue
        start, end = span
        del out[len(out) - (k - start):]
        first, last = tokens[start], tokens[end - 1]
        out.append(dataclasses.replace(first, kind="field", key="execution_rate", end=last.end,
                                       text=text[first.start:last.end]))
        k = end
    return out


def _past_aside(tokens: list, k: int, text: str) -> int:
    """The index of the first token after a bracketed aside said right after token k (k + 1 when there is none)."""
    found = _ASIDE.match(text, tokens[k].end)
    if found is None:
        return k + 1
    return next((j for j in range(k + 1, len(tokens)) if tokens[j].start >= found.end()), len(tokens))


def scores_bound(tokens: list, text: str) -> list:
    """A rate named and then "score" with nothing between (execution-rate score, 执行率 得分): the rate's own score;
    an indicator named as the subject of a losing word (no performance indicator lost any points): the rows' predicate,
    the points word after it included; "less than full marks for execution": the budget-execution line's.

    Args:
        tokens: the question's tokens, stop words out.
        text: the text they were read from.

    Returns:
        The tokens, each such pair or run read as one.
    """
    score_of, points, joins = {key: words[0] for key, words in _words()["score_of"].items()}, _flat("points"), _flat("for")
    out, k = [], 0
    while k < len(tokens):
        token = tokens[k]
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        j = _past_aside(tokens, k, text)  # the budget-execution line (worth 10 points) score: the aside kept, "score" the line's
        after = tokens[j] if j < len(tokens) else None
        if token.kind == "field" and token.key in score_of and after is not None and after.kind == "field" \
                and after.key == _SCORE_WORD and not _ASIDE.sub("", text[token.end:after.start]).strip(" -"):
            aside = tokens[k + 1:j]
            if token.key in _WEIGHT_OF and len(aside) == 1 and aside[0].kind == "number" and aside[0].unit == "score":
                aside = [dataclasses.replace(token, key=_WEIGHT_OF[token.key], end=token.start, text=""), *aside]  # (10 points): its weight
            out.extend(aside)  # the aside read before the score it glosses, so the score keeps its comparison
            out.append(dataclasses.replace(token, key=score_of[token.key], end=after.end, text=text[token.start:after.end]))
            k = j + 1
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.kind == "predicate" and token.key == _ROW_LOST and after is not None and after.kind == "field" \
                and after.key in _BUDGET_LINE and _joined_for(token.text, text[token.end:after.start], joins):
            # got less than full marks for execution, lost points on the budget-execution part: the budget-execution
            # line's score, not an indicator's
            out.append(dataclasses.replace(token, key=_BUDGET_LOST, end=after.end, text=text[token.start:after.end]))
            k += 2
            continue
        if token.kind == "noun" and token.key == "indicator" and after is not None and after.kind == "lost":
            end = k + 2
            if end < len(tokens) and tokens[end].kind == "field" and tokens[end].text.lower() in points:
                end += 1  # lost any points: the points are what was lost
            out.append(dataclasses.replace(token, kind="predicate", key=_ROW_LOST, end=tokens[end - 1].end,
                                           text=text[token.start:tokens[end - 1].end]))
            k = end
            continue
        out.append(token)
        k += 1
    return out


def _joined_for(said: str, between: str, joins: list[str]) -> bool:
    """Whether a losing word reaches the part after it: "for" / "on" between (less than full marks for execution),
    or closing the losing phrase itself (lost points on), a determiner beside it (on the, for its)."""
    between = re.sub(r"(?:^|\s+)(?:the|its|their)$", "", between.strip().lower())
    return between in joins or (not between and said.split()[-1].lower() in joins)


@lru_cache(maxsize=1)
def _whole() -> re.Pattern:
    """The words for "all of" in both languages, whole words in English."""
    whole = _words()["whole"]
    return re.compile(rf"(?<![a-z])(?:{_alternatives(whole['en'])})(?![a-z])|{_alternatives(whole['zh'])}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _whole_after() -> re.Pattern:
    """The words for "in full" said right after the budget ("spend the reduced amount in full")."""
    return re.compile(rf"\s*(?:{_alternatives(_words()['whole']['en_after'])})(?![a-z])", re.IGNORECASE)


def spent_in_full(tokens: list, gaps: list[str], text: str) -> tuple[list, list[str]]:
    """SPENT [their] ENTIRE BUDGET read as one predicate, the budget spent in full (a negation before it then says
    not all of it was spent); "spent more than their budget" or a figure between stays as it is.

    Args:
        tokens: the question's tokens, stop words out.
        gaps: the stretches no recogniser placed (the word for "all of" among them).
        text: the text they were read from.

    Returns:
        The tokens, each such run replaced by one predicate token; the gaps without the words it read.
    """
    out, k, gaps = [], 0, list(gaps)
    while k < len(tokens):
        token = tokens[k]
        j = k + 1
        while j < len(tokens) and (tokens[j].kind in _BETWEEN or tokens[j].kind == "op"
                                   and tokens[j].text.lower() in _words()["whole"].get("en_glue", ())):
            j += 1  # spend the whole of the final budget: "of" compares nothing
        if token.kind == "field" and token.key == _SPENT and j < len(tokens) and tokens[j].kind in ("field", "weak_field") \
                and tokens[j].key == _BUDGET and ((whole := _whole().search(text[token.end:tokens[j].start]))
                                                  or (whole := _whole_after().match(text, tokens[j].end))) \
                and (j + 1 == len(tokens) or tokens[j + 1].start >= whole.end() or whole.end() <= tokens[j].start):
            gaps = [g for g in (gap.replace(whole.group(0).strip(), "", 1).strip() for gap in gaps) if g]
            out.append(dataclasses.replace(token, kind="predicate", key="execution_rate = 100", end=tokens[j].end,
                                           text=text[token.start:tokens[j].end]))
            k = j + 1
            continue
        out.append(token)
        k += 1
    return out, gaps
