"""Round 13: forms named by description (quoted fragments, a count hint, English words), values looked up in them, exact
or negated names and departments, and follow-ups keeping the previous reading. Expected values read from the bundled
forms with `jixiao sql` / `jixiao export`, never from the assistant."""

from __future__ import annotations

import pytest

from assistant.recognise import Token
from assistant.value_part import value_parts
from support import asked as _ask, names_of as _names

_TALENT = ["人才健康体检", "人才活动"]
_UNSUMMED = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
             "浦江初心微史馆质保金（党群中心）"]
_PETITION = ["信访代理员经费（信）", "劝导队经费（信）", "维稳经费（信）"]


# --- a part said absent after a department or unit -------------------------------------------------------------

_DEPARTMENTS = {"department": ["某县人民政府", "某县人民政府(汇总)"], "unit": ["某县信访办"]}


@pytest.mark.parametrize("question, spans, expected", [
    ("主管部门为某县人民政府（不带“(汇总)”字样）", [("group", "department", 0, 4), ("department", "某县人民政府", 5, 11),
                                            ("not", "not", 12, 14), ("bracket", "汇总", 15, 19)],
     [("group", "department"), ("department", "某县人民政府"), ("not", "not"), ("department", "汇总")]),
    # a part no value holds stays as it was
    ("主管部门不带“青石”", [("group", "department", 0, 4), ("not", "not", 4, 6), ("quoted_project", "青石", 6, 10)],
     [("group", "department"), ("not", "not"), ("quoted_project", "青石")]),
    # a negation in another clause is not about the column
    ("主管部门为某县人民政府，不带(汇总)", [("group", "department", 0, 4), ("department", "某县人民政府", 5, 11),
                                      ("not", "not", 12, 14), ("bracket", "汇总", 14, 18)],
     [("group", "department"), ("department", "某县人民政府"), ("not", "not"), ("bracket", "汇总")]),
])
def test_a_part_said_absent_is_a_value_of_the_column(question, spans, expected):
    tokens = [Token(kind, key, start, end, question[start:end]) for kind, key, start, end in spans]
    out, _ = value_parts(question, tokens, [], _DEPARTMENTS)
    assert [(t.kind, t.key) for t in out] == expected


@pytest.mark.parametrize("question, value, names", [
    ("主管部门填报为“上海市闵行区浦江镇人民政府”（不带“(汇总)”字样）的项目，全年执行数合计多少万元？", 145.11, _UNSUMMED),
    ("主管部门不带汇总字样的项目有几个", 5.0, _UNSUMMED),
    ("主管部门是上海市闵行区浦江镇人民政府、不含“汇总”的项目，全年预算一共多少", 251.45, _UNSUMMED),
])
def test_an_exact_department_by_what_it_lacks(seed_store, question, value, names):
    answer = _ask(seed_store, question)
    assert _names(answer) == sorted(names), answer.interpretation
    assert round(answer.value, 2) == value, answer.interpretation


