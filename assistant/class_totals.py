"""A class's points added up per form: "the satisfaction block carries 30 points or more", 满意度指标分值合计不少于30分."""

from __future__ import annotations

import dataclasses
import re

from assistant import model as m
from assistant.recognise import Token

# The columns a class's rows add up: its weight (分值, 权重, worth) or the points its rows scored (得分, scored).
_COLUMNS = {"indicator.weight": "weight", "budget_weight": "weight", "indicator.score": "score", "total_score": "score"}
# The words of the form's own total score (总分, total score): never a class's points.
_FORM_TOTAL = ("总", "total", "overall", "自评")
# A column word that says the rows are added up (总分值, total weight).
_TOTAL = ("总", "合计", "total ", "combined ")
# The words for a level of the indicator tree: 数量指标这一个二级指标 names the class's level, not rows.
# A row noun said with a class (满意度指标, a quality row, timeliness indicators): the class's rows, not the bare class.
_ROW_NOUN = re.compile(r"指标|indicator|\b(?:rows?|lines?|metrics?|kpis?|measures?)\b")
_LEVELS = ("一级", "二级", "level-1", "level-2", "level 1", "level 2", "first-level", "second-level")
# Fields that name a part of the form a part word may follow (the budget-execution section, 预算执行部分).
_PARTS_OF_FORM = ("execution_rate", "budget_score", "budget_weight")
# The counters of rows (3个, 两项): a figure so counted is how many rows, never points.
_ROW_COUNTERS = ("个", "项", "条")


def class_parts(tokens: list[Token]) -> list[Token]:
    """A word for the part of a form a class makes up (block, section, 部分, 这块) only right after the class word;
    elsewhere (部分项目, a part of the money) it is no word of a condition. The class's level said right after it
    (数量指标这一个二级指标) is a gloss, no count of rows.

    Args:
        tokens: recognised tokens, stop words still in.

    Returns:
        The tokens, such words away from a class and a level glossing a class read as stop words.
    """
    out = []
    for token in tokens:
        kept = [k for k, t in enumerate(out) if t.kind != "stop"]
        if token.kind == "noun" and token.key == "indicator" and any(word in token.text.lower() for word in _LEVELS) \
                and kept and (out[kept[-1]].kind == "class" or (
                    len(kept) > 1 and out[kept[-2]].kind == "class" and out[kept[-1]].kind == "number"
                    and out[kept[-1]].value == 1)):
            # 数量指标这一个二级指标下…: the class's level said beside it, no count and no indicator noun of its own
            if out[kept[-1]].kind == "number":
                out[kept[-1]] = Token("stop", "stop", out[kept[-1]].start, out[kept[-1]].end, out[kept[-1]].text)
            token = Token("stop", "stop", token.start, token.end, token.text)
        elif token.kind == "class_part":
            before = next((t for t in reversed(out) if t.kind != "stop"), None)
            if before is None or not (before.kind in ("class", "bracket", "noun") or (
                    before.kind == "field" and before.key in _PARTS_OF_FORM)):
                token = Token("stop", "stop", token.start, token.end, token.text)
        out.append(token)
    return out


def read_totals(tokens: list[Token], class_condition) -> list[Token]:
    """Replace a class, the column it adds up and a figure compared with it by one predicate on the per-form sum.

    The sum is read when the question says so (合计, in total, 加起来), names the class as a part of the form (the
    satisfaction block, 满意度部分), or gives the class without the word indicator (20 points on satisfaction,
    满意度权重); "a timeliness indicator with a weight of 20" stays a condition on one row.

    Args:
        tokens: recognised tokens, stop words out.
        class_condition: a class label → the row condition of that class (level1 / level2 = label).

    Returns:
        The tokens, each such stretch one predicate token ("indicator.sum.weight@level1=满意度指标 >= 30").
    """
    tokens = _class_repeated(tokens)
    out, i = [], 0
    while i < len(tokens):
        found = (_compared_at(tokens, i, class_condition) or _total_at(tokens, i, class_condition)) \
            if tokens[i].kind == "class" else _total_at(tokens, i, None) if _all_rows(tokens, i) else None
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        start, end, key = found
        del out[len(out) - (i - start):]
        out.append(Token("predicate", key, tokens[start].start, tokens[end - 1].end, " ".join(t.text for t in tokens[start:end]),
                         after_separator=tokens[start].after_separator, joined_by=tokens[start].joined_by))
        i = end
    return [t for t in out if t.kind != "class_part"]


