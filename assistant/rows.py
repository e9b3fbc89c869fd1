"""Indicator-row conditions: a class or measure word with its target (满意度不低于90%), classes compared, names."""

from __future__ import annotations

import re

from assistant import model as m
from assistant.recognise import Token

# Words that may stand between an indicator's word and its figure (指标, the, 的 are dropped before this).
_GLUE = {"noun", "follow"}
_VALUE_FIELDS = {"indicator.target_number": "target_number", "indicator.actual_number": "actual_number"}
_NAME = m.Field("name", "indicator")
# A row figure and the column holding the unit it was printed in.
_PERCENT_UNIT = {"target_number": "target_unit", "actual_number": "actual_unit"}
# The counters of indicator rows themselves (3个 / 两项 / 五条): a count of the class, never a target figure.
_ROW_COUNTERS = ("个", "项", "条")
# A target's wording as printed_as reads it (≥90, =100): a sign or digits first.
_PRINTED_FIGURE = re.compile(r"[≥≤><=]|\d")
# Words before a class that put the rows counted inside it (4 indicators under the quantity class).
_UNDER = ("under", "beneath", "below")
_QUOTES = "“\"'‘「『"


def in_percent(condition: m.Cond, column: str, number: Token) -> m.Cond:
    """A target of 85% or more: a row figure against a percentage holds only for rows printed in percent (not 97 人).

    Args:
        condition: the row figure compared.
        column: target_number or actual_number.
        number: the number it is compared with.

    Returns:
        The condition, with the row's unit required to be % when the number is a percentage.
    """
    if number.unit != "percent" or column not in _PERCENT_UNIT:
        return condition
    return m.conjoin(condition, m.Text(m.Field(_PERCENT_UNIT[column], "indicator"), "equals", "%"))


def measure_subject(word: str) -> m.Cond:
    """Rows whose name (or printed target) holds a measure word: 合格率 finds 工程验收合格率 and a target 合格率≥98%."""
    return m.Or((m.Text(_NAME, "contains", word), m.Text(m.Field("target", "indicator"), "contains", word)))


def _value_field(tokens: list[Token], j: int, used: set) -> tuple[str, int]:
    """The target (default) or the actual named at j, and the index after it."""
    if j < len(tokens) and tokens[j].kind == "field" and tokens[j].key in _VALUE_FIELDS and j not in used:
        return _VALUE_FIELDS[tokens[j].key], j + 1
    return "target_number", j


def row_value(tokens: list[Token], i: int, used: set, subject: m.Cond) -> tuple[m.Cond, set] | None:
    """SUBJECT [目标值|actual] [op] NUMBER [以上]: rows of the subject whose target (or actual) meets the figure.

    Args:
        tokens: the question's tokens.
        i: the index of the class or measure word.
        used: indices already read.
        subject: the rows the word names.

    Returns:
        (the row condition, the indices it read), or None when no figure follows.
    """
    j = i + 1
    while j < len(tokens) and tokens[j].kind in _GLUE:
        j += 1
    column, j = _value_field(tokens, j, used)
    op, taken = None, set()
    before = i - 1 if i > 0 and tokens[i - 1].kind == "op" and tokens[i - 1].key == "=" else i
    if column == "target_number" and before > 0 and tokens[before - 1].kind == "field" \
            and tokens[before - 1].key in _VALUE_FIELDS and before - 1 not in used:
        column = _VALUE_FIELDS[tokens[before - 1].key]  # 目标值是合格率98%: the column named before the word
        taken |= set(range(before - 1, i))
    while j < len(tokens) and tokens[j].kind == "op":
        op = tokens[j].key if op in (None, "=") else op
        taken.add(j)
        j += 1
    if j >= len(tokens) or tokens[j].kind != "number" or j in used or tokens[j].unit in ("amount",) \
            or any(t.after_separator for t in tokens[i + 1:j + 1]) \
            or (any(t.joined_by in ("and", ",") for t in tokens[i + 1:j + 1])
                and any((t.kind, t.key) == ("noun", "indicator") for t in tokens[i + 1:j + 2])):
        return None  # 满意度指标、三级指标多于10个, a timeliness KPI and more than 8 indicators: two conditions
    number = tokens[j]
    if number.unit is None and not any(ch.isdigit() for ch in number.text) and op is None:
        return None  # 满意度 一 …: a stray numeral is no target
    if number.unit == "count" and number.text.endswith(_ROW_COUNTERS) and column == "target_number" \
            and not any(tokens[k].kind == "field" for k in range(i + 1, j)):
        return None  # 满意度指标只有一个: how many rows the class has (indicator_count), not a target of 1
    taken |= set(range(i, j + 1))
    if j + 1 < len(tokens) and tokens[j + 1].kind in ("op_after", "op") and tokens[j + 1].key in ("<=", ">=", "<", ">") \
            and op in (None, "="):
        op = tokens[j + 1].key
        taken.add(j + 1)
    if number.unit == "score" and column == "target_number" and not any(tokens[k].kind == "field" for k in taken):
        column = "weight"  # a benefit indicator carrying 10 points: points are what a row weighs, not its target
    compare = m.Compare(m.Field(column, "indicator"), op or "=", m.Number(number.value, number.text))
    return m.conjoin(subject, in_percent(compare, column, number)), taken


