"""Round 17, which-forms questions by kind: a year the store holds no form of (比去年, a 2022 budget), a budget change
sized against its baseline (调减幅度超过年初预算5%, topped up by more than 30万元 over the opening budget), one amount's
share of another on each form (结余占全年预算比例超过5%), and exclusion verbs said after what they take out (把…拿掉, take
out the X ones — which remain?). Expected values computed from the bundled forms (`jixiao export --format json`, SQL over
the views), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.other_years import unheld_year
from support import asked as _ask, names_of as _names

CUT_BOOKS, CUT_GUARDIANS, CUT_SOCIAL, CUT_TERMINALS, CUT_SECURITY = (
    "下发基层书报杂志费（平安办）", "重精患者监护人奖励费（平安办）", "社工点经费（平安办）",
    "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "安保经费（平安办）")
SOCIAL, UTILITIES, LUHUI, DUHANG, TALENT, CHECKUP, POLICE_DAY, ARCHIVE = (
    "社工", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）", "人才活动",
    "人才健康体检", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "户籍档案数字化加工项目")
PERSUADERS, STABILITY = "劝导队经费（信）", "维稳经费（信）"
PARTY, ALLOCATED, MUSEUM, SOUTH = ("党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
                                   "党群中心（南区）规范化建设质保金（党群中心）")
VISUAL = "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"


# ----- a year the store holds no form of ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, lang, years, expected", [
    ("哪些项目2023年的执行率比2022年有所提高？", "zh", [2023], ("named", [2022])),
    ("执行率比去年高的项目有哪些？", "zh", [2023], ("relative", [])),
    ("Which forms improved their total score year on year?", "en", [2023], ("relative", [])),
    ("How did the execution rate change from 2022 to 2023 for the 平安办 projects?", "en", [2023], ("named", [2022])),
    ("跟2022年比，平安办哪些项目预算增加了？", "zh", [2023], ("named", [2022])),
    ("Which forms had a 2021 budget above 100万元?", "en", [2023], ("named", [2021])),
    # an invented store of 2021 and 2022 forms: 2023 is the year it lacks, 2022 is held
    ("2023年的执行率低于80%的项目", "zh", [2021, 2022], ("named", [2023])),
    ("2022年的执行率低于80%的项目", "zh", [2021, 2022], None),
    # a year a form's text runs to, a carry-over from the year before, an amount: no year of forms
    ("哪些项目的钱拖到2024年才付？", "zh", [2023], None),
    ("Which forms received carry-over funds from the previous year?", "en", [2023], None),
    ("全年预算超过2000万元的项目", "zh", [2023], None),
    ("去年的项目里执行率最低的是哪个？", "zh", [2023], None)])
def test_a_year_the_store_holds_no_form_of_is_named(question, lang, years, expected):
    assert unheld_year(question, lang, years) == expected


@pytest.mark.parametrize("question", ["哪些项目2023年的执行率比2022年有所提高？", "Which projects spent more in 2023 than in 2022?",
                                      "与上年相比，哪些项目的总分下降了？"])
def test_a_comparison_with_a_year_not_held_is_not_answered(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "unknown" and not answer.records and "2023" in answer.text


# ----- a change sized against its baseline ------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("调减幅度超过年初预算5%的是哪几个项目？", [CUT_BOOKS, CUT_GUARDIANS]),  # 10.77%, 8.89% of the initial budget
    ("Projects whose budget was reduced by over 2% of the opening figure?", [CUT_BOOKS, CUT_SOCIAL, CUT_GUARDIANS]),
    ("年中被砍掉超过一成预算的项目是哪些？", [CUT_BOOKS]),
    ("调减幅度不到年初预算2%的项目有哪些？", [CUT_TERMINALS, CUT_SECURITY]),  # 1.15%, 1.78%: cuts only
    ("年初有预算的项目中，追加幅度超过年初数20%的有哪些？", [LUHUI, DUHANG]),  # 28.32%, 22.12%
    ("Show me projects that got topped up by more than 30万元 over their opening budget.",
     [SOCIAL, UTILITIES, LUHUI, DUHANG, TALENT])])  # +51.05, +60, +169.89, +33.8, +41
def test_a_change_sized_against_its_baseline(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


# ----- one amount's share of another on each form -----------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("信访办那三个项目，结余占全年预算比例超过5%的是哪几个？", [PERSUADERS, STABILITY]),  # 33.25%, 7.22% (代理员 1.33%)
    ("Which of the 信访办 forms had an unspent share of their budget above 30%?", [PERSUADERS]),
    ("党群中心的项目里，结余占预算比重高于25%的是哪些？", [PARTY, ALLOCATED, MUSEUM, SOUTH]),  # 51.92, 27.31, 100, 100
    ("调增额占全年预算的比例超过50%的项目有哪些？", [POLICE_DAY, UTILITIES, ARCHIVE, TALENT, CHECKUP]),  # all 100%
    ("Which projects' executed amount was less than half of their opening budget?", [PARTY, MUSEUM, SOUTH, VISUAL])])
def test_one_amounts_share_of_another_on_each_form(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_a_share_asked_with_no_figure_stays_pooled(seed_store):
    answer = _ask(seed_store, "信访办的项目结余占全年预算的比例是多少？", search=None)
    # (4.03 − 2.69 + 292.5 − 271.37 + 73.04 − 72.07) ÷ (4.03 + 292.5 + 73.04) = 23.44 ÷ 369.57
    assert answer.value == pytest.approx(6.34, abs=0.01)


# ----- exclusion verbs said after what they take out --------------------------------------------------------------

UNDER_90 = "Which forms spent less than 90% of their budget?"  # 11 forms


@pytest.mark.parametrize("questions, expected", [
    ((UNDER_90, "Take out the 党群中心 ones - which remain?"),
     [PERSUADERS, UTILITIES, VISUAL, LUHUI, "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", TALENT, CHECKUP]),
    ((UNDER_90, "Of those, strip out the ones whose total score is below 95. Which remain?"),
     [ALLOCATED, PERSUADERS, UTILITIES, LUHUI, "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    (("执行率低于100%的项目有哪些？", "把预算被砍过的拿掉，剩下的呢？"),
     [SOCIAL, PARTY, ALLOCATED, "事业编残保金（党群中心）", MUSEUM, SOUTH, PERSUADERS, STABILITY, "信访代理员经费（信）",
      UTILITIES, VISUAL, "平安志愿者经费（平安办）", LUHUI, "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", DUHANG,
      TALENT, CHECKUP])])
def test_an_exclusion_said_after_what_it_takes_out_narrows_the_last_answer(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions, search=None)) == sorted(expected)


# ----- how an exclusion is said, text rewrites (invented wording and names) ----------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("Take the 城管办 forms out; what is the total of the rest?", "excluding the 城管办 forms; what is the total of the rest?"),
    ("Set those three aside: which are left?", "excluding those three: which are left?"),
    ("Which forms did they take out of the budget?", "Which forms did they take out of the budget?"),  # no object said
    ("take the forms apart", "take the forms apart")])  # a pair the data file does not list
def test_a_split_exclusion_verb_is_joined(question, rewritten):
    from assistant.exclusion import joined_exclusions

    assert joined_exclusions(question) == rewritten


@pytest.mark.parametrize("question, rewritten", [
    ("Leaving out the 城管办 project (its figure was entered in yuan), which forms …",
     "Leaving out the 城管办 project, which forms …"),
    ("不算环卫项目（因为单位填错），其余的有哪些", "不算环卫项目，其余的有哪些"),
    ("Which forms (城管办) spent less than half?", "Which forms (城管办) spent less than half?")])  # no exclusion before
def test_the_reason_a_form_is_excluded_adds_no_condition(question, rewritten):
    from assistant.exclusion import without_exclusion_reasons

    assert without_exclusion_reasons(question) == rewritten


@pytest.mark.parametrize("question, rewritten", [
    ("forms where the opening (年初) budget was zero", "forms where the opening budget was zero"),
    ("an adjusted (全年) budget lower than the opening (年初) one", "an adjusted budget lower than the opening one"),
    ("Which forms (城管办) spent less than half?", "Which forms (城管办) spent less than half?")])  # a name, no field
def test_a_chinese_gloss_inside_an_english_field_phrase_is_taken_off(question, rewritten):
    from assistant.field_gloss import without_field_glosses

    assert " ".join(without_field_glosses(question).split()) == rewritten


@pytest.mark.parametrize("text, names, rewritten", [
    ("执行率低于60%者有哪些", (), "执行率低于60%的有哪些"),
    ("剔除名称含质保金者，", ("环卫质保金",), "剔除名称含质保金的，"),
    ("名称含患者的项目", ("精神患者补贴",), "名称含患者的项目"),
    ("剔除名称含患者，", ("精神患者补贴",), "剔除名称含患者，")])  # the name's own 者
def test_zhe_closing_a_condition_is_de(text, names, rewritten):
    from assistant.zhe_suffix import zhe_as_de

    assert zhe_as_de(text, names) == rewritten


# ----- audit kinds on the bundled store ---------------------------------------------------------------------------

NOT_PETITIONS = 25  # 28 forms, 3 implemented by 信访办


@pytest.mark.parametrize("questions, value", [
    (("Take the 信访办 forms out; what is the combined opening budget of the rest?",), 7306.33),
    (("把平安办的项目拿掉，其余项目的全年预算一共多少？",), 2912.79),
    (("执行率低于100%的项目有哪些？", "把人才健康体检剔掉，还剩几个？"), 18),
    (("年中被砍预算最多的是哪个项目？砍掉几万？",), 9.48),  # 社工点经费: 435.54 − 426.06
    (("Which form got the biggest mid-year raise, and how much was it?",), 169.89),  # 鲁汇: 769.86 − 599.97
    (("What is the net budget change across the 平安办 forms, counting cuts as negative?",), 184.40),
    (("Raises and cuts together, what is the net adjustment for all forms?",), 389.10),
    (("Which project got the largest top-up?", "How much above its opening figure is it?"), 169.89),
    (("社工的全年预算是多少？", "How much above its opening budget was its full-year budget?"), 51.05),
    (("社工的全年预算是多少？", "How much below its full-year budget is its spending?"), 95.46),
    (("How many forms are not implemented by the petitions office?",), NOT_PETITIONS)])
def test_audit_kinds_give_the_value(seed_store, questions, value):
    assert _ask(seed_store, *questions, search=None).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("questions, expected", [
    (("Show me forms where the petitions office is not the implementing unit.",), NOT_PETITIONS),
    (("List the forms that 信访办 does not implement.",), NOT_PETITIONS),
    (("List all the forms where the opening (年初) budget was zero.",), 5),
    (("全年预算和年初预算一样、没做调整，但执行率不到80%的项目", "把执行数是0的剔掉，还剩哪些？"), 5),
    (("Setting aside the household-register digitisation project (its executed figure looks like it was entered in "
      "yuan), which forms have a full-year budget below 50万元 and left some of it unspent?",), 7)])
def test_audit_kinds_give_the_forms(seed_store, questions, expected):
    assert len(_ask(seed_store, *questions, search=None).records) == expected


def test_the_reduced_amount_not_spent_in_full(seed_store):
    answer = _ask(seed_store, "Which projects had their budget trimmed mid-year, i.e. a full-year budget below the opening "
                  "figure?", "Of those, any that still didn't spend the reduced amount in full?", search=None)
    assert _names(answer) == [CUT_SECURITY]  # 364.79 of 368.25; the other four cut forms spent 100%


def test_an_indicator_numerically_above_its_target(seed_store):
    answer = _ask(seed_store, "Are there forms where an indicator's reported actual value is numerically higher than its "
                  "target? Which ones?", search=None)
    assert _names(answer) == sorted([PERSUADERS, ARCHIVE, CHECKUP])  # 90 > 85, 100 > 80, 99 > 90
