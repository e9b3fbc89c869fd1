"""Text answers in wordings no set had: colloquial reasons, negated words, inflected topics, lookups in the reader's
words (literal expected values, on the bundled corpus without the model)."""

from __future__ import annotations

import pytest

from assistant import evidence_set as es
from assistant import vocabulary as vocab
from assistant.conversation import Conversation

DEFERRED = ["下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）"]
RENOVATED = ["党群中心（南区）规范化建设质保金（党群中心）", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]


def _ask(store, question):
    return Conversation(store, search=None, llm=None).ask(question)


def _names(store, question):
    return sorted(record.project_name for record in _ask(store, question).records)


# ----- units ---------------------------------------------------------------------------------------------------


def test_a_negated_word_the_lexicon_knows_is_also_read_as_the_forms_words():
    found = {c.label: c.alternatives for c in es.concepts("钱没花完", "zh", vocab.STOPWORDS_ZH)}
    assert "执行率较低" in found["没花完"] and "结余" in found["没花完"] and "未花完" in found["没花完"]


def test_a_bare_negator_is_no_concept():
    labels = [c.label for c in es.concepts("哪个项目体检的人没有预计的多", "zh", vocab.STOPWORDS_ZH)]
    assert labels == ["体检", "没有预计"]


# ----- on the bundled corpus ------------------------------------------------------------------------------------


@pytest.mark.parametrize("question, expected", [
    ("哪个项目说用电用水量估不准所以钱没花完", ["杜行派出所公用事业费"]),
    ("哪个项目说水电用量估不准，钱没花完", ["杜行派出所公用事业费"]),
    ("哪个项目因为水电费估不准执行率低", ["杜行派出所公用事业费"]),
    ("哪个项目的钱没花完是因为水电燃气没法预估", ["杜行派出所公用事业费"]),
    ("Which project blamed hard-to-predict utility bills for its low spending?", ["杜行派出所公用事业费"]),
    ("哪个项目体检的人没有预计的多", ["人才健康体检"]),
    ("哪个项目说体检人数比预期少", ["人才健康体检"]),
    ("哪个项目由于体检人数没达到预期", ["人才健康体检"]),
    ("Which project said fewer people turned up for the health check than planned?", ["人才健康体检"]),
    ("哪些项目的款项推迟到2024年支付", DEFERRED),
    ("which projects pushed their payments back to 2024", DEFERRED),
    ("Which projects postponed paying until 2024?", DEFERRED),
    ("哪些项目因为资金紧张推迟支付", DEFERRED),
    ("Which projects involve refurbishing buildings?", RENOVATED),
    ("projects about refurbishing buildings", RENOVATED),
    ("Which projects refurbished premises?", RENOVATED[1:]),
    ("Which projects relate to CCTV surveillance?", ["图像视频监控系统租赁经费（平安办）",
                                                    "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which projects mention the police station in their goals?", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
                                                                  "社会治安保障经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("which project said the work environment of police officers improved", RENOVATED[1:]),
    ("Which projects claim the officers' working conditions got better?", RENOVATED[1:]),
    ("哪些项目说民警的工作环境改善了", RENOVATED[1:]),
    ("哪个项目说要补齐监控盲区", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which project aims to close gaps in video coverage?", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which forms say the equipment failures were all repaired?", ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）"]),
    ("Which project says its money was tight in 2023?", DEFERRED),
    ("哪些项目是因为没钱才拖欠的", DEFERRED),
    ("哪些项目因为没钱推迟付款", DEFERRED),
    ("Which projects paid their bills late?", DEFERRED),
    ("哪些项目的钱拖到第二年才给", DEFERRED),
    ("which project mentions the 110 call diversion", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]),
    ("Which project used leftover funds to pay subsidies?", ["下拨经费（党群中心）"]),
    ("哪个项目用存量资金发补贴", ["下拨经费（党群中心）"]),
    ("Which projects' goals talk about surveillance blind spots?", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which project says it paid 2.5% of the renovation cost after five years?",
     ["党群中心（南区）规范化建设质保金（党群中心）"]),
])
def test_new_wordings_find_the_forms_that_say_so(seed_store, question, expected):
    assert _names(seed_store, question) == expected


@pytest.mark.parametrize("question, text", [
    ("How large an area did the 鲁汇派出所 renovation plan to cover?", "7306.20(平方米)"),
    ("What floor area was renovated for the 鲁汇派出所 project?", "装修面积"),
    ("What did the 平安志愿者经费 project actually achieve for volunteer numbers?", "志愿者人数：actual 1020.00(人) (i.e. 1020人)"),
    ("How many volunteers did the 平安志愿者经费 project actually have?", "志愿者人数：actual 1020.00(人)"),
    ("平安志愿者项目的志愿者人数目标是多少", "志愿者人数：年度指标值 =1020.00(人)（即 1020人）"),
    ("鲁汇派出所装修的面积是多少平方米", "装修面积：年度指标值 =7306.20(平方米)（即 7306.2平方米）"),
    ("社工项目满意度的目标定的多少", "社工满意度：年度指标值 =90.00(%)（即 90%）"),
    ("书报杂志订了多少份", "各类书报杂志书：年度指标值 ≥500.00(份)（即 ≥500份）"),
    ("禁毒项目里反邪教监测了多少人", "反邪教监测人数：年度指标值 =66.00(人)（即 66人）"),
    ("How many people did the anti-drug project monitor for cult activity?", "反邪教监测人数（产出指标·数量指标）目标 =66.00(人)"),
    ("What was the repair area of the Duhang police station's new site?", "修缮面积（产出指标·数量指标）目标 =19975.00(平方米)"),
    ("禁毒预防宣传活动完成率的目标定了多少", "禁毒预防宣传活动完成率：年度指标值 ≥80.00(%)（即 ≥80%）"),
    ("When were the newspapers and magazines subscribed?", "目标 11月-12月"),
    ("信息采集终端租了几台", "信息采集设备：年度指标值 =240.00(台)（即 240台），实际完成值 240.00(台)（即 240台）"),
    ("反邪教监测了几人", "反邪教监测人数：年度指标值 =66.00(人)（即 66人）"),
])
def test_lookups_in_the_readers_words_carry_the_figure_as_printed(seed_store, question, text):
    assert text in _ask(seed_store, question).text


def test_how_many_forms_stays_a_count_of_forms(seed_store):
    assert _ask(seed_store, "平安办有几个项目").value == 14
