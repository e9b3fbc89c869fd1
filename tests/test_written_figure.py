"""A printed indicator figure in the short form a reader writes it; lookups answer with both."""

import pytest

from assistant.conversation import Conversation
from assistant.written_figure import with_written, written


def test_written_drops_the_plain_equals_and_trailing_zeros():
    assert written("=", 97.0, "人") == "97人"
    assert written("≥", 90.0, "%") == "≥90%"
    assert written("=", 7306.2, "平方米") == "7306.2平方米"
    assert written("≤", 24.0, "小时") == "≤24小时"
    assert written(None, 200.0, "元/人/月") == "200元/人/月"
    assert written("=", None, "人") is None


def test_with_written_keeps_the_printed_cell_first():
    assert with_written("=90.00(%)", "=", 90.0, "%", zh=True) == "=90.00(%)（即 90%）"
    assert with_written("≥90(%)", "≥", 90.0, "%", zh=False) == "≥90(%) (i.e. ≥90%)"
    assert with_written("100%", None, 100.0, "%", zh=True) == "100%"  # nothing to add
    assert with_written("达成指标", None, None, None, zh=True) == "达成指标"


@pytest.mark.parametrize("question, text", [
    ("社工项目的满意度指标目标值是多少", "90%"),
    ("鲁汇派出所装修工程的装修面积指标值是多少", "7306.2平方米"),
    ("社工项目的社工数量指标值", "97人"),
    ("How many volunteers did the 平安志愿者经费 project plan for?", "志愿者人数：target =1020.00(人) (i.e. 1020人)"),
    ("书报杂志征订份数的指标，目标是多少份？", "各类书报杂志书：年度指标值 ≥500.00(份)（即 ≥500份）"),  # 份 picks the row
    # the named form's rows (round 13's lookups answer it there): the row carries its target as printed and as written
    ("去年那个租信息采集终端的项目，采集设备数量指标是怎么写的？目标值多少台？", "信息采集设备：年度指标值 =240.00(台)（即 240台）"),
    ("On what date was the police-day launch ceremony scheduled to take place, per its timeliness measure?",
     "启动仪式举办时间: target 2023年1月10日"),
])
def test_a_lookup_answer_carries_the_target_as_people_write_it(seed_store, question, text):
    answer = Conversation(seed_store, search=None, llm=None).ask(question)
    assert text in answer.text


def test_a_row_falls_short_only_below_an_at_least_target_in_its_own_unit():
    from index.snippets import falls_short, indicator_text
    from store.form_texts import IndicatorText

    def row(comparison, target, target_unit, actual, actual_unit):
        return IndicatorText(1, "产出指标", "数量指标", "人数", "", "", None, comparison, target, target_unit, actual, actual_unit)

    assert falls_short(row("=", 8.0, "人", 4.0, "人")) is True
    assert falls_short(row("≥", 90.0, "%", 85.0, "%")) is True
    assert falls_short(row("≤", 24.0, "小时", 12.0, "小时")) is False  # under a ceiling is meeting it
    assert falls_short(row("=", 8.0, "人", 8.0, "人")) is False
    assert falls_short(row("=", 8.0, "人", 4.0, "%")) is False  # different units are not compared
    assert falls_short(row("=", None, None, 4.0, "人")) is False
    assert indicator_text("产出指标", "数量指标", "人数", "=8.00(人)", "4.00(人)", short=True) == \
        "人数（产出指标·数量指标）目标 =8.00(人)，实际 4.00(人)，实际未达到预期目标"


def test_a_form_pointed_at_by_what_its_text_says(seed_store):
    # no name holds 视频监控全覆盖; the goal of the 可视化安全管控 form says it (a name part, 视频监控, would pick another)
    answer = Conversation(seed_store, search=None, llm=None).ask("视频监控全覆盖那个项目里，点位数量指标目标值是多少个")
    assert [record.project_name for record in answer.records] == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
    assert "涉及点位：年度指标值 =6905.00(个)（即 6905个）" in answer.text
