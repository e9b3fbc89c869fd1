"""Round 22, conditions read wrong: each figure bound to its own comparison word (a bound before a number opens that
number, a counted indicator noun keeps "scored" the form's total); a bracket's headless clause (（年中调减的）) read with
the forms' noun; a form's share of every form's total; a perfect score; a quoted fragment with an ellipsis or 等.
Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.figures import counted_rows, opens_next_figure
from assistant.plain_rewrites import rewritten
from assistant.quoted_fragment import without_ellipses
from assistant.reader import QuestionReader
from assistant.restatement import headed
from assistant.whole_share import read as read_share
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

_CUT = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "安保经费（平安办）", "下发基层书报杂志费（平安办）", "社工点经费（平安办）",
        "重精患者监护人奖励费（平安办）"]


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


def test_a_bound_before_its_number_opens_that_number(reader):
    tokens = [t for t in reader.recogniser.tokens("executed 100%, and have more than 5 indicators")[0] if t.kind != "stop"]
    at = next(k for k, t in enumerate(tokens) if t.kind == "op")
    assert opens_next_figure(tokens, at)
    assert counted_rows(tokens, len(tokens) - 1)


def test_three_conditions_each_figure_with_its_own_comparison(reader):
    where = reader.read("Which projects had their budget reduced mid-year, still executed 100%, and have more than 5 indicators?").select.where
    compared = {(c.left.name if isinstance(c.left, m.Field) else "indicator_count", c.op) for c in where.items}
    assert ("execution_rate", "=") in compared and ("indicator_count", ">") in compared


def test_scored_beside_a_count_of_indicators_is_the_total(reader):
    where = reader.read("Which forms scored exactly 100 and have more than 4 indicators?").select.where
    assert "indicator.score" not in repr(where) and "total_score" in repr(where)


@pytest.mark.parametrize("clause, head", [("年中调减的", "年中调减的项目"), ("即年中追加的", "年中追加的项目"),
                                          ("i.e. cut mid-year", "forms cut mid-year")])
def test_a_headless_clause_is_given_the_forms_noun(clause, head):
    assert headed(clause) == head


def test_a_share_of_every_forms_total_is_a_condition_on_each_form(reader):
    text = "全年预算数占全部项目全年预算合计四分之一以上的有哪几个"
    found = read_share([t for t in reader.recogniser.tokens(text)[0] if t.kind != "stop"], text)
    assert found is not None and found.condition.op == ">=" and found.condition.right.value == 25
    assert isinstance(found.condition.left.right.right, m.Overall) and found.condition.left.right.right.function == "sum"
    said = "平安办的预算占全部预算的几成"  # a share with no comparison: a statistic, not a condition
    assert read_share([t for t in reader.recogniser.tokens(said)[0] if t.kind != "stop"], said) is None


@pytest.mark.parametrize("text, expected", [
    ("Which forms quote a government document number (闵浦府抄…) in the goal?",
     "Which forms quote a government document number  “闵浦府抄”  in the goal?"),
    ("目标里写了“闵浦府抄……”文号的项目", "目标里写了“闵浦府抄”文号的项目"),
    ("goals begin with \"按时支付...\"?", "goals begin with \"按时支付\"?"),
    ("执行率“100%”的", "执行率“100%”的")])
def test_an_ellipsis_is_no_part_of_a_quoted_fragment(text, expected):
    assert without_ellipses(text) == expected


def test_a_perfect_score_is_full_marks():
    assert rewritten("What percentage of the forms got a perfect total score?") == \
        "What percentage of the forms got full marks overall?"
    assert "perfect" not in rewritten("Which forms got a perfect 10 on budget execution?")


@pytest.mark.parametrize("questions, expected", [
    (("全年预算数比年初预算数少的项目（年中调减的）",), _CUT),
    (("Which projects had their budget reduced mid-year, still executed 100%, and have more than 5 indicators?",),
     ["社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]),
    (("哪些项目指标超过8个、执行率不到60%？",),
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    (("Which forms scored exactly 100, have an annual budget under 100 (10k yuan), and have more than 4 indicators?",),
     ["下发基层书报杂志费（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "社会治安保障经费（平安办）",
      "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "户籍档案数字化加工项目", "重精患者监护人奖励费（平安办）"]),
    (("全年预算数占全部项目全年预算合计四分之一以上的有哪几个",), ["社工", "图像视频监控系统租赁经费（平安办）"]),
    (("Which forms account for more than 5% of the combined annual budget of all forms?",),
     ["社工", "图像视频监控系统租赁经费（平安办）", "社工点经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    (("目标里写了“闵浦府抄……”文号的项目有哪些？",), ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"]),
    (("Which forms quote a government document number (闵浦府抄…) in the goal?",),
     ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"]),
    (("Which forms had their budget cut mid-year?", "Of those, which had an execution rate of exactly 100%?"),
     ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）", "社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]),
    (("Which forms have more than 8 indicators?", "Thanks! Out of those, which ones didn't reach 100% execution?"),
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"])])
def test_the_forms_on_the_bundled_corpus(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions, search=None)) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("What percentage of the forms got a perfect total score of 100?", 32.14),
    ("How many forms have an annual budget under 1% of the total annual budget?", 15),
    ("年初预算占全部项目年初预算总额3%以上的有几个？", 7)])
def test_the_values_on_the_bundled_corpus(seed_store, question, expected):
    assert float(_ask(seed_store, question, search=None).value) == pytest.approx(expected, abs=0.01)
