"""Unit tests of the interpreter: question → structured Query, with literal expected filters."""

from __future__ import annotations

import pytest

from assistant.interpret import Catalog, Interpreter, Query, cn_number, normalize
from store.query import FormFilter, Range

CATALOG = Catalog(
    project_names=["社工", "党建活动（党群中心）", "下拨经费（党群中心）", "劝导队经费（信）", "维稳经费（信）",
                   "安保经费（平安办）", "平安志愿者经费（平安办）", "重精患者监护人奖励费（平安办）", "社工点经费（平安办）",
                   "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）", "人才活动", "户籍档案数字化加工项目"],
    units=["上海市闵行区浦江镇社区党群服务中心", "信访办"],
    departments=["上海市闵行区浦江镇人民政府", "上海市闵行区浦江镇人民政府(汇总)"],
    indicator_names=["社工数量", "特勤安保人数", "志愿者人数", "志愿者装备数", "监护人奖励费", "奖励费发放率", "装修面积",
                     "党员满意度", "居委"],
    years=[2023],
    name_ids={"社工": [1], "党建活动（党群中心）": [2], "下拨经费（党群中心）": [3], "劝导队经费（信）": [7],
              "维稳经费（信）": [8], "安保经费（平安办）": [11], "平安志愿者经费（平安办）": [20],
              "重精患者监护人奖励费（平安办）": [26], "社工点经费（平安办）": [17], "杜行派出所公用事业费": [14],
              "鲁汇派出所新址装修工程（平安办）": [21], "人才活动": [27], "户籍档案数字化加工项目": [23]},
    text="因2023年度资金紧张，2024年支付。禁毒 反邪教 宣传 党员 教育 培训 党组织 活动 推迟 支付 志愿者 视频监控",
)


@pytest.fixture(scope="module")
def interpreter() -> Interpreter:
    return Interpreter(CATALOG)


def ask(interpreter: Interpreter, question: str, previous: Query | None = None) -> Query:
    return interpreter.interpret(question, previous)


@pytest.mark.parametrize("question, ranges", [
    ("执行率低于60%的项目", [Range("execution_rate", "<", 60.0)]),
    ("执行率不到百分之六十", [Range("execution_rate", "<", 60.0)]),
    ("spent less than 60% of the budget", [Range("execution_rate", "<", 60.0)]),
    ("总分高于95分", [Range("total_score", ">", 95.0)]),
    ("Projects with a total score below 95", [Range("total_score", "<", 95.0)]),
    ("全年预算超过100万元", [Range("annual_budget", ">", 100.0)]),
    ("budget over 1 million yuan", [Range("annual_budget", ">", 100.0)]),
    ("全年预算在10万元以下的项目", [Range("annual_budget", "<=", 10.0)]),
    ("budget below 100000 yuan", [Range("annual_budget", "<", 10.0)]),
    ("年初预算为0", [Range("initial_budget", "=", 0.0)]),
    ("全年执行数为0的项目", [Range("executed", "=", 0.0)]),
    ("零执行的项目", [Range("executed", "=", 0.0)]),
    ("scored a full 100", [Range("total_score", "=", 100.0)]),
    ("满分的项目", [Range("total_score", "=", 100.0)]),
    ("执行率介于50%和80%之间", [Range("execution_rate", ">=", 50.0), Range("execution_rate", "<=", 80.0)]),
    ("execution rate between 50% and 80%", [Range("execution_rate", ">=", 50.0), Range("execution_rate", "<=", 80.0)]),
    ("执行率低于60%且总分高于95分", [Range("execution_rate", "<", 60.0), Range("total_score", ">", 95.0)]),
    ("annual budget at least 300", [Range("annual_budget", ">=", 300.0)]),
])
def test_numeric_conditions(interpreter, question, ranges):
    query = ask(interpreter, question)
    assert query.intent == "list"
    assert query.form_filter == FormFilter(ranges=ranges)


def test_unit_count(interpreter):
    query = ask(interpreter, "信访办有几个项目？")
    assert (query.intent, query.aggregate) == ("count", "count")
    assert query.form_filter == FormFilter(units=["信访办"])


def test_office_tags_filter_project_names(interpreter):
    assert ask(interpreter, "平安办的项目").form_filter == FormFilter(name_contains=["（平安办）"])
    # A tag the store's names carry is the project tag, not the implementing unit whose name resembles it.
    query = ask(interpreter, "党群中心的项目")
    assert query.form_filter == FormFilter(name_contains=["（党群中心）"])
    assert ask(interpreter, "社区党群服务中心有多少个项目").form_filter == FormFilter(units=["社区党群服务中心"])
    # Aliases come from the names: 办 is also written 办公室; English office words from assistant/data/names_en.tsv.
    assert ask(interpreter, "平安办公室的项目").form_filter == FormFilter(name_contains=["（平安办）"])
    assert ask(interpreter, "projects of the petition office").form_filter == FormFilter(units=["信访办"])


def test_text_contains(interpreter):
    query = ask(interpreter, "提到资金紧张的项目")
    assert query.intent == "list"
    assert query.form_filter == FormFilter(text_contains=["资金紧张"])
    assert ask(interpreter, "projects that mention 资金紧张").form_filter == FormFilter(text_contains=["资金紧张"])


def test_aggregates(interpreter):
    query = ask(interpreter, "信访办的全年预算合计是多少")
    assert (query.intent, query.aggregate, query.field) == ("aggregate", "sum", "annual_budget")
    query = ask(interpreter, "各实施单位的执行数合计")
    assert (query.intent, query.aggregate, query.field, query.group_by) == ("aggregate", "sum", "executed", "implementing_unit")
    query = ask(interpreter, "average execution rate of 信访办 projects")
    assert (query.aggregate, query.field) == ("avg", "execution_rate")
    assert ask(interpreter, "一共有多少个项目").intent == "count"