def class_comparison(tokens: list[Token], i: int, class_condition) -> tuple[m.Cond, set] | None:
    """Two classes compared by how many rows each has: 产出指标比效益指标多, more output than benefit indicators.

    Args:
        tokens: the question's tokens.
        i: the index of a class token.
        class_condition: label → the row condition of that class.

    Returns:
        (the comparison, the indices it read), or None.
    """
    # 产出指标个数多于效益指标个数: a count word after a class only restates that rows are counted.
    counted = [k for k in range(len(tokens)) if tokens[k].kind == "aggregate" and tokens[k].key == "count"
               and k > 0 and tokens[k - 1].kind == "class"]
    position = [k for k in range(len(tokens)) if k not in counted]
    at = position.index(i) if i in position else None
    if at is None:
        return None

    def count(k: int) -> m.IndicatorCount:
        return m.IndicatorCount(class_condition(tokens[position[k]].key))

    def kind(k: int) -> str:
        return tokens[position[k]].kind if 0 <= k < len(position) else ""

    def read(*ks: int) -> set:
        return {position[k] for k in ks} | {c for c in counted if position[min(ks)] < c <= position[max(ks)] + 1}

    i = at

    def key(k: int) -> str:
        return tokens[position[k]].key

    if kind(i + 1) == "op" and kind(i + 2) == "class" and key(i + 1) != "=":
        return m.Compare(count(i), key(i + 1), count(i + 2)), read(i, i + 1, i + 2)  # 产出指标多于效益指标
    if kind(i + 1) == "class" and kind(i + 2) in ("compare_cue", "op") and key(i + 2) != "=":
        return m.Compare(count(i), key(i + 2), count(i + 1)), read(i, i + 1, i + 2)  # 产出指标比效益指标多
    if kind(i - 1) == "op" and kind(i + 1) == "class" and key(i - 1) in ("<", ">"):
        return m.Compare(count(i), key(i - 1), count(i + 1)), read(i - 1, i, i + 1)  # more output than benefit
    return None


def topic(tokens: list[Token], i: int, counted: bool = False) -> m.Cond:
    """A topic (English words whose Chinese the names use; one noun phrase, each word a group of Chinese terms).
    Forms with one row whose name holds every group, or whose own name does; when the rows' figure is counted
    ("how many … devices"), the first topic names the rows alone.

    Args:
        tokens: the question's tokens.
        i: the topic token.
        counted: whether the question counts what the topic names.

    Returns:
        The condition.
    """
    groups = [group.split("|") for group in tokens[i].key.split(";")]
    if not any(t.kind == "topic" for t in tokens[:i]) and counted:
        return m.HasIndicator(_holding(_NAME, groups))  # how many devices: the rows, whose figure is the answer
    # an indicator on terminal rental: one row says it all, or the form's name does
    return m.Or((m.HasIndicator(_holding(_NAME, groups)), _holding(m.Field("project_name"), groups)))


def _holding(column: m.Field, groups: list[list[str]]) -> m.Cond:
    """The column holds a term of every group."""
    return m.conjoin(*(m.Or(tuple(m.Text(column, "contains", term) for term in terms)) if len(terms) > 1
                       else m.Text(column, "contains", terms[0]) for terms in groups))