def _sum_key(tokens: list[Token], k: int, column: str, class_condition) -> str:
    rows = class_condition(tokens[k].key)
    level = rows.field.name if isinstance(rows, m.Text) else "level2"
    return f"indicator.sum.{column}@{level}={tokens[k].key}"


def _compared_at(tokens: list[Token], c: int, class_condition) -> tuple[int, int, str] | None:
    """Two classes compared by their points (产出指标分值比效益指标分值高, output indicators carry more weight than
    benefit indicators): (start, end, predicate key), or None when no column word says points are compared (then
    the classes are compared by how many rows they have)."""
    kinds, columns, op, second, k = [], [], None, None, c + 1
    while k < len(tokens) and len(kinds) < 5 and not tokens[k].after_separator and tokens[k].joined_by != ",":
        token = tokens[k]
        if token.kind == "field" and token.key in _COLUMNS:
            columns.append(_COLUMNS[token.key])
        elif token.kind in ("op", "compare_cue") and token.key in ("<", ">", "<=", ">=") and op is None:
            op = token.key
        elif token.kind == "class" and second is None:
            second = k
        elif not (token.kind == "noun" and token.key == "indicator"):
            break
        kinds.append(token.kind)
        k += 1
        if op is not None and second is not None and (k >= len(tokens) or tokens[k].kind != "field"):
            break
    start = c
    if not columns and c >= 1 and tokens[c - 1].kind == "field" and tokens[c - 1].key in _COLUMNS:
        columns, start = [_COLUMNS[tokens[c - 1].key]], c - 1  # forms that weight satisfaction more than outputs
    if op is None or second is None or not columns or len(set(columns)) > 1 or tokens[second].key == tokens[c].key \
            or (k < len(tokens) and tokens[k].kind == "number"):
        return None  # satisfaction indicators … satisfaction points under 25: a figure, not the other class, compared
    first, other = _sum_key(tokens, c, columns[0], class_condition), _sum_key(tokens, second, columns[0], class_condition)
    return start, k, f"{first} {op} {other}"


def _class_repeated(tokens: list[Token]) -> list[Token]:
    """满意度指标只有1个且分值不足20分, has a timeliness indicator and a weight below 10: a row column said with no
    subject of its own after a class and a count or comparison of it is said of that class; the class is repeated."""
    out = []
    for k, token in enumerate(tokens):
        if token.kind == "field" and token.key in ("indicator.weight", "indicator.score") and k >= 2 \
                and tokens[k - 1].kind in ("number", "op_after") \
                and k + 1 < len(tokens) and (tokens[k + 1].kind in ("op", "number") or tokens[k + 1].key == "sum"):
            back = k - 1
            while back >= 0 and tokens[back].kind in ("number", "op", "op_after", "noun"):
                back -= 1
            if back >= 0 and tokens[back].kind == "class":
                out.append(Token("class", tokens[back].key, token.start, token.start, "", joined_by=token.joined_by,
                                 after_separator=token.after_separator))
                token = dataclasses.replace(token, joined_by="", after_separator=False)
        out.append(token)
    return out


def _all_rows(tokens: list[Token], i: int) -> bool:
    """Every row of the form named: the noun 指标 / indicators (not a level, not after a class), or a row column
    naming them (指标得分, indicators scored)."""
    token = tokens[i]
    if i > 0 and (tokens[i - 1].kind in ("class", "field", "number", "op_after")
                  or (tokens[i - 1].kind, tokens[i - 1].key) == ("noun", "indicator")):
        return False  # 满意度指标 (a class's rows), 10 indicators (a count)
    if token.kind == "noun" and token.key == "indicator":
        return not any(word in token.text.lower() for word in _LEVELS)
    return token.kind == "field" and token.key.startswith("indicator.") and token.key in _COLUMNS \
        and ("指标" in token.text or "indicator" in token.text.lower())


