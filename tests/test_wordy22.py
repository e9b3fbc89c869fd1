"""Round 22 (wordy22): the asker's remarks around a question — background, hedges, purpose, hearsay, the reason a form is
left out — set aside and named on the answer; a clause holding a condition always stays. Values from the export of the
bundled corpus (28 forms; 户籍档案数字化加工项目 has the 999902% unit slip)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.reader import QuestionReader
from assistant.exclusion_reasons import without_reasons
from assistant.remarks import named, set_aside
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

UNDER_A_QUARTER = ["人才活动", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
                   "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
NOT_PARTY_CENTRE = ["信访代理员经费（信）", "劝导队经费（信）", "维稳经费（信）"]


@pytest.fixture(scope="module")
def tokens():
    reader = QuestionReader(INVENTED_COUNTY)
    return lambda words: reader.recogniser.tokens(words)[0]


def no_content(words: str) -> list[str]:
    return []


@pytest.mark.parametrize("question, kept, remark", [
    ("我刚接手这块工作，领导让我先摸个底。执行率低于60%的项目有哪些？", "执行率低于60%的项目有哪些？", "我刚接手这块工作，领导让我先摸个底。"),
    ("I'm new here and still finding my way around these forms. How many forms have no grade printed?",
     "How many forms have no grade printed?", "I'm new here and still finding my way around these forms"),
    ("First week on the job, so apologies if this is basic: how many projects have an opening budget of zero?",
     "how many projects have an opening budget of zero?", "First week on the job, so apologies if this is basic"),
    ("我自己翻表太慢了，哪些项目年初预算是0？", "哪些项目年初预算是0？", "我自己翻表太慢了"),
])
def test_a_remark_that_asks_and_places_nothing_is_set_aside(tokens, question, kept, remark):
    shorter, remarks = set_aside(question, tokens, no_content)
    assert shorter == kept and remark in remarks


@pytest.mark.parametrize("question, kept", [
    ("听同事说有个项目的全年执行数比全年预算数大，是哪个项目？", "有个项目的全年执行数比全年预算数大，是哪个项目？"),
    ("I heard a few projects didn't spend anything at all. Which ones are they?",
     "a few projects didn't spend anything at all. Which ones are they?"),
    ("Hi, my boss asked me to pull together every project that spent less than a quarter of its budget. Could you list them?",
     "every project that spent less than a quarter of its budget. Could you list them?"),
])
def test_hearsay_or_who_asked_is_taken_off_a_clause_that_holds_the_condition(tokens, question, kept):
    assert set_aside(question, tokens, no_content)[0] == kept


@pytest.mark.parametrize("question", [
    "我对这些表不熟，执行率低于60%的项目有哪些？户籍档案数字化那个别算进去。",  # an exclusion is never a remark
    "I'm new. Which forms, other than the 城管办 ones, scored below 95?",
])
def test_a_clause_holding_an_exclusion_or_a_name_stays(tokens, question):
    shorter, remarks = set_aside(question, tokens, no_content)
    assert ("别算进去" in shorter or "城管办" in shorter) and all("别算" not in r and "城管办" not in r for r in remarks)


def test_nothing_is_set_aside_when_nothing_would_ask(tokens):
    assert set_aside("我刚接手这块工作。", tokens, no_content) == ("我刚接手这块工作。", [])


def test_a_remark_naming_what_the_forms_say_and_no_asker_stays(tokens):
    assert set_aside("道路清扫，哪些项目执行率低于60%？", tokens, lambda words: ["清扫"] if "清扫" in words else [])[1] == []


def test_the_reason_beside_an_exclusion_is_set_aside(tokens):
    question, reasons = without_reasons("What's the average execution rate? Leave out the 青石路灯维护经费 one, since its "
                                        "executed figure was typed in yuan.", tokens)
    assert question == "What's the average execution rate? Leave out the 青石路灯维护经费 one."
    assert reasons == ["since its executed figure was typed in yuan"]


def test_a_form_described_before_an_exclusion_without_object_is_what_it_leaves_out(tokens):
    question, reasons = without_reasons("执行率低于60%的有几个？那个青石路灯维护经费的数字明显填错了，就别算进去了。", tokens)
    assert question == "执行率低于60%的有几个？青石路灯维护经费就别算进去了。" and reasons == ["那个青石路灯维护经费的数字明显填错了"]


def test_the_remarks_are_named_in_the_answers_language():
    assert named(["我刚接手这块工作"], "zh") == "\n未作条件（附言）：我刚接手这块工作"
    assert named(["I'm new"], "en") == "\nignored (a remark): I'm new" and named([], "en") == ""


@pytest.mark.parametrize("question, value", [
    ("我刚接手绩效这块工作，领导让我先摸个底。今年这批自评表里，执行率正好是100%的项目一共有几个？那个户籍档案数字化的数字明显填错了，"
     "就别算进去了哈。", 8),
    ("Sorry if this is a silly question, I'm new. What's the simple average of the execution rates across the forms? Please "
     "leave out the 户籍档案数字化 one, since its executed figure was obviously typed in yuan instead of 万元.", 72.65),
    ("平均执行率是多少？户籍档案数字化那张表的执行数明显是按元填的，先把它剔掉再算。", 72.65),
    ("I'm new here and still finding my way around these forms. How many forms have no grade printed?", 6),
    ("我是财政局新来的科员，这块业务还在学。评分等级没填的表有几张？", 6),
])
def test_the_values_on_the_bundled_corpus(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert answer.value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, names", [
    ("Hi, I just started at the finance bureau and my boss asked me to pull together every project that spent less than a "
     "quarter of its annual budget. Could you list them for me?", UNDER_A_QUARTER),
    ("New to this — my supervisor asked me to find any projects that were implemented by someone other than the community "
     "party-mass service center (社区党群服务中心). Which ones are they?", NOT_PARTY_CENTRE),
    ("I heard a few projects didn't spend anything at all. Which ones are they?",
     ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
])
def test_the_forms_on_the_bundled_corpus(seed_store, question, names):
    answer = _ask(seed_store, question)
    assert _names(answer) == sorted(names)
    assert "remark" in answer.text or "未作条件" in answer.text or "I heard" not in question


# kept / tried of one remark of bench/data/remarks.tsv added to each of a sample of 200 shipped items (measured on this
# branch); a kind falling below its floor is a remark read as a condition or a search again
REMARK_FLOORS = {("remark", "zh"): 0.85, ("remark", "en"): 0.85}


@pytest.mark.slow
def test_remarks_around_a_question_keep_its_answer():
    from bench.metamorphic import check, rates

    _, records = check(sets="*", size=200, kinds={"remark"}, with_model=False,
                       element_file=Path(__file__).parents[1] / "bench" / "data" / "remarks.tsv")
    measured = {key: kept / tried for key, (kept, tried) in rates(records).items()}
    fallen = {key: (round(measured.get(key, 0.0), 3), floor) for key, floor in REMARK_FLOORS.items()
              if measured.get(key, 1.0) < floor}
    assert not fallen, f"kinds below their floor (measured, floor): {fallen}"


@pytest.mark.parametrize("question, value", [
    ("听别人说社工项目预算挺大的，它的全年执行数是多少？", 2042.66),
    ("My colleague told me the 人才活动 project barely spent anything. What was its execution rate?", 13.46),
    ("听同事讲信访办那边的项目不多，具体是几个？", 3),
])
def test_a_hearsay_claim_gives_the_form_the_next_clause_asks_about(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert answer.value == pytest.approx(value, abs=0.01)


def test_a_hearsay_claim_that_is_the_condition_stays(seed_store):
    answer = _ask(seed_store, "听说有几个项目一分钱都没花出去，是哪几个？")
    assert _names(answer) == sorted(["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
                                     "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])
