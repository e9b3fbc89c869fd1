"""The reading of a Select in words: one line the user checks before trusting the answer."""

from __future__ import annotations

from assistant import model as m
from assistant.every_row import said_of_every_row
from assistant.lexicon import Lexicon

_OPS = {"<": "<", "<=": "≤", ">": ">", ">=": "≥", "=": "=", "!=": "≠"}
_FUNCTIONS = {"count": ("数量", "count"), "sum": ("合计", "total"), "avg": ("平均", "average"), "min": ("最小值", "minimum"),
              "max": ("最大值", "maximum"), "median": ("中位数", "median"), "share": ("占比", "share"),
              "distinct": ("不同值个数", "number of distinct"), "pooled": ("（合计之比，%）", "pooled (ratio of totals, %):"),
              "range": ("最高与最低之差", "range (highest − lowest) of")}


_TEXT_COLUMNS = {"goal": ("年度总体目标", "goal"), "outcome": ("实际完成情况", "outcome")}


class Explainer:
    """Words for a Select in Chinese or English.

    Args:
        lexicon: field labels and units.
        lang: "zh" or "en".
    """

    def __init__(self, lexicon: Lexicon, lang: str):
        self.lexicon = lexicon
        self.zh = lang != "en"
        self.lang = lang

    def label(self, node) -> str:
        """An expression's name: 执行率, 指标数（二级指标 = 时效指标）, 全年预算数 − 全年执行数."""
        if isinstance(node, m.Field):
            if node.name == "base_name":
                return "项目名称（不含括号标注）" if self.zh else "project name without its bracketed tag"
            key = node.name if node.entity == "form" else f"{node.entity}.{node.name}"
            info = self.lexicon.fields.get(key)
            if info is None and key in _TEXT_COLUMNS:  # a form's text, searched by a string pattern
                return _TEXT_COLUMNS[key][0 if self.zh else 1]
            return info.label(self.lang) if info else node.name
        if isinstance(node, m.Number):
            return f"{node.value:g}"
        if isinstance(node, m.Arith):
            def side(item):  # a nested sum or difference is bracketed: 100 * (全年预算数 - 全年执行数) / 全年预算数
                return f"({self.label(item)})" if isinstance(item, m.Arith) and item.op in "+-" and node.op in "*/" else self.label(item)
            if node.op == "|-|":  # a gap either way
                return f"|{self.label(node.left)} − {self.label(node.right)}|"
            return f"{side(node.left)} {node.op} {side(node.right)}"
        if isinstance(node, m.IndicatorCount):
            base = "指标数" if self.zh else "number of indicators"
            return base + (f"（{self.condition(node.where)}）" if node.where is not None and self.zh else
                           f" ({self.condition(node.where)})" if node.where is not None else "")
        if isinstance(node, m.Overall):
            name = _FUNCTIONS[node.function][0 if self.zh else 1]
            if node.where is not None:  # the average of the forms the question keeps
                kept = self.condition(node.where)
                return f"（{kept}）的{self.label(node.field)}{name}" if self.zh else f"the {name} {self.label(node.field)} of the forms where {kept}"
            return f"全部项目的{self.label(node.field)}{name}" if self.zh else f"the {name} {self.label(node.field)} of all forms"
        if isinstance(node, m.IndicatorSum):
            summed = ("各" if self.zh else "the sum of ") + self.label(m.Field(node.column, "indicator")) + ("之和" if self.zh else "s")
            if node.where is None:
                return summed
            if isinstance(node.where, m.Text) and node.where.mode == "equals":  # 满意度指标分值合计, total weight of …
                column = self.label(m.Field(node.column, "indicator"))
                if self.zh and node.where.value.endswith("指标"):
                    column = column.removeprefix("指标")  # 满意度指标分值合计, not 满意度指标指标分值合计
                return f"{node.where.value}{column}合计" if self.zh else f"total {column} of {node.where.value}"
            return f"{summed}（{self.condition(node.where)}）" if self.zh else f"{summed} ({self.condition(node.where)})"
        return str(node)

    def value(self, left, number: m.Number) -> str:
        key = left.name if isinstance(left, m.Field) and left.entity == "form" else None
        info = self.lexicon.fields.get(key) if key else None
        unit = info.unit if info else ""
        if info is not None and info.kind == "year":
            return f"{number.value:.0f}"
        shown = f"{number.value:,.6f}".rstrip("0").rstrip(".")
        return f"{shown}%" if unit == "%" else (f"{shown} {unit}" if unit else shown)

    def condition(self, node) -> str:
        """A condition in words."""
        if isinstance(node, m.Compare):
            right = self.value(node.left, node.right) if isinstance(node.right, m.Number) else self.label(node.right)
            return f"{self.label(node.left)} {_OPS[node.op]} {right}"
        if isinstance(node, m.Text):
            column = self.label(node.field)
            if node.mode == "missing":
                return f"{column}为空" if self.zh else f"no {column}"
            if node.mode == "present":
                return f"{column}不为空" if self.zh else f"{column} given"
            if node.mode == "nodigit":
                return f"{column}不含阿拉伯数字" if self.zh else f"{column} with no digit"
            if node.mode == "prefix":
                return f"{column}以“{node.value}”开头" if self.zh else f"{column} begins with “{node.value}”"
            if node.mode == "suffix":
                return f"{column}以“{node.value}”结尾" if self.zh else f"{column} ends with “{node.value}”"
            if node.mode == "contains":
                return f"{column}含“{node.value}”" if self.zh else f"{column} contains “{node.value}”"
            return f"{column} = {node.value}"
        if isinstance(node, m.Not):
            return f"非（{self.condition(node.item)}）" if self.zh else f"not ({self.condition(node.item)})"
        if isinstance(node, m.And) and (said := said_of_every_row(node.items)) is not None:
            rows_of, condition, rest = said  # 每条（满意度指标）都满足：分值 = 10
            covered = (f"每条（{self.condition(rows_of)}）" if self.zh else f"every indicator with {self.condition(rows_of)}") \
                if rows_of is not None else ("每条指标" if self.zh else "every indicator")
            every = f"{covered}都满足：{self.condition(condition)}" if self.zh else f"{covered} has {self.condition(condition)}"
            return (" 且 " if self.zh else " and ").join([every, *(self.condition(item) for item in rest)])
        if isinstance(node, (m.And, m.Or)):
            joiner = (" 且 " if self.zh else " and ") if isinstance(node, m.And) else (" 或 " if self.zh else " or ")
            # An OR inside an AND (and an AND inside an OR) is bracketed, so the sentence reads as the query does.
            return joiner.join((f"（{self.condition(item)}）" if self.zh else f"({self.condition(item)})")
                               if isinstance(item, (m.And, m.Or)) and type(item) is not type(node) else self.condition(item)
                               for item in node.items)
        if isinstance(node, m.HasIndicator):
            if node.where is None:
                return "有指标" if self.zh else "has indicators"
            inner = self.condition(node.where)
            if isinstance(node.where, (m.And, m.Or)):  # bracketed, so what follows is not read as part of the row
                inner = f"（{inner}）" if self.zh else f"({inner})"
            return f"有指标满足：{inner}" if self.zh else f"has an indicator with {inner}"
        if isinstance(node, m.HasFinding):
            from store.checks import FINDING_LABELS

            # the check's own words beside its code: 检查结果 GRADE_MISMATCH（等级与总分不符）
            said = [FINDING_LABELS[code][0 if self.zh else 1] for code in node.codes if code in FINDING_LABELS]
            what = "/".join(node.codes + node.severities) + ((f"（{'、'.join(said)}）" if self.zh else f" ({', '.join(said)})")
                                                            if said else "")
            return f"检查结果 {what}" if self.zh else f"check finding {what}"
        if isinstance(node, m.Ranked):
            among = self.condition(node.within) if node.within is not None else ""
            count = ("（含并列）" if self.zh else " (and any tied)") if node.ties else ""
            if self.zh:
                return f"{'（' + among + '）中' if among else ''}{self.label(node.expr)}{'最高' if node.descending else '最低'}的{node.limit}个{count}"
            return f"the {node.limit} with the {'highest' if node.descending else 'lowest'} {self.label(node.expr)}{count}" + \
                (f" among ({among})" if among else "")
        if isinstance(node, m.FormIds):
            return f"上一问的 {len(node.ids)} 个项目" if self.zh else f"the {len(node.ids)} forms of the previous answer"
        return str(node)

    def select(self, select: m.Select) -> str:
        """The whole reading: the rows, then the statistic, grouping or order."""
        rows = ("指标" if self.zh else "indicator rows") if select.entity == "indicators" else ("项目" if self.zh else "forms")
        parts = [f"{rows}：{self.condition(select.where)}" if self.zh else f"{rows} where {self.condition(select.where)}"] \
            if select.where is not None else [("全部" if self.zh else "all ") + rows] if not select.groups else [rows]
        aggregate = select.aggregate
        if aggregate is not None:
            name = _FUNCTIONS[aggregate.function][0 if self.zh else 1]
            if aggregate.function == "share":
                what = self.condition(aggregate.condition) if aggregate.condition is not None else ""
                of = self.label(aggregate.expr) if aggregate.expr is not None else ""
                parts.append(f"满足“{what}”的{of}占比" if self.zh else f"share{' of ' + of if of else ''} with {what}")
            elif aggregate.expr is not None:
                parts.append(f"{self.label(aggregate.expr)}{name}" if self.zh else f"{name} {self.label(aggregate.expr)}")
            else:
                parts.append(name)
        if select.shown and select.aggregate is None and select.order_by is None:
            parts.append(self.label(select.shown[0]))
        if select.groups:
            named = ("、" if self.zh else ", ").join(self.condition(g) for g in select.groups)
            parts.append(f"分别统计：{named}" if self.zh else f"each of: {named}")
        if select.group_by is not None:
            group = self.label(select.group_by)
            parts.append(f"按{group}分组" if self.zh else f"by {group}")
            if select.having is not None:
                kept = f"{select.having.op} {select.having.right.printed or select.having.right.value}"
                parts.append(f"保留{kept}的组" if self.zh else f"groups {kept}")
            if select.limit:
                which = ("最高" if select.descending else "最低") if self.zh else ("highest" if select.descending else "lowest")
                parts.append(f"取{which}的{select.limit}组" if self.zh else f"the {which} {select.limit}")
        if select.order_by is not None and not select.limit:
            label = self.label(select.order_by)
            way = ("从高到低" if select.descending else "从低到高") if self.zh else ("largest first" if select.descending else "smallest first")
            parts.append(f"按{label}{way}排序" if self.zh else f"sorted by {label}, {way}")
        elif select.order_by is not None:
            which = ("最高" if select.descending else "最低") if self.zh else ("highest" if select.descending else "lowest")
            if select.both_ends:
                which = "最高和最低" if self.zh else "highest and lowest"
            count = "" if select.ties else (f"前{select.limit}" if self.zh else f" top {select.limit}")
            if select.offset:  # the second highest
                count = f"第{select.offset + 1}名" if self.zh else f", number {select.offset + 1}"
            parts.append(f"{self.label(select.order_by)}{which}{count}" if self.zh else f"{which} {self.label(select.order_by)}{count}")
        return " · ".join(parts)
