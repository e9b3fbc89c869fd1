"""Round 11: lookups inside one form named by several fragments, in pinyin or by a topic its name holds; ranked
follow-ups, the first N, swaps and totals of the previous list."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.pinyin_names import PinyinNameParts
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


@pytest.mark.parametrize("word, expected", [
    ("Qingshi", "青石"), ("qing-shi", "青石"), ("Ludeng", "路灯"), ("daolu", "道路"), ("qingsao", "清扫"),
    ("like", None),  # no part of a name spells it
    ("lu", None),  # one syllable is too short to be a name
    ("street", None),
])
def test_a_part_of_a_name_in_pinyin(word, expected):
    assert PinyinNameParts(INVENTED_COUNTY.projects).find(word) == expected


@pytest.mark.parametrize("question, expected", [
    # several fragments, all held by one name: that form in full (its tag left out when no other name shares the rest)
    ("青石 路灯那个项目的预算是多少", "青石路灯维护经费那个项目的预算是多少"),
    ("路灯那个项目的预算", "青石路灯维护经费那个项目的预算"),
    ("道路清扫那张表的执行率", "道路清扫经费那张表的执行率"),
    ("What did the Qingshi Ludeng project spend?", "what did the 青石路灯维护经费 project spend?"),
    ("the Daolu form: execution rate?", "the 道路清扫经费 form: execution rate?"),
    # a part both names hold names no one form; a tag beside a word that only looks like pinyin names nothing
    ("the Jingfei form: execution rate?", "the Jingfei form: execution rate?"),
    ("How many projects like 城管办 ones?", "How many projects like 城管办 ones?"),
    # a quoted part is the part the asker means: a name filter, not one form
    ("名称带《青石》的项目有几个", "名称带《青石》的项目有几个"),
])
def test_fragments_naming_one_form_are_its_full_name(reader, question, expected):
    assert reader.named_in_full(question) == expected


@pytest.mark.parametrize("question, name, value", [
    ("杜行派出所 修缮 那个项目的执行数是多少？", "杜行派出所新址修缮工程（平安办）", 185.34),
    ("南区质保金那个项目执行了多少", "党群中心（南区）规范化建设质保金（党群中心）", 0.0),
    ("党群中心南区那个质保金的预算是多少", "党群中心（南区）规范化建设质保金（党群中心）", 29.76),
    ("the Pujiang museum warranty form: what was the budget?", "浦江初心微史馆质保金（党群中心）", 0.36),
    ("What was spent on the Duhang utilities form?", "杜行派出所公用事业费", 33.14),
    ("What was the execution rate of the Luhui renovation project?", "鲁汇派出所新址装修工程（平安办）", 81.8),
    ("What was the execution rate of the video surveillance project?", "图像视频监控系统租赁经费（平安办）", 100.0),
    ("How many indicators does the anti-drug form have?", "禁毒与反邪教（平安办）", 12.0),
    ("How many output-quantity measures does the security-guard project ('安保经费（平安办）') have?", "安保经费（平安办）", 3.0),
    ("What is the renovation area target of the Luhui police station form?", "鲁汇派出所新址装修工程（平安办）", 7306.2),
    ("How many square metres did the Duhang police station repair cover?", "杜行派出所新址修缮工程（平安办）", 19975.0),
    ("Grassroots newspaper and magazine subscriptions: what minimum number of copies was targeted?", "下发基层书报杂志费（平安办）", 500.0),
    ("体检那个项目的满意度目标是多少", "人才健康体检", 90.0),
    # the budget after a change is the full-year budget, not the change
    ('What was the appropriation for "鲁汇派出所新址装修工程（平安办）" after the in-year top-up, in 万元?',
     "鲁汇派出所新址装修工程（平安办）", 769.86),
    ("鲁汇派出所新址装修工程追加后的全年预算是多少？", "鲁汇派出所新址装修工程（平安办）", 769.86),
    ("What was the budget of the Luhui renovation after the top-up?", "鲁汇派出所新址装修工程（平安办）", 769.86),
    ("人才活动调减后的预算是多少", "人才活动", 41.0),
])
def test_a_lookup_inside_one_form(seed_store, question, name, value):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == [name], answer.interpretation
    assert round(answer.value, 2) == value, answer.interpretation


def test_a_lookup_quotes_the_row_asked(seed_store):
    answer = Conversation(seed_store, llm=None).ask("What was the time limit for fixing faults in the rented CCTV system?")
    assert "故障处置及时性" in answer.text and "24小时内" in answer.text
    assert "使用率" not in answer.text


def test_a_description_two_forms_share_stays_both(seed_store):
    answer = Conversation(seed_store, llm=None).ask("What was the execution rate of the police station renovation project?")
    assert sorted(r.project_name for r in answer.records) == ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]


def _follow(store, first: str, then: str):
    conversation = Conversation(store, llm=None)
    conversation.ask(first)
    return conversation.ask(then)


@pytest.mark.parametrize("first, then, names", [
    # a ranking cue naming no field: the previous order, else the figure the previous question compared
    ("执行率低于80%的项目有哪些", "排第一的是哪个", ["下拨经费（党群中心）"]),
    ("Which projects had an execution rate below 80%?", "which one is top?", ["下拨经费（党群中心）"]),
    ("Which projects had an execution rate below 80%?", "and the lowest one?",
     ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("全年预算超过200万的项目", "预算最多的是哪个", ["图像视频监控系统租赁经费（平安办）"]),
    ("按全年预算从高到低排一下平安办的项目", "排第一的是哪个", ["图像视频监控系统租赁经费（平安办）"]),
    ("按全年预算从高到低排一下平安办的项目", "最低的那个呢", ["下发基层书报杂志费（平安办）"]),
    # the first N of a list in no order of its own: its first rows as listed
    ("Which projects had an execution rate below 80%?", "the first two", ["下拨经费（党群中心）", "党建活动（党群中心）"]),
    ("全年预算超过200万的项目", "前两个", ["社工", "维稳经费（信）"]),
    ("执行率低于80%的项目有哪些", "前两个是哪两个", ["下拨经费（党群中心）", "党建活动（党群中心）"]),
    # a swap in English with "instead"
    ("Which projects does the petition office run?", "what about 党群中心 instead?",
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "浦江初心微史馆质保金（党群中心）"]),
    ("Which forms of 平安办 have an execution rate below 90%?", "how about the ones from 信访办 instead?", ["劝导队经费（信）"]),
])
def test_ranked_and_first_n_follow_ups(seed_store, first, then, names):
    answer = _follow(seed_store, first, then)
    assert sorted(r.project_name for r in answer.records) == sorted(names), answer.interpretation


@pytest.mark.parametrize("first, then, value", [
    # a total naming no figure: the amount the previous question compared, else the full-year budget
    ("Which projects had an execution rate below 80%?", "how much do they add up to?", 910.27),
    ("全年预算超过200万的项目", "这几个加起来多少", 7148.49),
    ("全年预算超过200万的项目", "这几个一共多少钱", 7148.49),
    ("信访办的项目有哪些", "那总共多少钱", 369.57),
    # the size of the change after a list of changes
    ("Which projects were topped up during the year?", "And how much was added in total, in 10k yuan?", 408.39),
    ("Which projects were topped up during the year?", "how much were they topped up altogether?", 408.39),
])
def test_totals_of_the_previous_list(seed_store, first, then, value):
    answer = _follow(seed_store, first, then)
    assert round(answer.value, 2) == value, answer.interpretation


@pytest.mark.parametrize("first, then, value", [
    # another statistic alone swaps the previous one, same forms and field
    ("average utilisation of the 平安办-tagged forms", "what about the median?", 99.66),
    ("平安办项目的平均执行率是多少", "那中位数呢", 99.66),
    ("平安办项目的平均执行率是多少", "最大值呢", 100.0),
    ("What is the total budget of the 信访办 projects?", "and the average?", 123.19),
])
def test_a_statistic_swapped(seed_store, first, then, value):
    assert round(_follow(seed_store, first, then).value, 2) == value


@pytest.mark.parametrize("first, then, names", [
    # 那 + a ranking with no forms of its own ranks the last list
    ("党群中心的项目各还剩多少钱没花", "那剩得最多的是哪个", ["党建活动（党群中心）"]),
    ("党群中心的项目有哪些", "剩得最多的是哪个", ["党建活动（党群中心）"]),
    ("平安办的项目有哪些", "那预算最少的是哪个", ["下发基层书报杂志费（平安办）"]),
    ("信访办的项目有哪些", "那执行率最高的呢", ["信访代理员经费（信）"]),
    ("List the projects of the 信访办 (petition office)", "Sort them by execution ratio, lowest first. Which one comes first?",
     ["劝导队经费（信）"]),
])
def test_a_ranking_of_the_last_list(seed_store, first, then, names):
    assert [r.project_name for r in _follow(seed_store, first, then).records] == names


@pytest.mark.parametrize("question, value", [
    # a named form's money left or changed, said colloquially
    ("社工那个项目还剩多少钱没花？", 95.46),
    ("名称带（党群中心）的项目一共还剩多少没花", 106.34),
    ("安保经费年中被砍了多少", 6.69),
    ("社工那个项目年中追加了多少", 51.05),
])
def test_a_named_forms_money_left_or_changed(seed_store, question, value):
    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


@pytest.mark.parametrize("question, text", [
    # a date asked of one form: the row or the sentence giving it
    ("110分流处置工作启动仪式是哪天办的", "启动仪式举办时间：年度指标值 2023年1月10日"),
    ("初心微史馆那个项目是哪天竣工的", "2021年10月竣工移交至党群中心"),
    # a part pointed at in a question asking a row is that form; in a narrative its words stay for the search
    ("关于体检的那张表，数量指标是怎么写的？", "开展活动次数"),
    ("体检那个项目的满意度目标是多少", "人才满意度"),
])
def test_a_date_or_row_of_one_form(seed_store, question, text):
    assert text in Conversation(seed_store, llm=None).ask(question).text


@pytest.mark.parametrize("question, value", [
    # "by how much was A raised above B": the two fields after it, the larger first
    ("By how much, in 万元, was the full-year budget of the Luhui police station new-site renovation raised above its "
     "opening appropriation?", 169.89),
    ("by how much was the amount executed of 社工 below its annual budget?", 95.46),
    ("How large was the underspend (final allocation less outturn) on 公安后勤及协管员经费（平安办）, in 万元?", 93.55),
])
def test_by_how_much_of_one_form(seed_store, question, value):
    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


def test_a_narrative_of_one_form_is_not_swayed_by_its_name(seed_store):
    answer = Conversation(seed_store, llm=None).ask("What floor area did the Luhui police station fit-out cover?")
    assert "7306.20(平方米)" in answer.text


@pytest.mark.parametrize("question, clause", [
    # a figure one form's own text gives where no indicator row holds it: the clause saying it
    ("党建活动那张表里，全年发展了多少名党员", "党建活动（党群中心）：全年发展党员51名"),
    ("初心微史馆的质保金按多少比例付", "浦江初心微史馆质保金（党群中心）：18个月后支付0.3%"),
    ("党建活动一共开展了多少场党务工作者培训", "开展了19场党务工作者培训"),
])
def test_a_figure_the_forms_text_gives(seed_store, question, clause):
    assert clause in Conversation(seed_store, llm=None).ask(question).text


def test_a_figure_a_row_gives_adds_no_clause(seed_store):
    assert Conversation(seed_store, llm=None).ask("社工的执行率是多少").text == "社工：执行率 95.53 %"


@pytest.mark.parametrize("question", [
    "Any mention of surveillance cameras or video monitoring?",
    "Anything on CCTV or video surveillance?",
    "Something on surveillance cameras?",
])
def test_topics_asked_about_are_a_search_not_one_form(seed_store, question):
    # A question mark alone asks nothing of a form: topics searched for keep every form that speaks of them.
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(r.project_name for r in answer.records) == [
        "图像视频监控系统租赁经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
