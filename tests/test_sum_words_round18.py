"""Round 18 (pairs18b), the words of adding amounts up read from one data file (data/sum_words.tsv) by the rule reader
and by described_form: 加一起, 加在一起, 之和, 相加, 合起来 after two forms named or described (a bracket giving the full
name included) ask one sum, not two lookups. Expected values from `jixiao export --format json` of the bundled store
(全年预算: 鲁汇 769.86, 杜行修缮 186.6; 全年执行数: 图像视频监控 2412.86, 社工点 426.06, 禁毒 18.56, 公安后勤 119.92,
人才活动 5.52, 人才健康体检 8.1), not from the assistant; the reader also on an invented county."""

from __future__ import annotations

import pytest

from assistant import vocabulary as vocab
from assistant.described_form import _TOGETHER
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask


def test_the_words_are_data_read_by_both_readers():
    for word in ("加一起", "加在一起", "之和", "相加", "合起来", "加起来"):
        assert word in vocab.AGGREGATE_WORDS["sum"]
        assert _TOGETHER.search(f"A和B的执行数{word}是多少")
    for said in ("the A and the B together", "between them", "summed"):
        assert _TOGETHER.search(said)
    assert not _TOGETHER.search("the total score of the A")  # "total" alone is the rule reader's, not a described sum


@pytest.mark.parametrize("question", [
    "青石路灯维护经费和道路清扫经费的全年执行数加一起是多少？",
    "青石路灯维护经费跟道路清扫经费两项全年执行数之和？",
    "青石路灯维护经费和道路清扫经费的全年执行数相加是多少？"])
def test_the_invented_county_reads_one_sum(question):
    reader = QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)
    reading = reader.read(question)
    assert reading.select.aggregate.function == "sum" and not reading.ignored


@pytest.mark.parametrize("question, value", [
    ("把视频监控租赁那个（图像视频监控系统租赁经费）和社工点经费两个项目的全年执行数加一起，换算成元是多少？", 28389200.0),
    ("把派出所装修那个（鲁汇派出所新址装修工程）和杜行派出所修缮的全年预算加一起是多少？", 956.46),
    ("禁毒那个项目（禁毒与反邪教）和公安后勤那个的全年执行数之和？", 138.48),
    ("人才活动跟人才健康体检两个项目的全年执行数合起来是多少？", 13.62),
    ("鲁汇派出所装修和杜行派出所修缮两个工程的全年预算加在一起多少万元？", 956.46)])
def test_the_sums_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)