def _total_at(tokens: list[Token], c: int, class_condition) -> tuple[int, int, str] | None:
    """(start, end, predicate key) of a class total around the class token at c, or of every row's total (指标部分得分,
    indicators scored … in total: class_condition None), or None."""
    summed = parted = negated = False
    column = op = number = None
    if class_condition is None and tokens[c].kind == "field":
        column = _COLUMNS[tokens[c].key]
    end, k = c + 1, c + 1
    joined = [c]  # 效益指标加满意度指标一共60分, benefit and satisfaction indicators together: their rows together
    while class_condition is not None and k + 1 < len(tokens) and (tokens[k].kind == "plus" and tokens[k + 1].kind == "class"):
        joined.append(k + 1)
        end = k = k + 2
    while class_condition is not None and k < len(tokens) and tokens[k].kind == "class" and tokens[k].joined_by == "and":
        joined.append(k)
        end = k = k + 1
    while k < len(tokens) and (not tokens[k].after_separator and tokens[k].joined_by != "," or (
            len(joined) > 1 and k == joined[-1] + 1 and tokens[k].key == "sum")):  # 时效指标和可持续影响指标、合计…
        token = tokens[k]
        if token.kind == "class_part" or (token.kind == "bracket" and number is None and column is None) \
                or (token.kind == "noun" and token.key == "indicator") or (token.kind == "op" and token.key == "="):
            parted = parted or token.kind == "class_part"
        elif token.kind == "aggregate" and token.key == "sum":
            summed = True
        elif token.kind == "field" and token.text.endswith("总分") and k + 1 < len(tokens) and tokens[k + 1].text == "值" \
                and tokens[k + 1].start == token.end and column is None:
            column, summed, k = "weight", True, k + 1  # 满意度指标总分值: 总 + 分值, read apart as 总分 + 值
        elif token.kind == "field" and token.key == "total_score" and k + 1 < len(tokens) \
                and (tokens[k + 1].kind == "ratio" or (tokens[k + 1].kind, tokens[k + 1].key) == ("aggregate", "share")):
            pass  # 满意度在总分里占30分, 占总分的比重: the total it is a share of
        elif token.kind == "field" and token.key in _COLUMNS and column is None \
                and (class_condition is not None or token.key.startswith("indicator.")) \
                and not (token.key == "total_score" and any(w in token.text.lower() for w in _FORM_TOTAL)):
            column = _COLUMNS[token.key]
            summed = summed or (token.key != "total_score" and token.text.lower().startswith(_TOTAL))  # total weight
        elif (token.kind == "ratio" or (token.kind, token.key) == ("aggregate", "share")) and number is None:
            pass  # 分值占到30分: amounts to; 占比, 比重: a share
        elif token.kind in ("op", "op_after") and op is None:
            op = token.key
        elif token.kind == "not" and number is None and op is None and k + 1 < len(tokens) \
                and tokens[k + 1].kind in ("op", "number"):
            negated = True  # 分值合计不是30分, 不低于: the comparison turned round
        elif token.kind == "number" and number is None and (token.unit in (None, "score") or (
                token.unit == "percent" and class_condition is not None)) and not token.text.endswith(_ROW_COUNTERS):
            number = token
        else:
            break
        k += 1
        end = k
    if negated:
        op = m.NEGATED[op or "="]
    start, before = c, False
    if len(joined) > 1:  # several classes: only a sum word says their rows are added up together
        if number is None or not summed or number.unit == "percent" or (column is None and number.unit != "score"):
            return None
        keys = [_sum_key(tokens, j, column or "weight", class_condition) for j in joined]
        return start, end, keys[0] + "".join("|" + key.split("@", 1)[1] for key in keys[1:]) + f" {op or '='} {number.value:g}"
    if class_condition is None:  # every row: only a sum word or a part word says they are added up
        if number is None or not (summed or parted) or (column is None and number.unit != "score"):
            return None
        return start, end, f"indicator.sum.{column or 'score'} {op or '='} {number.value:g}"
    if number is None and c >= 1:
        # "at least 20 points on satisfaction", "30 points or more on satisfaction": the figure before the class
        back = c - 1
        if tokens[back].kind == "op_after" and back >= 1 and tokens[back - 1].kind == "number":
            op, back = op or tokens[back].key, back - 1
        if tokens[back].kind == "number" and tokens[back].unit == "score":
            number, start, before = tokens[back], back, True
            if back >= 1 and tokens[back - 1].kind == "op" and tokens[back - 1].key != "=":
                op, start = op or tokens[back - 1].key, back - 1
            if start >= 1 and tokens[start - 1].kind == "field" and tokens[start - 1].key in _COLUMNS and column is None:
                column, start = _COLUMNS[tokens[start - 1].key], start - 1  # scored fewer than 20 points on benefits
    if number is not None and number.unit == "percent":
        # 产出指标分值占比超过一半, outputs carry less than half of the weight: the class's share of the form's points
        if column != "weight" and not any(t.kind == "ratio" or (t.kind, t.key) == ("aggregate", "share") for t in tokens[c:end]):
            return None  # 满意度90%以上: a target, read by the row readers
        return start, end, f"{_sum_key(tokens, c, 'weight', class_condition).replace('.sum.', '.share.')} {op or '='} {number.value:g}"
    if number is None or (column is None and number.unit != "score"):
        return None
    words = tokens[c].text.lower()
    bare = _ROW_NOUN.search(words) is None and not any(
        t.kind == "noun" and t.key == "indicator" for t in tokens[c + 1:end])
    points = column is None and not before and number.unit == "score"  # 满意度指标只有10分: the class carries them
    rows = class_condition(tokens[c].key)
    # 满意度指标权重达到30分, satisfaction indicators weighted 30: a first-level class is a block of the form, its
    # weight the block's (one satisfaction indicator worth 30 names a row)
    block = not before and column is not None and isinstance(rows, m.Text) and rows.field.name == "level1" and not words.endswith("indicator")
    # Which satisfaction indicators are worth 10 points, 效益指标中分值为5分的有几个: with no form asked for, the rows;
    # how many benefit indicators carry 10 points: rows counted
    forms_asked = any(t.kind == "noun" and t.key == "form" for t in tokens)
    block = block and forms_asked and tokens[c].value != 1  # 一项产出指标占20分: one row of the class (row_predicate)
    points = points and tokens[c].value != 1 and (forms_asked or not (any(t.kind == "aggregate" and t.key == "count" for t in tokens)
                                             or words.endswith(("indicators", "indicator"))))  # which satisfaction indicators weigh under 10
    if column is not None and any(t.kind == "ratio" for t in tokens[c:end]):
        column = "weight"  # 满意度在总分里占30分: the share of the total it carries is its weight
    if not (summed or parted or points or block or (bare and (column is not None or before))):
        return None  # 时效指标分值为20分, a timeliness indicator worth 20 points: one row's weight
    return start, end, f"{_sum_key(tokens, c, column or 'weight', class_condition)} {op or '='} {number.value:g}"


