"""Text answers in round 8's new wordings: an indicator class named in a wording question, a form named after a
description or described only in English, the goal / outcome / reason a named form gives (literal expected values,
on the bundled corpus without the model)."""

from __future__ import annotations

import pytest

from assistant import form_text
from assistant.conversation import Conversation
from support import names_of as _names


def _ask(store, question):
    return Conversation(store, search=None, llm=None).ask(question)


# ----- units ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question, field", [
    ("安保经费的目标是什么", "goal"),
    ("What was the aim of the drug prevention project?", "goal"),
    ("What did 安保经费 achieve?", "outcome"),
    ("安保经费完成情况怎么样", "outcome"),
    ("Why did 安保经费 not spend all its money?", "reason"),
    ("下拨经费的偏差原因是什么", "reason"),
    ("安保经费的目标值是多少", None),  # a figure: an indicator row's target
    ("What did the 平安志愿者经费 project actually achieve for volunteer numbers?", None),
    ("哪个项目的质保金在竣工18个月后支付", None),  # 项目的 holds 目的, which is no question of purpose
])
def test_the_part_of_a_forms_text_a_question_asks_for(question, field):
    assert form_text.asked_field(question) == field


# ----- on the bundled corpus: the text asked of a named or described form ------------------------------------


@pytest.mark.parametrize("question, names, text", [
    ("安保经费的目标是什么", ["安保经费（平安办）"], "年度总体目标：区域治安长效管理制度建立健全"),
    ("安保经费的年度总体目标是什么", ["安保经费（平安办）"], "年度总体目标：区域治安长效管理制度建立健全"),
    ("What was the goal of 安保经费?", ["安保经费（平安办）"], "goal: 区域治安长效管理制度建立健全"),
    ("What was the goal of the security-guard project ('安保经费')?", ["安保经费（平安办）"], "goal: 区域治安长效管理制度建立健全"),
    ("那个关于保洁的项目（“公安后勤及协管员经费”）的目标是什么", ["公安后勤及协管员经费（平安办）"], "年度总体目标：做好公安后勤保障工作"),
    ("What did 安保经费 achieve?", ["安保经费（平安办）"], "outcome: 各支安保队伍在全镇范围内积极开展治安、交通等各类事件处置"),
    ("安保经费完成情况怎么样", ["安保经费（平安办）"], "实际完成情况：各支安保队伍在全镇范围内"),
    ("那个讲档案的项目「户籍档案数字化加工项目」完成了什么", ["户籍档案数字化加工项目"], "实际完成情况：完成户籍档案数字化加工及相关费用支付"),
    ("What did the CCTV rental project (图像视频监控系统租赁经费) achieve?", ["图像视频监控系统租赁经费（平安办）"],
     "outcome: 对浦江镇范围内视频监控摄像头进行日常维护保养"),
    ("The petition-agent scheme (\"信访代理员经费\"): what were its outcomes?", ["信访代理员经费（信）"],
     "outcome: 将矛盾化解在基层"),
    ("What did the newspaper subscription project (下发基层书报杂志费) aim for?", ["下发基层书报杂志费（平安办）"],
     "goal: 全面做好征订工作，100%完成征订数量"),
    ("下拨经费的偏差原因是什么", ["下拨经费（党群中心）"], "因2023年度资金紧张，党组织负责人补贴2024年度下拨"),
    ("那个发补贴的项目（下拨经费）偏差原因是什么", ["下拨经费（党群中心）"], "（执行率 72.68）"),
    ("那个搞体检的项目（人才健康体检）为什么钱没花完", ["人才健康体检"], "原因：系列活动已完成，实际体检人数未达到预期。"),
    ("Why did the security-guard project (\"安保经费\") not spend all its money?", ["安保经费（平安办）"],
     "no deviation reason given, and no sentence of its outcome says why; execution rate 99.06"),
    # described only in words, English through the glossary: the forms whose names hold them, named as taken
    ("What are the goals of the digitisation project?", ["户籍档案数字化加工项目"], "goal: 为最大限度实现"),
    ("What was the outcome of the volunteer scheme?", ["平安志愿者经费（平安办）"], "outcome: 年内志愿者按时进行巡防服务"),
    ("What did the health check project achieve?", ["人才健康体检"], "实际体检人数未达到预期"),
    ("What was the aim of the drug prevention project?", ["禁毒与反邪教（平安办）"], "goal: 1、宣传覆盖辖区内多数百人企业"),
    ("What was the goal of the project about the police station's utilities?", ["杜行派出所公用事业费"], "goal: 按时支付各项经费"),
    ("what were the outcomes of the social workers project", ["社工", "社工点经费（平安办）"], "社工点经费（平安办） (2023) outcome: "),
])
def test_a_named_or_described_forms_text_is_quoted_whole(seed_store, question, names, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == names
    assert text in answer.text
    assert answer.sql.startswith("SELECT form_id, project_name, year, goal, outcome")


def test_a_described_form_says_which_form_was_taken(seed_store):
    answer = _ask(seed_store, "What was the outcome of the volunteer scheme?")
    assert "taken as (by name): 平安志愿者经费（平安办）" in answer.interpretation


# ----- indicator classes in wording questions ------------------------------------------------------------------


@pytest.mark.parametrize("question, names, text", [
    ("安保经费的时效指标怎么写的", ["安保经费（平安办）"],
     "安保人员面对突发事件快速处置率：年度指标值 =100.00(%)（即 100%），实际完成值 100.00(%)"),
    ("禁毒与反邪教的质量指标是怎么写的", ["禁毒与反邪教（平安办）"], "宣传活动达标率：年度指标值 =100.00(%)（即 100%），实际完成值 100.00(%)"),
    ("禁毒与反邪教的满意度指标是怎么写的", ["禁毒与反邪教（平安办）"], "特殊人员满意度：年度指标值 ≥90.00(%)（即 ≥90%），实际完成值 90.00(%)"),
    ("人才活动的质量指标怎么写", ["人才活动"], "活动开展质量达标率：年度指标值 百分之九十（即 90%），实际完成值 达成指标"),
    ("户籍档案数字化加工项目的效益指标是怎么写的", ["户籍档案数字化加工项目"], "提高户籍民警工作效率：年度指标值 是否提高效率"),
    ("What does the timeliness indicator of 安保经费 say?", ["安保经费（平安办）"],
     "安保人员面对突发事件快速处置率: target =100.00(%) (i.e. 100%), actual 100.00(%)"),
    ("What quality indicators did 户籍档案数字化加工项目 set?", ["户籍档案数字化加工项目"], "数字化档案监所有序率: target ≥90.00(%)"),
    ("劝导队经费的数量指标有哪些", ["劝导队经费（信）"], "维稳工作完成率：目标 =8.00(人)（即 8人），实际 4.00(人)（即 4人）"),
    ("How were the satisfaction indicators of the anti-drug project worded?", ["禁毒与反邪教（平安办）"],
     "区域内受众群体满意度: target ≥90.00(%)"),
    ("人才健康体检的满意度指标目标值和实际值分别是多少", ["人才健康体检"],
     "人才满意度：年度指标值 ≥90.00(百分比)（即 ≥90%），实际完成值 99.00(百分比)（即 99%）"),
    ("What were the target and the actual for the satisfaction indicator of 人才健康体检?", ["人才健康体检"],
     "target ≥90.00(百分比) (i.e. ≥90%), actual 99.00(百分比) (i.e. 99%)"),
])
def test_the_indicator_class_named_restricts_the_rows_printed(seed_store, question, names, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == names
    assert text in answer.text


def test_only_the_class_named_is_printed(seed_store):
    text = _ask(seed_store, "禁毒与反邪教的质量指标是怎么写的").text
    assert "宣传活动达标率" in text and "反邪教监测人数" not in text and "特殊人员满意度" not in text


@pytest.mark.parametrize("question, text", [
    ("社工项目的时效指标是怎么写的", "该项目没有时效类指标（它的二级指标：数量指标、质量指标、社会效益指标、服务对象满意度指标）。"),
])
def test_a_form_without_the_class_says_which_classes_it_has(seed_store, question, text):
    answer = _ask(seed_store, question)
    assert answer.text == text and answer.records == []


# ----- reasons the forms give, asked of a named form ----------------------------------------------------------


@pytest.mark.parametrize("question, names, text", [
    ("杜行派出所公用事业费执行率才五成多，表里给的理由是什么？", ["杜行派出所公用事业费"], "因实际使用无法预估准确，故执行率较低"),
    ("劝导队经费扣了0.1分，表里怎么解释的", ["劝导队经费（信）"], "偏差原因（维稳工作完成率）：实际劝导队人员数量4人，后续及时调整经费"),
    ("人才活动为什么只花了一成多的钱", ["人才活动"], "因2023年度资金紧张，经费于2024年度支付"),
    ("How does 党建活动 explain its low spending?", ["党建活动（党群中心）"], "因2023年度资金紧张，部分活动经费于2024年度支付"),
])
def test_a_named_forms_reason_is_its_deviation_reason_or_a_sentence_saying_why(seed_store, question, names, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == names and text in answer.text


# ----- narrative questions in new wordings ----------------------------------------------------------------------

DEFERRED = ["下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）"]


@pytest.mark.parametrize("question, expected", [
    ("哪些项目的经费拖到2024年才支付", DEFERRED),
    ("which projects deferred payment to 2024", DEFERRED),
    ("哪些项目说部分活动经费到2024年才付", ["党建活动（党群中心）"]),
    ("Which projects admit some activity money was only paid in 2024?", ["党建活动（党群中心）"]),
    ("哪个项目因为资金紧张，补贴推迟到2024年下拨", ["下拨经费（党群中心）"]),
    ("Which project postponed paying subsidies to party leaders until 2024?", ["下拨经费（党群中心）"]),
    ("哪个项目提到把赴京人员稳在本地", ["维稳经费（信）"]),
    ("哪个项目的协管员是从别处抽调来的", ["劝导队经费（信）"]),
    ("哪个项目的协管员是抽调来的", ["劝导队经费（信）"]),
    ("Which project handled registering and deregistering residents and housing data?",
     ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）"]),
    ("哪个项目说信访群众会冲击领导办公室", ["劝导队经费（信）"]),
    ("Which project says petitioners sometimes storm into officials' offices?", ["劝导队经费（信）"]),
    ("哪个项目给派出所后勤人员解决吃饭问题", ["公安后勤及协管员经费（平安办）"]),
    ("Which project paid for meals for police support staff?", ["公安后勤及协管员经费（平安办）"]),
    ("哪个项目的装修工程验收合格了", ["鲁汇派出所新址装修工程（平安办）"]),
    ("Which project ran regular hair tests on drug users?", ["禁毒与反邪教（平安办）"]),
    ("哪个项目说志愿者按时巡逻了", ["平安志愿者经费（平安办）"]),
    ("Which project says its volunteers did their patrols on schedule?", ["平安志愿者经费（平安办）"]),
    ("Which project blames its low execution on utility usage being impossible to forecast?", ["杜行派出所公用事业费"]),
    ("Which project reports recruiting 51 new party members?", ["党建活动（党群中心）"]),
    ("Which project achieved full video-surveillance coverage of the town?",
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("哪个项目给门头标识换了新的", ["党建活动（党群中心）"]),
    ("哪个项目的经费有一部分用的是存量资金", ["下拨经费（党群中心）"]),
    ("Which project's persuasion team actually had only 4 people?", ["劝导队经费（信）"]),
])
def test_new_narrative_wordings_find_exactly_the_forms_that_say_so(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == expected


# ----- a figure the one sentence or row found gives -------------------------------------------------------------


@pytest.mark.parametrize("question, value", [
    ("How many devices for collecting population information were rented?", 240.0),
    ("What target did they set for the number of community security staff having dinner (社保队员晚餐人数)?", 128.0),
])
def test_a_counted_things_figure_is_the_answers_value(seed_store, question, value):
    assert _ask(seed_store, question).value == value


def test_the_figure_right_after_the_things_words_is_taken():
    from assistant.sentence_figure import asked_unit, figure_in

    sentence = "租赁信息采集设备240台，督导执法仪8台，支付租赁服务经费"
    assert asked_unit("How many devices were rented?") == "台" and asked_unit("租了几台") == "台"
    assert figure_in(sentence, ["设备"], "台") == 240.0
    assert figure_in(sentence, ["执法仪"], "台") == 8.0
    assert figure_in(sentence, ["经费"], "台") is None  # two counts, neither right after the word
    assert figure_in("社保队员晚餐人数 目标 =128.00(人)，实际 128.00(人)", [], "人") == 128.0


@pytest.mark.parametrize("question, expected", [
    ("Which project mentions 110?", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]),
    ("哪个项目提到110", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]),
    ("Which projects mention the 110 hotline?", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]),
    ("Which project had an outcome mentioning a skills contest?", ["党建活动（党群中心）"]),
    ("Which projects mention training in their outcomes?", ["党建活动（党群中心）"]),
    ("哪些项目的目标里写了稳定", ["社会治安保障经费（平安办）", "维稳经费（信）"]),
    ("Which forms talk about stability in their goals?", ["社会治安保障经费（平安办）", "维稳经费（信）"]),
    ("哪些表的偏差原因里提到人员", ["劝导队经费（信）"]),
    ("Which projects relate to warranty retention money?", ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
])
def test_topics_and_numbers_the_text_says_as_written(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == expected


def test_how_a_setting_was_made_is_a_wording_question(seed_store):
    answer = _ask(seed_store, "信访代理员经费的满意度是怎么设定的")
    assert answer.kind == "wording" and "周边居民满意率：年度指标值 90%" in answer.text


def test_a_quoted_piece_of_an_indicator_name_names_the_row_and_its_target_is_the_value(seed_store):
    answer = _ask(seed_store, "之前“来登去消”那个指标，目标值填的百分之多少？")
    assert answer.value == 100.0 and "来登去消工作完成及时率" in answer.text and "=100.00(%)（即 100%）" in answer.text


def test_a_quoted_piece_listed_by_the_query_model_still_quotes_the_rows_target(seed_store):
    answer = _ask(seed_store, "“来登去消”指标的目标值是多少")
    assert _names(answer) == ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）"] and "来登去消工作完成及时率：=100.00(%)" in answer.text
    assert answer.value == 100.0  # one row's target asked: its figure is the answer's value


@pytest.mark.parametrize("question, expected", [
    ("哪个项目的钱是因为资金紧张才没付", DEFERRED),
    ("Which projects said they ran out of money?", DEFERRED),
    ("Which projects were cash-strapped?", DEFERRED),
    # a cause no form gives is said to be given by none, not dropped for the figures around it
    ("哪些项目是因为采购流程慢才没花完钱", []),
    ("Which projects blame bad weather?", []),
    ("哪些项目因为疫情影响没完成", []),
])
def test_a_cause_after_a_copula_is_what_the_text_must_say(seed_store, question, expected):
    answer = _ask(seed_store, question)
    assert _names(answer) == expected and answer.kind == "search"


# ----- a figure of a form described, not named ------------------------------------------------------------------


@pytest.mark.parametrize("question, names, text", [
    ("What was the execution rate of the volunteer scheme?", ["平安志愿者经费（平安办）"], "execution rate: 97.98%"),
    ("How much did the health check project spend?", ["人才健康体检"], "8.1 万元"),  # named before the readers (round 24)
    ("What score did the digitisation project get?", ["户籍档案数字化加工项目"], "total score: 100 分"),
    ("What was the budget of the project about the police station's utilities?", ["杜行派出所公用事业费"],
     "annual budget: 60 万元"),
    ("那个搞体检的项目执行率多少", ["人才健康体检"], "执行率：33.75%"),
])
def test_a_described_forms_figure_is_looked_up_on_the_form_taken(seed_store, question, names, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == names and text in answer.text
    assert ("taken as (by name): " if question.isascii() else "所指项目（按名称）：") + names[0] in answer.interpretation


def test_a_description_fitting_many_forms_is_no_form(seed_store):
    from assistant import described_form

    query = Conversation(seed_store, search=None, llm=None).interpret("What was the execution rate of the police project?")
    assert described_form.described_forms(query, seed_store) == []  # 派出所 / 公安 name more than three forms


# ----- every indicator row of a named form ----------------------------------------------------------------------


@pytest.mark.parametrize("question, names, count, text", [
    ("社工点经费的指标有哪些", ["社工点经费（平安办）"], 8, "社工人数：年度指标值 =19.00(人)，实际完成值 19.00(人)"),
    ("安保经费设了哪些指标？", ["安保经费（平安办）"], 8, "特勤安保人数：年度指标值 =360.00(人)，实际完成值 360.00(人)"),
    ("What indicators does 社工点经费 have?", ["社工点经费（平安办）"], 8, "司法促进会满意度：target ≥90.00(%), actual 90.00(%)"),
    ("List the indicators of 事业编残保金", ["事业编残保金（党群中心）"], 4, "事业编人员满意度：target 90%, actual 达成指标"),
])
def test_a_named_forms_indicator_rows_are_all_listed_as_printed(seed_store, question, names, count, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == names and len(answer.rows) == count and text in answer.text
    assert answer.sql.startswith("SELECT i.form_id, f.project_name")


@pytest.mark.parametrize("question", ["安保经费哪些指标没拿满分", "Which indicators of 安保经费 scored below full marks?"])
def test_a_condition_on_the_rows_is_no_request_for_the_list(question):
    assert form_text.asked_field(question) != "rows"


# ----- follow-ups asking the previous answer's forms for their text -------------------------------------------


def test_its_goal_after_a_lookup_is_the_goal_of_that_form(seed_store):
    conversation = Conversation(seed_store, search=None, llm=None)
    conversation.ask("安保经费的执行率是多少")
    goal = conversation.ask("它的目标是什么")
    assert _names(goal) == ["安保经费（平安办）"] and "年度总体目标：区域治安长效管理制度建立健全" in goal.text
    outcome = conversation.ask("那它完成了什么")
    assert "实际完成情况：各支安保队伍在全镇范围内积极开展治安" in outcome.text


def test_the_reasons_of_these_forms_after_a_narrowed_answer(seed_store):
    conversation = Conversation(seed_store, search=None, llm=None)
    conversation.ask("执行率低于60%的项目有哪些")
    narrowed = conversation.ask("其中哪些说资金紧张")
    assert _names(narrowed) == ["人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                                "浦江初心微史馆质保金（党群中心）"]
    reasons = conversation.ask("这些项目的偏差原因是什么")
    assert _names(reasons) == _names(narrowed) and "上一问的 4 个项目" in reasons.interpretation
    assert "党建活动（党群中心）（2023）原因：因2023年度资金紧张，部分活动经费于2024年度支付。" in reasons.text


def test_their_goals_in_english_after_a_list(seed_store):
    conversation = Conversation(seed_store, search=None, llm=None)
    conversation.ask("Which projects mention 110?")
    goals = conversation.ask("What were their goals?")
    assert _names(goals) == ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]
    assert "goal: 充分体现以习近平为核心的党中央对人民警察队伍的高度重视和关心关怀" in goals.text


@pytest.mark.parametrize("question, names, text", [
    ("安保经费这个项目主要是干嘛的", ["安保经费（平安办）"], "年度总体目标：区域治安长效管理制度建立健全"),
    ("人才健康体检最后搞得怎么样", ["人才健康体检"], "实际完成情况：按时开展并顺利完成人才体检活动"),
    ("Tell me what 信访代理员经费 was supposed to achieve.", ["信访代理员经费（信）"], "goal: 将矛盾化解在基层，化解在萌芽状态"),
    ("What was 平安志愿者经费 meant to do?", ["平安志愿者经费（平安办）"], "goal: 按时支付志愿者工作经费及购买志愿者装备"),
    ("Summarise what 禁毒与反邪教 accomplished.", ["禁毒与反邪教（平安办）"], "outcome: 按计划完成各种禁毒、反邪教宣传活动"),
    ("鲁汇派出所装修那个项目进展如何", ["鲁汇派出所新址装修工程（平安办）"], "实际完成情况：年内装修工程完成，并验收合格"),
    ("What happened with the 鲁汇派出所 renovation?", ["鲁汇派出所新址装修工程（平安办）"], "outcome: 年内装修工程完成，并验收合格"),
    ("图像视频监控系统租赁经费有没有说明为什么", ["图像视频监控系统租赁经费（平安办）"], "未填偏差原因，实际完成情况中没有说明原因的句子；执行率 100.00"),
    ("下拨经费为啥执行率只有七成", ["下拨经费（党群中心）"], "（执行率 72.68）"),
    ("Why was 党建活动's execution rate under half?", ["党建活动（党群中心）"], "reason: 因2023年度资金紧张，部分活动经费于2024年度支付。"),
    ("那个质保金项目为什么一分钱没花", ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"],
     "浦江初心微史馆质保金（党群中心）（2023）原因：因2023年度资金紧张，2024年支付。"),
])
def test_colloquial_and_english_asks_of_a_named_forms_text(seed_store, question, names, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == names and text in answer.text


@pytest.mark.parametrize("question, names, value", [
    ("How many indicators does the volunteer scheme have?", ["平安志愿者经费（平安办）"], 8.0),
    ("How many indicators does the health check project have?", ["人才健康体检"], 4.0),
    ("那个体检项目有几个指标", ["人才健康体检"], 4.0),
])
def test_the_query_model_counts_on_the_form_described(seed_store, question, names, value):
    answer = _ask(seed_store, question)
    assert _names(answer) == names and answer.value == value
    assert names[0] in answer.interpretation and "ignored" not in answer.text and "未使用" not in answer.text


@pytest.mark.parametrize("question, lines", [
    ("社工的年度目标和实际完成情况", ["社工（2023）年度总体目标：保障社工2023年度工资福利、公用经费等的正常支出。",
                                  "  实际完成情况：按时按实完成了2023年度社工工资、福利、公用经费等正常支出。"]),
    ("What were the goal and the outcome of 社工?", ["社工 (2023) goal: 保障社工2023年度工资福利、公用经费等的正常支出。",
                                                    "  outcome: 按时按实完成了2023年度社工工资、福利、公用经费等正常支出。"]),
])
def test_goal_and_outcome_asked_together_are_both_quoted(seed_store, question, lines):
    assert _ask(seed_store, question).text.splitlines() == lines


def test_a_row_word_keeps_an_achievement_question_on_the_indicator_rows(seed_store):
    answer = _ask(seed_store, "Did 安保经费 achieve its satisfaction target?")
    assert "相关单位满意度：target ≥90.00(%)" in answer.text


@pytest.mark.parametrize("question, expected", [
    ("Which one mentions the 'one person, one policy' approach?", ["禁毒与反邪教（平安办）"]),
    ("Which project applies a one-person-one-policy approach?", ["禁毒与反邪教（平安办）"]),
    ("Which project says it could not pay the party secretaries' allowances until 2024?", ["下拨经费（党群中心）"]),
    ("Which form mentions a retention payment of 0.3% after 18 months?", ["浦江初心微史馆质保金（党群中心）"]),
    ("Which project says it upgraded 13 party service stations?", ["党建活动（党群中心）"]),
    ("Which form talks about keeping petitioners from going to Beijing?", ["维稳经费（信）"]),
    ("Which project paid for dinners for traffic wardens?", ["公安后勤及协管员经费（平安办）"]),
])
def test_english_paraphrases_find_the_form_that_says_so(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == expected


def test_a_class_beside_a_row_condition_is_quoted_once(seed_store):
    text = _ask(seed_store, "那个体检项目的满意度目标是多少").text
    assert text.splitlines() == ["共 1 个项目：人才健康体检。", "人才健康体检 · 人才满意度：≥90.00(百分比)（即 ≥90%）"]


def test_a_described_forms_class_rows_are_quoted(seed_store):
    answer = _ask(seed_store, "What is the quality indicator of the digitisation project?")
    assert _names(answer) == ["户籍档案数字化加工项目"]
    assert "档案数字化加工完成率: target ≥90.00(%) (i.e. ≥90%), actual 90.00(%) (i.e. 90%)" in answer.text


@pytest.mark.parametrize("question, expected", [
    ("Which projects' deviation reasons mention staffing?", ["劝导队经费（信）"]),
    ("Which forms mention funding shortages in their outcomes?", DEFERRED),
    ("Which projects mention the year 2024 in their outcome?", DEFERRED),
    ("哪些项目的实际完成情况里提到2024年", DEFERRED),
    ("In which forms does the outcome mention acceptance checks?", ["鲁汇派出所新址装修工程（平安办）"]),
])
def test_english_mentions_placed_in_a_part_of_the_form(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == expected


def test_does_the_outcome_mention_places_the_words():
    from assistant import text_scope

    assert text_scope.read("In which forms does the outcome mention acceptance checks?").fields == ("outcome",)


# ----- a negated mention is the forms that do not say it, never the forms that do -------------------------------

NOT_DEFERRED = 23  # 28 forms, 5 of which say 资金紧张


@pytest.mark.parametrize("question, count, label, saying", [
    ("哪些项目没提到资金紧张", NOT_DEFERRED, "没有提到“资金紧张”", DEFERRED),
    ("哪些项目的实际完成情况里没有提到资金紧张", NOT_DEFERRED, "没有提到“资金紧张”", DEFERRED),
    ("Which projects do not mention tight funding?", NOT_DEFERRED, "does not mention “资金紧张”", DEFERRED),
    ("平安办哪些项目没提到监控", 12, "没有提到“监控”",
     ["图像视频监控系统租赁经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
])
def test_a_negated_mention_keeps_the_forms_that_do_not_say_it(seed_store, question, count, label, saying):
    answer = _ask(seed_store, question)
    assert len(answer.records) == count and label in answer.interpretation
    assert not set(_names(answer)) & set(saying)


def test_a_bare_why_after_a_pick_asks_that_forms_reason(seed_store):
    conversation = Conversation(seed_store, search=None, llm=None)
    conversation.ask("Which projects deferred payment to 2024?")
    conversation.ask("sort them by budget")
    top = conversation.ask("which of them has the largest budget?")
    assert _names(top) == ["下拨经费（党群中心）"]
    why = conversation.ask("why?")
    assert _names(why) == ["下拨经费（党群中心）"] and "reason: 因2023年度资金紧张，党组织负责人补贴2024年度下拨" in why.text


def test_their_goals_after_a_narrowing_that_inherited_a_name(seed_store):
    conversation = Conversation(seed_store, search=None, llm=None)
    conversation.ask("哪些项目提到志愿者")
    conversation.ask("其中平安办的")
    goals = conversation.ask("它们的目标是什么")
    assert _names(goals) == ["平安志愿者经费（平安办）"] and "年度总体目标：按时支付志愿者工作经费及购买志愿者装备" in goals.text


@pytest.mark.parametrize("question, bare", [("why?", True), ("原因呢", True), ("What about the outcome?", True),
                                            ("why did X fail?", False), ("安保经费为什么", False)])
def test_a_bare_field_is_asked_of_the_previous_forms(question, bare):
    assert form_text._bare(question) is bare


# ----- how often, per person per month: the row that says it in words --------------------------------------------


@pytest.mark.parametrize("question, text", [
    ("How often were the petition agents paid?", "信访代理员发放及时率（产出指标·时效指标）目标 每月"),
    ("信访代理员经费多久发一次", "信访代理员发放及时率（产出指标·时效指标）目标 每月"),
    ("How often does 杜行派出所公用事业费 pay its bills?", "支付及时性（产出指标·时效指标）目标 每月"),
    ("保洁经费多久付一次", "保洁经费支付及时性（产出指标·时效指标）目标 每月"),
    ("How much was the guardian reward per person per month?", "监护人奖励费：target =200.00(元/人/月)"),
    ("启动仪式是哪天举办的", "启动仪式举办时间：年度指标值 2023年1月10日"),
])
def test_a_frequency_or_rate_is_quoted_from_the_row_that_gives_it(seed_store, question, text):
    assert text in _ask(seed_store, question).text


def test_leaving_out_a_described_form_takes_no_form():
    from assistant import described_form

    assert described_form._LEAVES_OUT.search("leaving out the household-register digitisation form")
    assert described_form._LEAVES_OUT.search("除了户籍档案那个项目以外")


def test_a_class_left_by_the_query_model_beside_a_described_form_is_read(seed_store):
    answer = _ask(seed_store, "In the visual security monitoring form, how many third-level indicators are there under "
                              "the quantity heading?")
    assert answer.value == 5.0 and _names(answer) == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
    assert "level-2 indicator = 数量指标" in answer.interpretation


def test_goals_of_each_named_form(seed_store):
    answer = _ask(seed_store, "安保经费和维稳经费的目标分别是什么")
    assert answer.text.splitlines() == ["维稳经费（信）（2023）年度总体目标：确保本区域的社会稳定",
                                        "安保经费（平安办）（2023）年度总体目标：区域治安长效管理制度建立健全"]


@pytest.mark.parametrize("question, label", [("Why do some projects have execution rates below 50%?", "execution rate < 50%"),
                                             ("执行率低于50%的项目为什么钱没花完", "执行率 < 50%")])
def test_why_of_the_forms_a_condition_picks_gives_each_ones_reason(seed_store, question, label):
    answer = _ask(seed_store, question)
    assert len(answer.records) == 6 and label in answer.interpretation
    assert "因2023年度资金紧张，部分活动经费于2024年度支付。" in answer.text and "实际体检人数未达到预期" in answer.text


@pytest.mark.parametrize("question, names, text", [
    ("How was the floor-area indicator worded for the 鲁汇 police-station fit-out, and what area was targeted?",
     ["鲁汇派出所新址装修工程（平安办）"], "装修面积：target =7306.20(平方米) (i.e. 7306.2平方米)"),
    ("How was the satisfaction indicator of the 禁毒 project worded?", ["禁毒与反邪教（平安办）"],
     "特殊人员满意度：target ≥90.00(%) (i.e. ≥90%)"),
])
def test_a_chinese_fragment_in_an_english_wording_question_names_the_form(seed_store, question, names, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == names and text in answer.text


@pytest.mark.parametrize("question", ["money tight / paid next year - where", "Which projects paid their bills the following year?",
                                      "哪些项目次年才支付"])
def test_next_year_is_a_deferral(seed_store, question):
    assert _names(_ask(seed_store, question)) == DEFERRED


def test_a_count_after_a_verb_of_writing_is_no_mention(seed_store):
    answer = _ask(seed_store, "指标写了十条以上的有哪些")
    assert "提到“十条以上”" not in answer.interpretation


def test_a_quoted_column_value_stays_with_the_query_model(seed_store):
    answer = _ask(seed_store, "哪些项目的目标值写成“满意度”")
    assert _names(answer) == ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]


def test_which_indicators_of_a_described_form_with_a_figure_is_a_row_condition(seed_store):
    assert form_text.asked_field("the drug and cult project: which indicators have a weight of 15?") is None
    answer = _ask(seed_store, "the drug and cult project: which indicators have a weight of 15?")
    assert _names(answer) == ["禁毒与反邪教（平安办）"] and "特殊人员满意度: ≥90.00(%) → 90.00(%), 15/15" in answer.text


def test_a_pick_among_named_forms_is_not_answered_with_both_reasons(seed_store):
    query = Conversation(seed_store, search=None, llm=None).interpret("安保经费和维稳经费中执行率较低的那个为什么没花完")
    assert form_text.named_forms(query, seed_store) == []