def named_form(tokens: list[Token], i: int, projects: tuple | None = None) -> tuple[m.Cond, set] | None:
    """Leaving out the household-register digitisation form, rows of the leasing and maintenance form: topics (from
    token i) right before a word for a form name that form by the words of its name.

    Args:
        tokens: the question's tokens.
        i: the first topic token.
        projects: when given, the store's project names (lower case): the topics name a form only if one of them
            holds a term of every topic (else they may describe rows, as "the devices … of the lease form" do).

    Returns:
        (the name condition, the indices read), or None when no form word follows the topics.
    """
    if i > 0 and tokens[i - 1].kind == "topic":
        return None
    end = i
    while end < len(tokens) and tokens[end].kind == "topic":
        end += 1
    groups = [group.split("|") for t in tokens[i:end] for group in t.key.split(";")]
    gloss = end if end < len(tokens) and tokens[end].kind == "bracket" else None  # warranty-retention (质保金) ones
    if gloss is not None and gloss + 1 == len(tokens):
        return _holding(m.Field("project_name"), groups), set(range(i, gloss + 1))  # "ones" closing the question
    excluded = i > 0 and tokens[i - 1].kind == "not" and (end == len(tokens) or tokens[end].joined_by == ",")
    if not excluded and (end >= len(tokens) or tokens[end].kind != "noun" or tokens[end].key != "form"):
        return None  # (leaving out the digitisation one: an excluded topic closing its clause names a form too)
    if excluded:
        return _holding(m.Field("project_name"), groups), set(range(i, end))
    if projects is not None and (len(groups) < 2 or any(t.kind == "topic" for t in tokens[end + 1:])  # … monitor for cult
                                 or not any(all(any(term.lower() in name for term in terms) for terms in groups) for name in projects)):
        return None  # one word (described_form reads it), other topics describing rows, or no name holding the words
    return _holding(m.Field("project_name"), groups), set(range(i, end + 1))


def asks_of_named(tokens: list[Token], noun: int) -> bool:
    """How much did the talent projects spend, the police station projects' average rate: topics before a plural word
    for forms name the family of forms whose names hold them when the question asks a figure or a condition of them,
    not which forms speak of the topic (one form described, the volunteer scheme, is taken by its name elsewhere)."""
    from assistant.asking import counts_topic

    return tokens[noun].text.endswith("s") and not counts_topic(tokens) and any(t.kind in ("aggregate", "how_much", "by_how_much", "superlative", "predicate", "grade", "tag", "unit", "department")
               or (t.kind == "number" and t.unit is not None) for t in tokens)


def quoted(token: Token) -> tuple[m.Cond, bool]:
    """A quoted part of a name: project names holding it, or indicator rows (a row condition)."""
    if token.kind == "quoted_indicator":
        return m.Text(_NAME, "contains", token.key), True
    return m.Text(m.Field("project_name"), "contains", token.key), False


def quoted_names(tokens: list[Token], i: int) -> list[int]:
    """“工程验收合格率”“工程验收完成率” / “人房”或“长效” / “A”、“B”: row names quoted side by side, with nothing, an "or"
    or a list mark between them, are alternatives (one row cannot be named both); so are a word before the rows' noun
    and the quoted examples after it that hold it (工程验收类指标（“工程验收合格率”…）). Names joined by 和 / and stay
    each a condition of its own.

    Args:
        tokens: the question's tokens.
        i: a quoted indicator name.

    Returns:
        The indices read together: i alone, or i, the alternatives and the "or" words between them.
    """
    def quoted_name(k: int) -> bool:  # in quotation marks: an unquoted stretch of a row's name is one name's parts
        return tokens[k].kind == "quoted_indicator" and tokens[k].text[:1] in _QUOTES

    taken, k = [i], i + 1
    while k < len(tokens):
        if not quoted_name(i) and len(taken) == 1 and not (k == i + 1 and tokens[k].kind == "noun"):
            break
        if tokens[k].kind == "or" and k + 1 < len(tokens) and quoted_name(k + 1):
            taken += [k, k + 1]
        elif quoted_name(k) and (tokens[k].joined_by == "" or (tokens[k].after_separator and tokens[k].joined_by != ",")):
            taken.append(k)
        elif tokens[k].kind == "noun" and tokens[k].key == "indicator" and k + 1 < len(tokens) and k == i + 1 \
                and quoted_name(k + 1) and tokens[i].key in tokens[k + 1].key:
            taken += [k, k + 1]  # 工程验收类指标（“工程验收合格率”）: the class said, then its examples
        else:
            break
        k = taken[-1] + 1
    return taken