@pytest.mark.parametrize("question, names", [
    ("既非信访办实施、名称也不带（平安办）标签，且总分不足95分的项目有哪些？",
     ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
    ("不是信访办实施、名称也不带（平安办）、执行率低于50%的项目",
     ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
])
def test_neither_a_unit_nor_a_tag(seed_store, question, names):
    assert _names(_ask(seed_store, question)) == sorted(names)


# --- a form named by quoted fragments, or a group by a count hint ---------------------------------------------------

@pytest.mark.parametrize("question, name, value", [
    ("“两个实有”那个奖励费项目的执行率是多少？", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", 100.0),
    ("“两个实有”那个奖励费项目全年预算多少", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", 41.0),
    ("“重精”那个奖励费项目的预算执行率", "重精患者监护人奖励费（平安办）", 100.0),
    ("“南区”那个质保金项目年初预算是多少", "党群中心（南区）规范化建设质保金（党群中心）", 29.76),
])
def test_quoted_fragments_name_the_form_holding_them_all(seed_store, question, name, value):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name], answer.interpretation
    assert round(answer.value, 2) == value, answer.interpretation


def test_a_quoted_part_after_a_word_for_names_stays_a_filter(seed_store):
    answer = _ask(seed_store, "名称带“奖励费”的项目有几个")
    assert answer.value == 2.0, answer.interpretation


@pytest.mark.parametrize("question, value", [
    ("人才那两个项目全年预算加一块是多少", 65.0),
    ("人才那两个项目一共执行了多少", 13.62),
    ("质保金那两个项目的全年预算加起来多少", 30.12),
])
def test_a_group_by_a_count_hint_then_a_sum(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert round(answer.value, 2) == value, answer.interpretation


# --- follow-ups -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("first, then, names", [
    ("总分低于96分的项目", "只看有评分等级的，按总分从低到高，排第一的是哪个", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("名称带（平安办）的项目", "按执行率从低到高，第一个是哪个", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which projects does the 信访办 implement?", "Sort them by amount disbursed, smallest first.", _PETITION),
    ("Which projects does the petition office manage?", "only the ones with a grade", _PETITION),
])
def test_follow_ups_keep_the_previous_reading(seed_store, first, then, names):
    answer = _ask(seed_store, first, then)
    assert _names(answer) == sorted(names), answer.interpretation


def test_a_sorted_follow_up_is_in_that_order(seed_store):
    answer = _ask(seed_store, "Which projects does the 信访办 implement?", "Sort them by amount disbursed, smallest first.")
    assert [r.project_name for r in answer.records] == ["劝导队经费（信）", "信访代理员经费（信）", "维稳经费（信）"]


@pytest.mark.parametrize("first, then, value", [
    ("Which projects does the petition office manage?", "and how many of those spent every last bit of it?", 0.0),
    ("名称带（平安办）的项目", "and how many of those spent every last bit of it?", 7.0),
])
def test_a_count_of_the_previous_forms_by_a_predicate(seed_store, first, then, value):
    answer = _ask(seed_store, first, then)
    assert answer.value == value, answer.interpretation


# --- a form described in English, then a figure or an indicator's target asked -------------------------------------

_CEREMONY = "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"
_VISUAL = "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"


@pytest.mark.parametrize("question, name, value", [
    ("How much did the Police Day flag-raising ceremony cost?", _CEREMONY, 3.03),
    ("How much did the flag-raising ceremony cost in the end?", _CEREMONY, 3.03),
    ("What was the full-year budget of the Police Day ceremony?", _CEREMONY, 3.03),
    ("How much did the guardian reward scheme for severe mental illness patients cost?", "重精患者监护人奖励费（平安办）", 9.84),
    ("What was the cost of the health check for talent?", "人才健康体检", 8.1),
])
def test_a_described_forms_cost(seed_store, question, name, value):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name], answer.interpretation
    assert round(answer.value, 2) == value, answer.interpretation


@pytest.mark.parametrize("question, name, printed", [
    ("In the visual security-control rental form, what turnaround was set for fixing equipment faults?", _VISUAL, "72小时"),
    ("In the visualised security control rental, how long for fixing equipment faults?", _VISUAL, "72小时"),
    ("What response time was set for equipment faults in the visual security-control rental form?", _VISUAL, "2小时"),
    ("What turnaround was set for fixing faults in the rented CCTV system?", "图像视频监控系统租赁经费（平安办）", "24小时内"),
    ("What monthly reward per guardian was set for guardians of patients with severe mental illness?",
     "重精患者监护人奖励费（平安办）", "200.00(元/人/月)"),
])
def test_an_indicator_target_of_a_described_form_as_printed(seed_store, question, name, printed):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name], answer.interpretation
    assert printed in answer.text, answer.text


# --- an office named in English and glossed in brackets; narratives asking for the form's explanation --------------

@pytest.mark.parametrize("first, then, names", [
    ("Which projects used less than half of their allocation?", "Only the ones run by the party service centre (党群中心) please",
     ["党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
    ("Which projects had an execution rate under 70%?", "only the ones run by the petition office (信访办)", ["劝导队经费（信）"]),
    ("How many projects had a budget above 1 million yuan?", "and how many of those spent every last bit of it?", None),
])
def test_an_office_glossed_in_brackets_narrows_the_last_answer(seed_store, first, then, names):
    answer = _ask(seed_store, first, then)
    if names is None:
        assert answer.value == 2.0, answer.interpretation  # 图像视频监控, 社工点经费: 100% of more than 100 万元
    else:
        assert _names(answer) == sorted(names), answer.interpretation


@pytest.mark.parametrize("question", [
    "Where did headcount fall short of plan, and what explanation did the form give?",
    "Where did the number of people fall short of plan, and what reason did the form give?",
    "Which projects fell short on headcount, and why according to the form?",
    "哪些项目人数没达到计划，表里怎么解释的？",
])
def test_a_shortfall_and_its_explanation_is_a_text_search(seed_store, question):
    answer = _ask(seed_store, question)
    assert _names(answer) == ["人才健康体检", "劝导队经费（信）"], answer.interpretation
    assert "未达到预期" in answer.text


@pytest.mark.parametrize("question, value, note", [
    ("人才那两个项目全年预算加一块是多少", 65.0, None),
    ("人才那三个项目全年预算加一块是多少", 65.0, "注意：问题说有 3 个项目，按所说的名称找到 2 个"),
    ("信访办那两个项目一共花了多少", 346.13, "注意：问题说有 2 个项目，按所说的名称找到 3 个"),
    ("信访办实施的那几个项目，2023年全年实际花出去的钱加起来是多少万元？", 346.13, None),
])
def test_a_count_hint_that_disagrees_is_said(seed_store, question, value, note):
    answer = _ask(seed_store, question)
    assert round(answer.value, 2) == value, answer.interpretation
    assert (note in answer.text) if note else ("注意" not in answer.text), answer.text


@pytest.mark.parametrize("question, names", [
    ("人才那两个项目的执行率分别是多少", _TALENT),
    ("质保金那两个项目的执行率各是多少", ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
    ("派出所那三个项目的全年预算分别是多少", ["杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
])
def test_a_count_hint_is_no_word_of_a_name(seed_store, question, names):
    answer = _ask(seed_store, question)
    assert _names(answer) == sorted(names), answer.interpretation
    assert "注意" not in answer.text


@pytest.mark.parametrize("questions, first", [
    (["平安办的项目有哪些", "按全年预算从低到高，排第一的是哪个"], "下发基层书报杂志费（平安办）"),
    (["名称带（平安办）的项目", "只看执行率100%的，按全年预算从高到低，排第一的是哪个"], "图像视频监控系统租赁经费（平安办）"),
    (["执行率不到一半的项目", "只看名称带（党群中心）的，按全年预算从高到低，排第一的是哪个"], "党建活动（党群中心）"),
    (["Which projects were topped up during the year?", "sort them by execution rate, lowest first", "which comes first?"], "人才活动"),
    (["Which projects are tagged 党群中心?", "sort them by budget, largest first"], "下拨经费（党群中心）"),
    (["Which projects spent less than half of their budget?", "keep only the ones not tagged 平安办, and sort them by budget"],
     "党建活动（党群中心）"),
])
def test_narrowed_then_sorted_follow_ups(seed_store, questions, first):
    answer = _ask(seed_store, *questions)
    assert answer.records[0].project_name == first, answer.interpretation


@pytest.mark.parametrize("questions, value", [
    (["信访办的项目", "and how many of those scored above 99?"], 2.0),
    (["Which projects are tagged 党群中心?", "and what did they spend in total?"], 145.11),
    (["Which projects spent less than half of their budget?", "how many of those were topped up during the year?"], 2.0),
])
def test_a_statistic_of_the_last_list(seed_store, questions, value):
    answer = _ask(seed_store, *questions)
    assert round(answer.value, 2) == value, answer.interpretation


@pytest.mark.parametrize("question, printed", [
    ("What was the headcount target for guardians in the severe mental illness reward form?", "46.00(人)"),
    ("视频监控租赁那个项目故障多长时间内处置", "24小时内"),
    ("How often is on-site inspection and maintenance done under the visual security-control rental?", "每季度一次"),
    ("When is the guardian reward paid out in the severe mental illness form?", "第一季度"),
    ("监护人那个奖励费项目，每人每月奖励多少", "200.00(元/人/月)"),
    ("可视化那个项目设备故障多久要处置", "72小时"),
])
def test_a_row_of_a_form_named_loosely(seed_store, question, printed):
    assert printed in _ask(seed_store, question).text


# --- every / all between an exclusion and what it names ---------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("Excluding the petition office and every 平安办-tagged project, how many projects scored below 95?", 5.0),
    ("Excluding every 平安办 project, how many projects are there?", 14.0),
    ("Excluding every project tagged 平安办, how many projects are there?", 14.0),
    ("名称不带（平安办）、也不是信访办实施的项目，全年预算加起来多少", 2543.22),
    ("What is the total full-year budget of the projects neither tagged (平安办) nor run by the petition office?", 2543.22),
])
def test_an_exclusion_before_every_or_all(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert round(answer.value, 2) == value, answer.interpretation


@pytest.mark.parametrize("questions, names", [
    (["执行率低于90%的项目", "只要信访办的"], ["劝导队经费（信）"]),
    (["执行率低于90%的项目", "光看名称带（党群中心）的"],
     ["下拨经费（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
    (["执行率低于90%的项目", "这些里面预算最多的是哪个"], ["鲁汇派出所新址装修工程（平安办）"]),
    # the first of an order, and every form tied with it (年初预算 0)
    (["执行率低于90%的项目", "按年初预算从小到大排，第一个是哪个"], ["人才健康体检", "人才活动", "杜行派出所公用事业费"]),
    (["Which projects scored below 96?", "of those, which ones had no initial budget?"], ["人才健康体检", "人才活动", "杜行派出所公用事业费"]),
    (["Which projects scored below 96?", "drop the ones tagged 平安办"],
     ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "杜行派出所公用事业费",
      "浦江初心微史馆质保金（党群中心）"]),
])
def test_chinese_and_english_narrowing_follow_ups(seed_store, questions, names):
    assert _names(_ask(seed_store, *questions)) == sorted(names)


@pytest.mark.parametrize("question, value", [
    ("How much did the mobile information collection terminal rental cost?", 89.57),
    ("How much did the two warranty retention projects cost together?", 0.0),
    ("What was the budget of the two warranty retention projects combined?", 30.12),
    ("What did the police station renovation projects spend altogether?", 815.1),
    ("What is the unspent balance of the grassroots newspaper subscription?", 0.0),
    ("What was the budget top-up for the Duhang police station repair?", 33.8),
    ("党建活动那个项目还剩多少钱没花", 42.52),
])
def test_a_described_family_or_form_figure(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert round(answer.value, 2) == value, answer.interpretation


# --- parts of names and of departments said present or absent --------------------------------------------------------

@pytest.mark.parametrize("question, names", [
    ("名称里带“质保金”但不带“南区”的项目", ["浦江初心微史馆质保金（党群中心）"]),
    ("名称里有派出所但没有杜行的项目", ["鲁汇派出所新址装修工程（平安办）"]),
    ("Which projects have 派出所 in the name but not 杜行?", ["鲁汇派出所新址装修工程（平安办）"]),
    ("Which projects have 质保金 in their name?", ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
    ("实施单位不是社区党群服务中心的项目", _PETITION),
    ("Which projects are not implemented by the party service centre?", _PETITION),
    ("主管部门写的就是“上海市闵行区浦江镇人民政府”、后面不带汇总的项目有哪些", _UNSUMMED),
])
def test_parts_of_names_and_departments(seed_store, question, names):
    assert _names(_ask(seed_store, question)) == sorted(names)


@pytest.mark.parametrize("question, value", [
    ("主管部门带“汇总”字样的项目有几个", 23.0),
    ("名称以（平安办）结尾、又带“经费”二字的项目有几个", 7.0),
    ("主管部门一栏没有“(汇总)”的项目，执行数加起来多少", 145.11),
    ("How much did the projects whose department is printed without “(汇总)” spend in total?", 145.11),
])
def test_a_figure_over_parts_of_names_and_departments(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert round(answer.value, 2) == value, answer.interpretation


@pytest.mark.parametrize("questions, order", [
    (["Which projects were cut during the year?", "sort them by how much was cut, largest first"],
     ["社工点经费（平安办）", "安保经费（平安办）", "下发基层书报杂志费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
      "重精患者监护人奖励费（平安办）"]),
    (["哪些项目年内被调减了", "按调减了多少从大到小排"],
     ["社工点经费（平安办）", "安保经费（平安办）", "下发基层书报杂志费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
      "重精患者监护人奖励费（平安办）"]),
    (["Which projects were topped up during the year?", "sort them by the size of the top-up, smallest first"],
     ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "人才健康体检", "户籍档案数字化加工项目", "杜行派出所新址修缮工程（平安办）",
      "人才活动", "社工", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）"]),
])
def test_a_follow_up_sorted_by_the_size_of_a_change(seed_store, questions, order):
    assert [r.project_name for r in _ask(seed_store, *questions).records] == order


@pytest.mark.parametrize("question, value", [
    ("How much was spent on the anti-drug and anti-cult work?", 18.56),
    ("What was the Luhui police station fit-out's final budget?", 769.86),
    ("What was the outturn of the grassroots newspaper and magazine subscription?", 9.28),
    ("志愿者那个项目还剩多少没花", 4.58),
    ("The rented CCTV system: how much was spent?", 2412.86),
    ("劝导队那个项目执行率多少", 66.74),
])
def test_a_figure_of_a_form_said_loosely(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert round(answer.value, 2) == value, answer.interpretation


@pytest.mark.parametrize("question, printed", [
    ("“可视化”那个项目涉及点位目标多少", "6905"),
    ("“移动信息采集”那个项目信息采集设备目标是多少台", "240.00(台)"),
    ("“书报杂志”那个项目的时效指标怎么写的", "11月-12月"),
    ("In the newspaper subscription form, by when was the ordering to be done?", "11月-12月"),
    ("How many traffic auxiliary police did the security budget plan for?", "52.00(人)"),
    ("“两个实有”那个项目村委目标多少个", "41.00(个)"),
    ("In the 两个实有 reward form, how many residents' committees were targeted?", "42.00(个)"),
    ("禁毒那个项目反邪教监测多少人", "66.00(人)"),
    ("安保经费里联动执法人数目标是多少", "12.00(人)"),
])
def test_an_indicator_target_of_a_form_named_by_a_part(seed_store, question, printed):
    assert printed in _ask(seed_store, question).text


@pytest.mark.parametrize("question, value", [
    ("volunteer scheme — exec rate?", 97.98),
    ("luhui reno: budget after top-up?", 769.86),
    ("Luhui renovation: budget after the top-up?", 769.86),
    ("杜行派出所那两个项目一共多少预算", 246.6),
    ("Duhang police station's two projects: total budget?", 246.6),
    ("What did the two Duhang forms spend between them?", 218.48),
    ("the three police station projects — average execution rate?", 78.78),
])
def test_terse_descriptions_of_forms(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert round(answer.value, 2) == value, answer.interpretation


def test_a_class_then_a_field_before_how_much_asks_the_figure(seed_store):
    assert "99.00(百分比)" in _ask(seed_store, "体检那个，满意度实际多少").text
