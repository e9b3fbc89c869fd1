"""One indicator row of a named form asked for one column (信息登记准确率的目标值, the weight given to X): that column as printed."""

from __future__ import annotations

import re

from assistant.answer import Answer, AnswerRecord
from assistant.row_vocabulary import LABELS, NOT_ONE_ROW, asked_columns, column_spans, excludes, forms_named, pattern, pointer_words, says
from store.readonly_sql import run_select

# Spans a question quotes or brackets a row's name in (“监护人奖励费”, (设备故障处置及时性)).
_QUOTED = re.compile(r"[“\"「『'‘（(]([^”\"」』'’）()]{2,30})[”\"」』'’）)]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A points word that says the form's total (总分, overall), not a row's points (得了几分, score).
_TOTAL = re.compile(r"总|合计|total|overall|in all|altogether", re.IGNORECASE)


def form_fields(tokens, spans: list[tuple[int, int]] = ()) -> bool:
    """Whether a form's own column is said beside the row's (执行率最高的项目, the budget too): not one row's column.
    A field word inside a column's words (allotted of "points were allotted") is that column's; one just before the
    word for a form (the security funding form) describes the form."""
    content = [token for token in tokens if token.kind != "stop"]
    describing = {id(token) for token, after in zip(content, content[1:]) if after.kind == "noun" and after.key == "form"}
    return any(token.kind == "field" and not token.key.startswith("indicator.") and not (
        token.key == "total_score" and not _TOTAL.search(token.text))  # 得了几分, score: the row's
        and id(token) not in describing
        and not (k and tokens[k - 1].kind == "topic" and token.start - tokens[k - 1].end <= 1)  # archiving rate: the row's
        and not any(a <= token.start and token.end <= b for a, b in spans) for k, token in enumerate(tokens))


def outside_names(question: str, row: str, names: list[str]) -> bool:
    """Whether a row's name occurs in the question outside a stretch that is part of a form's name (监护人奖励费 of
    重精患者监护人奖励费 names the form; “监护人奖励费” after it names the row)."""
    for found in re.finditer(re.escape(row), question):
        start, end = found.start(), found.end()
        inside = any(question[max(0, start - k):end] in name or question[start:end + k] in name
                     for name in names for k in range(1, 6))
        if not inside:
            return True
    return False


def _named_rows(question: str, rows: list[tuple], names: list[str]) -> list[tuple]:
    """The rows a question names: by their printed name, else by a quoted or bracketed part of it."""
    printed = [row for row in rows if row[1] and outside_names(question, row[1], names)]
    longest = [row for row in printed if not any(row[1] != other[1] and row[1] in other[1] for other in printed)]
    if longest:
        return longest
    quoted = [span for span in _QUOTED.findall(question) if _HAN.search(span) and not any(span in name for name in names)]
    return [row for row in rows if any(span in row[1] or row[1] in span for span in quoted)]


def answer(question: str, lang: str, store, recogniser) -> Answer | None:
    """That row's column when a question names one form, one of its rows and one column to read (分值, the target).

    Args:
        question: the question, forms named in full where fragments named them.
        lang: "zh" or "en".
        store: a store.Store.
        recogniser: the query model's recogniser (assistant.recognise.Recogniser).

    Returns:
        The answer (its value the column's number), or None when the question asks anything else.
    """
    columns = asked_columns(question)
    words = pointer_words()
    together = len(columns) > 1 and says(question, words["both"]) and not says(question, words["compare"])
    if not columns:
        from assistant.row_figure import answer as row_figure

        return row_figure(question, lang, store, recogniser)  # how many surveillance points, the floor area in m²
    if (len(columns) != 1 and not together) or NOT_ONE_ROW.search(question) or excludes(question):
        return None  # 得分低于分值的: one column against another is a condition; two said together are each shown
    from assistant.interpret import normalize

    text = normalize(question)
    tokens, _ = recogniser.tokens(text)
    listed = run_select(store, "SELECT form_id, project_name, year FROM forms").rows
    forms = [(int(i), name) for i, name, _ in listed]
    if (line := _budget_line(question, text, lang, columns, tokens, listed, store)) is not None:
        return line  # 党建活动执行率那一行得了几分, the score next to the execution rate: the budget line's
    if form_fields(tokens, column_spans(text)):
        return None
    printed = {row for (row,) in run_select(store, "SELECT DISTINCT name FROM indicators").rows if row and len(row) >= 3}
    spans = [(found.start(), found.end()) for row in printed for found in re.finditer(re.escape(row), text)]
    # 社工 inside 社工数量 names the row, not the form 社工
    named = forms_named([t for t in tokens if not any(a <= t.start and t.end <= b for a, b in spans)], forms)
    if not named:
        return None
    rows = run_select(store, "SELECT form_id, name, level1, level2, target, actual, weight, score, target_number, "
                             "actual_number, target_comparison, target_unit, actual_unit FROM indicators "
                             "ORDER BY form_id, position").rows
    names = [name for _, name in forms]
    held = [row for row in rows if row[0] in named]
    found = _named_rows(text, held, names)
    if not found and any(t.kind == "class" for t in tokens) and (
            _TOTAL.search(text) or any((t.kind, t.key) == ("aggregate", "sum") for t in tokens)):
        return None  # 满意度指标分值合计: a class's total, never one of its rows
    if not found:
        # No name said: the row of the best-named form whose name holds the most of the question's words.
        from assistant.described_row import best_rows

        top = max(named.values())
        best = [form_id for form_id, count in named.items() if count == top]
        keys = {t.key for t in tokens if t.kind in ("project", "quoted_project")}
        exact = [form_id for form_id in best if dict(forms)[form_id] in keys]  # 社工, not 社工点经费 holding it
        best = exact if len(best) > 1 and len(exact) == 1 else best
        if len(best) != 1:
            return None
        # the form's own naming cut out, the rest describes the row (the volunteers of 平安志愿者经费: 志愿者人数)
        cut = "".join(" " if any(t.start <= k < t.end for t in tokens if t.kind in ("project", "quoted_project", "bracket"))
                      else char for k, char in enumerate(text))
        near: list[str] = []
        described = _likeliest(best_rows(cut, best[0], store, least=2, own=True, near=near) or best_rows(question, best[0], store, least=2),
                               question)
        found = [row for row in held if row[0] == best[0] and len(described) == 1 and row[1] == described[0][1]]
        if not found and near and _COUNTED.search(question):
            return _close(question, lang, dict(forms)[best[0]], near, columns)  # how many cleaners: no row is plainly it
    holders = {row[0] for row in found}
    if len(holders) > 1:  # the row is on several of the forms named: the form named most plainly
        top = max(named[form_id] for form_id in holders)
        holders = {form_id for form_id in holders if named[form_id] == top}
        found = [row for row in found if row[0] in holders]
    if len(found) != 1:
        return None
    year = next(year for i, _, year in listed if int(i) == found[0][0])
    ordered = [column for column in LABELS if column in columns]  # as the form prints them
    return row_answer(question, lang, found[0], dict(forms)[found[0][0]], year, ordered)


# A figure asked of a described row (how many volunteers, 多少人): a question no other column of the form answers.
_COUNTED = re.compile(r"\bhow many\b(?!\s+(?:points?|marks?|forms?|projects?)\b)|多少(?:个|名|位|人|次|台|份|户|家|条|处)|"
                      r"几(?:个|名|位|人|次|台|份|户|家|条|处)(?!项目|表)", re.IGNORECASE)


def _close(question: str, lang: str, form_name: str, near: list[str], columns: set[str]) -> Answer:
    """No row of the named form is plainly the one described: the rows close to it named, no other column answered."""
    zh = lang != "en"
    label = "、".join(LABELS[c][0] for c in columns) if zh else " and ".join(LABELS[c][1] for c in columns)
    text = (f"{form_name} 没有一行明确对应所描述的指标；相近的三级指标有：{'、'.join(near)}。请指明是哪一行（问它的{label}）。" if zh else
            f"No row of {form_name} plainly matches the indicator described; the close ones are: {', '.join(near)}. "
            f"Say which row you mean (its {label}).")
    said = (f"项目 = {form_name} · 所描述的指标不明确" if zh else f"project = {form_name} · the indicator described is unclear")
    return Answer(question=question, interpretation=said, text=text, kind="unknown",
                  suggestions=[f"{form_name} {row}" for row in near])


def _likeliest(rows: list[tuple], question: str = "") -> list[tuple]:
    """Of rows tied on the words said, the one whose name also holds the words that named the form (the drug-prevention
    publicity completion rate: 禁毒预防宣传活动完成率 over 宣传活动完成率), the one counting when a number is asked, else
    the one whose name the words cover most (志愿者人数 over 志愿者装备数), if one."""
    from assistant.described_row import NUMBER_OF, bigrams, question_terms

    if len(rows) < 2:
        return rows
    terms = {t for t in question_terms(question) if len(t) > 2} if question else set()
    whole = [sum(t in row[1] for t in terms) for row in rows]
    if whole.count(max(whole)) == 1:
        return [rows[whole.index(max(whole))]]
    counting = [row for row in rows if row[1].endswith("数")]
    if NUMBER_OF.search(question) and len(counting) == 1:
        return counting  # the target number of guardians: the row counting them (监护人数), not 监护人奖励费
    cover = [row[0] / max(1, len(bigrams(row[1]))) for row in rows]
    best = [row for row, share in zip(rows, cover) if share == max(cover)]
    return best if len(best) == 1 else rows


def _budget_line(question: str, text: str, lang: str, columns: set[str], tokens, listed: list[tuple], store) -> Answer | None:
    """The budget line's score or weight (预算执行率 and its 分值, 得分: a row above the indicators) of the one form named."""
    said = [found.span() for word in pointer_words()["budget_line"] for found in pattern(word).finditer(text)]
    if not said or len(columns) != 1 or not columns <= {"score", "weight"}:
        return None
    spans = said + column_spans(text)
    # the line's own fields (执行率, 预算执行得分) are its words; any other of the form's (总分, 预算数) asks that
    if form_fields([t for t in tokens if not (t.kind == "field" and t.key in _LINE_FIELDS)], spans):
        return None
    named = forms_named(tokens, [(int(i), name) for i, name, _ in listed])
    top = [form_id for form_id, count in named.items() if named and count == max(named.values())]
    if len(top) != 1:
        return None
    (form_id, name, year, weight, score, rate), = run_select(
        store, "SELECT form_id, project_name, year, budget_weight, budget_score, execution_rate_printed FROM forms "
               f"WHERE form_id = {int(top[0])}").rows
    zh, column = lang != "en", columns.pop()
    value = score if column == "score" else weight
    label = LABELS[column][0 if zh else 1]
    line = "预算执行率" if zh else "budget execution rate"
    text_ = (f"{name} · {line}（执行率 {rate or '—'}%）：{label} {points_shown(value)}（得分 {points_shown(score)}/{points_shown(weight)}）" if zh else
             f"{name} · {line} (rate {rate or '—'}%): {label} {points_shown(value)} (score {points_shown(score)}/{points_shown(weight)})")
    said_ = (f"项目 = {name} · 预算执行率一行 · {label}" if zh else f"project = {name} · the budget execution line · {label}")
    return Answer(question=question, interpretation=said_, text=text_, kind="lookup",
                  records=[AnswerRecord(form_id, name, year, f"{line}：{label} {points_shown(value)}")], value=value,
                  columns=["项目", "执行率", "分值", "得分"] if zh else ["project", "execution rate", "weight", "score"],
                  rows=[[name, rate or "", points_shown(weight), points_shown(score)]])


# The budget line's own fields: said with its words, they name the line, not another column of the form.
_LINE_FIELDS = ("execution_rate", "budget_score", "budget_weight", "annual_budget", "executed")


def row_answer(question: str, lang: str, row: tuple, form_name: str, year, asked_columns: list[str]) -> Answer:
    from assistant.written_figure import with_written

    form_id, name, level1, level2, target, actual, weight, score, target_number, actual_number, comparison, unit, \
        actual_unit = row
    zh = lang != "en"
    # The table as the other row lookups give it (project, level 1, level 2, row, target, actual as printed), then points.
    columns = (["项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"] if zh else
               ["project", "level 1", "level 2", "indicator", "target", "actual", "weight", "score"])
    table = [[form_name, level1, level2, name, target or "", actual or "", points_shown(weight), points_shown(score)]]
    # Printed first (the source), then the short form a reader writes (≥90%, 97人) when it differs.
    target = with_written(target, comparison, target_number, unit, zh) if target else target
    actual = with_written(actual, None, actual_number, actual_unit, zh) if actual else actual
    printed = {"target": target, "actual": actual, "weight": points_shown(weight), "score": points_shown(score)}
    numbers = {"target": target_number, "actual": actual_number, "weight": weight, "score": score}
    asked = [(LABELS[column][0 if zh else 1], printed[column]) for column in asked_columns]
    # one column: its number; several asked together (分值和得分分别是多少): each shown, their number when all agree
    value = numbers[asked_columns[0]] if len({numbers[c] for c in asked_columns}) == 1 else None
    label = "、".join(label for label, _ in asked) if zh else " and ".join(label for label, _ in asked)
    shown = ("，" if zh else ", ").join(f"{label_} {shown_ or '—'}" for label_, shown_ in asked)
    rest = {"target": ("年度指标值", "target", target or "—"), "actual": ("实际完成值", "actual", actual or "—"),
            "score": ("得分", "score", f"{points_shown(score)}/{points_shown(weight)}")}
    said = [f"{zh_label if zh else en_label} {shown_}" for key, (zh_label, en_label, shown_) in rest.items()
            if key not in asked_columns]
    whole = (f"（{'，'.join(said)}）" if zh else f" ({', '.join(said)})") if said else ""  # the rest of the row, as printed
    text = f"{form_name} · {level1}/{level2} · {name}：{shown}{whole}"
    said = (f"项目 = {form_name} · 指标 {name} · {label} · 1 条指标" if zh else
            f"project = {form_name} · indicator {name} · {label} · 1 indicator row")
    return Answer(question=question, interpretation=said, text=text, kind="lookup",
                  records=[AnswerRecord(form_id, form_name, year, f"{name}：{label} {shown}")], value=value,
                  columns=columns, rows=table)


def points_shown(value) -> str:
    """A weight or score as a short figure (15, 14.9), or "" when none is printed."""
    return "" if value is None else f"{float(value):g}"