def quoted_words(tokens: list[Token], i: int, used: set) -> tuple[m.Cond, bool]:
    """目标值只写了“满意率”“满意度”: quoted words right after a target or actual are what that column says (one of
    them); any other quoted word is part of a name (quoted).

    Args:
        tokens: the question's tokens.
        i: the quoted token.
        used: indices already read; the ones read here are added.

    Returns:
        (the condition, whether it is a row condition).
    """
    before = i - 1
    while before >= 0 and tokens[before].kind == "quoted_indicator":
        before -= 1
    if tokens[i].kind != "quoted_indicator" or before < 0 or tokens[before].kind != "field" \
            or tokens[before].key not in _VALUE_FIELDS:
        named = quoted_names(tokens, i)
        used.update(named)
        if len(named) > 1:
            return m.Or(tuple(quoted(tokens[k])[0] for k in named if tokens[k].kind == "quoted_indicator")), True
        return quoted(tokens[i])
    end = i
    while end < len(tokens) and tokens[end].kind == "quoted_indicator":
        end += 1
    column = m.Field(_VALUE_FIELDS[tokens[before].key].replace("_number", ""), "indicator")
    exact = tokens[i].exact  # 只写了“满意率”“满意度”: the cue before the first covers every word of the list
    said = [m.Text(column, "equals" if exact else "contains", t.key) for t in tokens[i:end]]
    used.update({before, *range(i, end)})
    return (said[0] if len(said) == 1 else m.Or(tuple(said))), True


def indicator_count(tokens: list[Token], i: int, used: set, class_condition) -> m.Cond | None:
    """指标超过10个 / more than 10 indicators / 满意度指标超过1个 / 4个指标: the number of rows compared.

    Args:
        tokens: the question's tokens.
        i: a class token or the noun 指标.
        used: indices already read; the ones read here are added.
        class_condition: label → the row condition of that class.

    Returns:
        The comparison of the form's row count, or None.
    """
    where = class_condition(tokens[i].key) if tokens[i].kind == "class" else None
    if where is not None and "target" in tokens[i].text.lower():
        return None  # quantity targets exceeding 1000: the rows' targets, not how many rows
    after = i + 1
    while after < len(tokens) and tokens[after].kind == "noun" and not tokens[after].after_separator \
            and not (where is not None and tokens[after].joined_by in ("and", ",")):  # 有时效指标和指标多于8个
        after += 1
    ranged = _count_range(tokens, i, after, used)
    if ranged is not None:  # between 5 and 10 indicators / 指标在5到10个之间
        return m.conjoin(m.Compare(m.IndicatorCount(where), ">=", ranged[0]), m.Compare(m.IndicatorCount(where), "<=", ranged[1]))
    # "a timeliness indicator and more than 8 indicators": the count joined after the class counts its own noun
    counts_its_noun = where is not None and after + 2 < len(tokens) and tokens[after].joined_by in ("and", ",") \
        and tokens[after + 2].kind == "noun" and tokens[after + 2].key == "indicator"
    if after + 1 < len(tokens) and tokens[after].kind == "op" and tokens[after + 1].kind == "number" \
            and not tokens[after].after_separator and not counts_its_noun:
        op_index, number_index = after, after + 1
    elif i >= 2 and tokens[i - 1].kind == "number" and tokens[i - 2].kind == "op" and tokens[i - 1].unit in ("count", None) \
            and not {i - 1, i - 2} & used:
        op_index, number_index = i - 2, i - 1  # 超过10个指标 (预算超过一百万、指标有十个以上: the amount is the budget's)
    elif i >= 2 and tokens[i - 1].kind in ("op_after", "op") and tokens[i - 2].kind == "number" \
            and tokens[i - 1].key in ("<", "<=", ">", ">="):
        op_index, number_index = i - 1, i - 2  # two or more satisfaction indicators
    elif i >= 1 and tokens[i - 1].kind == "number" and tokens[i - 1].unit in ("count", None) and i - 1 not in used \
            and not tokens[i].after_separator and not (i >= 2 and tokens[i - 2].kind in ("superlative", "limit")):
        # 效益指标只有一个、满意度指标有两个: 一个 is the count said before (分值最高的前三个指标: how many are listed)
        # 5 indicators or fewer / or more: the bound said after the noun
        bound = after < len(tokens) and tokens[after].kind in ("op", "op_after") and tokens[after].text.startswith(("or ", "and "))
        op_index, number_index = (after if bound else None), i - 1
    elif after + 1 < len(tokens) and tokens[after].kind == "number" and tokens[after].unit in ("count", None) \
            and tokens[after + 1].kind == "op_after" and tokens[after + 1].key in ("<", "<=", ">", ">=") \
            and not tokens[after].after_separator and (after + 2 == len(tokens) or tokens[after + 2].key != "indicator"):
        op_index, number_index = after + 1, after  # 指标写了十条以上: the count and its bound, the noun said before
    elif tokens[i].kind == "class" and after < len(tokens) and tokens[after].kind == "number" \
            and tokens[after].unit in ("count", None) and not tokens[after].after_separator:
        # 社会效益指标下面有3个或以上三级指标: the count, then (以上) and the noun it counts; 满意度指标只有一条的: the
        # count closing the question
        k = after + 1
        op_index = k if k < len(tokens) and tokens[k].kind in ("op_after", "op") and tokens[k].key in ("<", "<=", ">", ">=") else None
        k += op_index is not None
        number_index = after
        if k < len(tokens) and tokens[k].kind == "noun" and tokens[k].key == "indicator":
            used.add(k)
        elif not tokens[after].text.endswith(_ROW_COUNTERS):
            return None  # 满意度指标只有一个 / 有两项: the class's rows counted with their own counter
    else:
        return None
    number = tokens[number_index]
    if number_index in used or number.unit in ("percent", "amount", "score"):  # 指标低于5分: a row's score, not a count
        return None
    op = tokens[op_index].key if op_index is not None else "="
    used.update({i, number_index} | ({op_index} if op_index is not None else set()))
    under = after + 1 if where is None and after + 1 < len(tokens) and tokens[after].kind == "op" \
        and tokens[after].text.lower() in _UNDER and {after, after + 1}.isdisjoint(used) else None
    if under is not None and tokens[under].kind == "class" and not tokens[under].joined_by:
        where = class_condition(tokens[under].key)  # 4 or more indicators under the quantity class: that class's rows
        used.update({after, under})
    return m.Compare(m.IndicatorCount(where), op, m.Number(number.value, number.text))