def test_superlatives_and_top_n(interpreter):
    query = ask(interpreter, "全年预算数最小的项目是哪个")
    assert (query.intent, query.sort, query.descending, query.limit, query.ties) == ("top", "annual_budget", False, 1, True)
    query = ask(interpreter, "top 3 projects by budget")
    assert (query.sort, query.descending, query.limit) == ("annual_budget", True, 3)
    query = ask(interpreter, "执行率最低的3个项目")
    assert (query.sort, query.descending, query.limit) == ("execution_rate", False, 3)


def test_indicator_lookups(interpreter):
    query = ask(interpreter, "安保经费的特勤安保人数")
    assert query.intent == "indicators"
    assert query.indicator_names == ["特勤安保人数"]
    assert query.form_filter == FormFilter(name_contains=["安保经费"])
    query = ask(interpreter, "社工项目的社工数量指标值")
    assert query.indicator_names == ["社工数量"] and query.form_filter.form_ids == [1]
    query = ask(interpreter, "平安志愿者有多少人")
    assert (query.intent, query.indicator_unit) == ("indicators", "人")
    query = ask(interpreter, "重精患者监护人奖励费的发放标准是多少")
    assert (query.intent, query.indicator_unit) == ("indicators", "元")


def test_form_figure_lookup(interpreter):
    query = ask(interpreter, "人才活动的执行率")
    assert (query.intent, query.field) == ("lookup", "execution_rate")
    assert query.form_filter == FormFilter(name_contains=["人才活动"])


def test_checks(interpreter):
    assert ask(interpreter, "执行数超过预算的项目").form_filter == FormFilter(finding_codes=["EXECUTED_ABOVE_BUDGET"])
    assert ask(interpreter, "没有填写偏差原因但未完成目标的指标").form_filter == FormFilter(finding_codes=["MISSED_TARGET_NO_REASON"])
    assert ask(interpreter, "which forms do not add up").form_filter == FormFilter(severities=["error"])
    query = ask(interpreter, "零执行却满分的项目")
    assert query.intent == "checks"
    assert query.form_filter == FormFilter(finding_codes=["NOTHING_EXECUTED_FULL_SCORES"])


def test_narrative_goes_to_search(interpreter):
    query = ask(interpreter, "哪些项目推迟到2024年支付")
    assert query.intent == "search" and query.form_filter.is_empty()  # 2024 here is not a year filter
    query = ask(interpreter, "which projects were short of money this year")
    assert query.intent == "search" and "资金紧张" in query.search_text


def test_filter_and_search_together(interpreter):
    query = ask(interpreter, "平安办 projects that were short of money")
    assert query.intent == "search"
    assert query.form_filter == FormFilter(name_contains=["（平安办）"])


def test_follow_ups(interpreter):
    first = ask(interpreter, "信访办的项目")
    query = ask(interpreter, "其中总分最低的", first)
    assert query.follow_up and query.form_filter == FormFilter(units=["信访办"])
    assert (query.intent, query.sort, query.descending, query.limit) == ("top", "total_score", False, 1)
    query = ask(interpreter, "only those from 信访办", ask(interpreter, "执行率低于80%的项目"))
    assert query.form_filter == FormFilter(units=["信访办"], ranges=[Range("execution_rate", "<", 80.0)])
    query = ask(interpreter, "sort by budget", first)
    assert (query.sort, query.descending) == ("annual_budget", True)
    lookup = ask(interpreter, "人才活动的总分")
    query = ask(interpreter, "那执行率呢", lookup)
    assert (query.intent, query.field) == ("lookup", "execution_rate")


def test_unknown(interpreter):
    assert ask(interpreter, "今天天气怎么样").intent == "unknown"
    assert ask(interpreter, "what is the meaning of life").intent == "unknown"


def test_query_round_trips_through_json(interpreter):
    query = ask(interpreter, "执行率低于60%且总分高于95分")
    assert Query.from_dict(query.to_dict()) == query


def test_helpers():
    assert cn_number("六十") == 60 and cn_number("一百二十") == 120 and cn_number("两") == 2
    assert normalize("执行率＜６０％") == "执行率<60%"


@pytest.mark.parametrize("question, terms", [
    ("提到“两新”党建或“两新”党组织的项目", ["“两新”党建", "“两新”党组织"]),
    ("哪些项目提到古籍修复或者数字化", ["古籍修复", "数字化"]),
    ("提到“资金紧张”、“经费不足”的表", ["资金紧张", "经费不足"]),
])
def test_a_mention_of_either_wording(interpreter, question, terms):
    assert ask(interpreter, question).form_filter == FormFilter(text_contains=terms)


@pytest.mark.parametrize("question, terms", [
    ("哪个项目提到验收没有通过", ["验收没有通过", "验收未通过", "验收没通过"]),
    ("提到任务未完成的项目", ["任务未完成", "任务没有完成", "任务没完成"]),
])
def test_a_mention_matches_any_way_of_writing_its_negation(interpreter, question, terms):
    assert ask(interpreter, question).form_filter == FormFilter(text_contains=terms)


@pytest.mark.parametrize("question, intent", [
    ("projects paying staff wages and benefits", "search"),
    ("which forms cover salaries and benefits of volunteers", "search"),
    ("list the benefit indicators of 信访办", "indicators"),
])
def test_bare_benefits_are_not_an_indicator_class(interpreter, question, intent):
    assert ask(interpreter, question).intent == intent