def class_measures(tokens: list[Token], measures: list, class_condition) -> set[int]:
    """满意度权重最高的项目, the average weight of satisfaction per form, which form gives the most weight to
    satisfaction: a class and its column, with a ranking or a statistic asked of forms, are the per-form sum of
    that column over the class's rows. The measure is added to `measures`.

    Args:
        tokens: the composed tokens.
        measures: the composition's measures; the class's sum is put first.
        class_condition: a class label → the row condition of that class.

    Returns:
        The indices read (the class, its column and a sum word beside them); empty when no such measure is asked.
    """
    ranked = any(t.kind == "superlative" or (t.kind == "aggregate" and t.key in ("avg", "median", "max", "min"))
                 for t in tokens) and any(t.kind == "noun" and t.key == "form" for t in tokens)
    # 社工的满意度权重是多少, 它们的满意度权重分别是多少: the class's points of the forms named, or of the last answer's
    looked_up = any(t.kind in ("project", "follow", "each") for t in tokens)
    if not (ranked or looked_up) or any(t.kind == "number" for t in tokens):
        return set()
    for c, token in enumerate(tokens):
        if token.kind != "class":
            continue
        read = {c}
        k = c + 1
        while k < len(tokens) and (tokens[k].kind in ("class_part", "bracket") or tokens[k].kind == "noun" and tokens[k].key == "indicator"):
            read.add(k)
            k += 1
        column = k if k < len(tokens) and tokens[k].kind == "field" and tokens[k].key in _COLUMNS else None
        if column is None and c >= 1 and tokens[c - 1].kind == "field" and tokens[c - 1].key in _COLUMNS:
            column = c - 1  # the most weight to satisfaction
        if column is None:
            continue
        read.add(column)
        after = max(read) + 1
        if after < len(tokens) and tokens[after].kind == "aggregate" and tokens[after].key == "sum":
            read.add(after)  # 满意度指标分值合计最高
        measures.insert(0, m.IndicatorSum(_COLUMNS[tokens[column].key], class_condition(token.key)))
        return read
    return set()