def _count_range(tokens: list[Token], i: int, after: int, used: set) -> tuple[m.Number, m.Number] | None:
    """Two counts written as a range right before the word counted (between 5 and 10 indicators) or right after it
    (指标在5到10个之间): (low, high), their indices added to `used`; None when there is no such range."""
    for low, high in ((i - 2, i - 1), (after, after + 1)):
        if low < 0 or high >= len(tokens) or {low, high} & used:
            continue
        pair = tokens[low], tokens[high]
        if all(t.kind == "number" and t.unit in ("count", None) for t in pair) and pair[0].value < pair[1].value \
                and pair[1].start - pair[0].end <= 5 and not pair[1].after_separator:
            used.update({i, low, high})
            return m.Number(pair[0].value, pair[0].text), m.Number(pair[1].value, pair[1].text)
    return None


def asks_row_count(tokens: list[Token]) -> bool:
    """How many indicators (of a class) …: rows are counted, so words describing a form before "form" name that form."""
    return any(t.kind == "aggregate" and t.key == "count" for t in tokens) \
        and any(t.kind == "class" or (t.kind == "noun" and t.key == "indicator") for t in tokens)


def names_an_indicator(tokens: list[Token]) -> bool:
    """安保经费的特勤安保人数: an indicator named with no forms asked for is a lookup of its row (the rule-based
    lookup answers); 用了“长效管理机制”的项目 asks for the forms, and a target asked as printed (targets written as
    ≥90%) names no indicator: it is a condition on the rows."""
    return any(t.kind == "quoted_indicator" and not _PRINTED_FIGURE.match(t.key) for t in tokens) \
        and not any(t.kind == "noun" and t.key == "form" for t in tokens)


def structured_besides_topics(tokens: list[Token]) -> bool:
    """Whether a question asks for something a topic can narrow: a class, a measure word, a figure, a grade or office."""
    return any(t.kind in ("class", "measure", "predicate", "grade", "tag", "unit", "department", "quoted_indicator")
               or (t.kind == "number" and t.unit is not None) for t in tokens)
