"""Round 18, answer-keeping transformations of the metamorphic check (bench/transforms.py): an unrelated first question,
a lexicon phrase said by another alternative of its row, a gloss after a form's name, punctuation and case, a figure
restated in another notation. Each transformation on literal questions; the check as a property over a sample of the
shipped items, against floors measured on this branch."""

from __future__ import annotations

import pytest

from bench import transforms as t
from bench.metamorphic import sample, transformed

FORMS = [("安保经费（平安办）", "上海市闵行区浦江镇社区党群服务中心"), ("维稳经费（信）", "信访办"), ("社工", "某中心")]
NAMES = [name for name, _ in FORMS]


def item(q, **more):
    return {"q": q, "kind": "set", "set": "x", **more}


# ----- context ----------------------------------------------------------------------------------------------------

def test_an_item_is_asked_after_an_unrelated_first_question_of_its_language():
    firsts = ["一共有多少张自评表？"]
    [variant] = t.context_variants(item("执行率低于60%的项目有哪些？"), "zh", firsts, ["其中", "那"])
    assert variant["context"] == ["一共有多少张自评表？"] and variant["q"] == "执行率低于60%的项目有哪些？"


@pytest.mark.parametrize("question, context", [
    ("其中执行率最低的是哪个？", []),  # opens with a follow-up word
    ("Of those, which spent least?", []),
    ("执行率低于60%的项目有哪些？", ["平安办有几个项目？"])])  # has its own context
def test_no_context_is_added_to_a_follow_up(question, context):
    assert t.context_variants(item(question, context=context), "zh", ["一共有多少张自评表？"], ["其中", "of those"]) == []


def test_the_first_questions_are_data_of_both_languages():
    rows = t.tsv(t.CONTEXT)
    assert {lang for lang, _ in rows} == {"zh", "en"} and len(rows) >= 4


# ----- synonym ----------------------------------------------------------------------------------------------------

LEXICON = [("field", "execution_rate", ["执行率", "支出进度", "execution rate", "utilisation rate", "花了"]),
           ("op", "<", ["低于", "不足", "below", "under", "lower than"])]


def test_a_phrase_is_replaced_by_another_alternative_of_its_row_in_its_language():
    variants = t.synonym_variants(item("执行率低于60%的项目有哪些？"), "zh", LEXICON, NAMES, limit=10)
    assert {v["q"] for v in variants} == {"支出进度低于60%的项目有哪些？", "执行率不足60%的项目有哪些？"}


def test_an_english_phrase_keeps_its_shape():
    variants = t.synonym_variants(item("Which forms have an execution rate below 60%?"), "en", LEXICON, NAMES, limit=10)
    assert {v["q"] for v in variants} == {"Which forms have an utilisation rate below 60%?",
                                         "Which forms have an execution rate under 60%?"}  # one word for one


def test_the_sample_is_bounded_and_the_same_every_time():
    question = item("执行率低于60%的项目有哪些？")
    first = t.synonym_variants(question, "zh", LEXICON, NAMES, limit=1)
    assert len(first) == 1 and first == t.synonym_variants(question, "zh", LEXICON, NAMES, limit=1)


def test_a_name_and_a_quotation_are_never_rewritten():
    lexicon = [("field", "executed", ["经费", "资金"]), ("field", "execution_rate", ["执行率", "支出进度"])]
    variants = t.synonym_variants(item("安保经费（平安办）的“执行率”是多少"), "zh", lexicon, NAMES, limit=10)
    assert variants == []


def test_the_lexicon_rows_of_both_files_are_merged():
    rows = {(kind, key): phrases for kind, key, phrases in t.lexicon_rows()}
    assert "执行率" in rows["field", "execution_rate"] and "execution rate" in rows["field", "execution_rate"]


# ----- gloss ------------------------------------------------------------------------------------------------------

def test_a_gloss_after_a_forms_name_gives_its_unit_or_its_tag():
    glosses = t.tsv(t.GLOSSES)
    zh = {v["q"] for v in t.gloss_variants(item("安保经费（平安办）的执行率是多少？"), "zh", FORMS, glosses)}
    assert zh == {"安保经费（平安办）（实施单位：上海市闵行区浦江镇社区党群服务中心）的执行率是多少？",
                  "安保经费（平安办）（即平安办的项目）的执行率是多少？"}
    en = {v["q"] for v in t.gloss_variants(item("What did 维稳经费（信） spend?"), "en", FORMS, glosses)}
    assert en == {"What did 维稳经费（信） (run by 信访办) spend?", "What did 维稳经费（信） (a 信 project) spend?"}


@pytest.mark.parametrize("question", ["社工的执行率", "“安保经费（平安办）”这个名字", "执行率低于60%的项目"])
def test_no_gloss_on_a_short_name_a_quoted_one_or_none(question):
    assert t.gloss_variants(item(question), "zh", FORMS, t.tsv(t.GLOSSES)) == []


# ----- surface ----------------------------------------------------------------------------------------------------

def test_surface_changes_of_a_chinese_question():
    rows = t.tsv(t.SURFACE)
    got = {v["q"] for v in t.surface_variants(item("哪些项目执行率低于60%，而且总分低于95？"), "zh", rows, limit=9)}
    assert got == {"哪些项目执行率低于60%,而且总分低于95?", "哪些项目执行率低于60%，而且总分低于95？ ",
                   "哪些项目执行率低于60%，而且总分低于95呢？"}


def test_ma_closes_only_a_question_opening_with_you_and_no_question_word():
    rows = [row for row in t.tsv(t.SURFACE) if row[0] == "particle"]
    assert [v["q"] for v in t.surface_variants(item("有执行率为0的项目？"), "zh", rows, limit=9)] == ["有执行率为0的项目吗？"]
    assert t.surface_variants(item("有哪些项目执行率为0？"), "zh", rows[1:], limit=9) == []
    assert t.surface_variants(item("执行率为0的项目有哪些呢？"), "zh", rows[:1], limit=9) == []


def test_surface_changes_of_an_english_question():
    rows = t.tsv(t.SURFACE)
    got = {v["q"] for v in t.surface_variants(item("Which forms, by name, scored 100?"), "en", rows, limit=9)}
    assert got == {"Which forms， by name， scored 100？", "Which forms, by name, scored 100? ",
                   "which forms, by name, scored 100?"}


# ----- restated ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, lang, expected", [
    ("执行率低于60%的项目", "zh", ["执行率低于60%（即0.6）的项目"]),
    ("全年预算超过50万元的项目", "zh", ["全年预算超过50万元（即500000元）的项目"]),
    ("全年预算超过50万、执行率不足95%的项目", "zh", ["全年预算超过50万、执行率不足95%（即0.95）的项目",
                                            "全年预算超过50万（即500000元）、执行率不足95%的项目"]),
    ("Forms that spent under 90% of the budget", "en", ["Forms that spent under 90% (0.9) of the budget"]),
    ("Budgets above 1,000,000 yuan", "en", ["Budgets above 1,000,000 yuan (i.e. 100 in 10,000 yuan)"]),
    ("Budgets above 50万", "en", ["Budgets above 50万 (i.e. 50 in 10,000 yuan)"]),
    ("目标值写成“≥90%”的指标", "zh", []),  # a figure inside a quotation is a literal
    ("“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "zh", []),
    ("总分低于95的项目", "zh", [])])
def test_a_figure_is_restated_right_after_it(question, lang, expected):
    names = ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）"]
    got = [v["q"] for v in t.restated_variants(item(question), lang, t.tsv(t.RESTATED), names)]
    assert sorted(got) == sorted(expected)


# ----- the check --------------------------------------------------------------------------------------------------

def test_every_kind_is_generated_from_the_shipped_items():
    from bench.questions import SET_FILES, load_set

    items = [i for name in SET_FILES if name.startswith("independent") and name.endswith("-dev") for i in load_set(name)]
    kinds = {(v["element"], v["lang"]) for v in transformed(items, FORMS + [
        ("浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "某中心"), ("户籍档案数字化加工项目", "某中心")])}
    assert {k for k, _ in kinds} == {"context", "synonym", "gloss", "surface", "restated"}


def test_the_sample_is_even_and_fixed():
    assert sample(list(range(10)), 5) == [0, 2, 4, 6, 8] and sample(list(range(3)), 0) == [0, 1, 2]


# ----- the check as a property (CI) -------------------------------------------------------------------------------

# kept / tried per kind and language on a sample of 150 shipped items, measured on this branch (148 passing, 562
# variants: context zh 63/64, en 60/60; synonym zh 127/132, en 129/138; gloss 4/4, 2/2; surface zh 75/76, en 72/72;
# restated zh 5/5, en 9/9; synonym18, the words for a form and the rule reader's field words read from the lexicon's
# rows: synonym zh 129/132, en 131/138; round 19, the sets independent28–30-dev shipped, so the sample changed: context
# en 57/58, the miss a terse negated condition after a one-form lookup read as narrowing it; round 19 (conv19): a
# condition after a lookup is a new question, context en back to 1.0); a kind falling below its floor is a code path reading a harmless change as another question
FLOORS = {("context", "zh"): 0.98, ("context", "en"): 1.0, ("synonym", "zh"): 0.97, ("synonym", "en"): 0.94,
          ("gloss", "zh"): 1.0, ("gloss", "en"): 1.0, ("surface", "zh"): 0.98, ("surface", "en"): 1.0,
          ("restated", "zh"): 1.0, ("restated", "en"): 1.0}


@pytest.mark.slow
def test_no_transformation_kind_falls_below_its_floor():
    from bench.metamorphic import check, rates

    _, records = check(size=150, kinds={kind for kind, _ in FLOORS})
    measured = {key: kept / tried for key, (kept, tried) in rates(records).items()}
    fallen = {key: (round(measured.get(key, 0.0), 3), floor) for key, floor in FLOORS.items()
              if measured.get(key, 1.0) < floor}
    assert not fallen, f"kinds below their floor (measured, floor): {fallen}"


# ----- a figure restated in another notation (assistant/restated_figure.py) ----------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("执行率低于60%（即0.6）的项目", "执行率低于60%的项目"),
    ("全年预算超过50万元（即500000元）的项目", "全年预算超过50万元的项目"),
    ("全年预算超过50万（即500000元）、执行率不足95%（0.95）的", "全年预算超过50万、执行率不足95%的"),
    ("execution below 90% (0.9), and no grade", "execution below 90%, and no grade"),
    ("above 1,000,000 yuan (i.e. 100 in 10,000 yuan)", "above 1,000,000 yuan"),
    ("Budgets above 50万 (i.e. 50 in 10,000 yuan)", "Budgets above 50万"),
    ("60%（0.5）的项目", "60%（0.5）的项目"),  # another figure: the readers see it
    ("60% (in 万元)", "60% (in 万元)"),
    ("总分95（满分100）", "总分95（满分100）")])
def test_a_figure_restated_in_another_notation_is_said_once(question, plain):
    from assistant.restated_figure import without_restated_figures

    assert without_restated_figures(question) == plain


@pytest.mark.parametrize("question, expected", [
    ("Which forms spent under 60% (0.6) of their budget?", ["人才健康体检", "人才活动", "党建活动（党群中心）",
     "党群中心（南区）规范化建设质保金（党群中心）", "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费",
     "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]),
    ("Graded 优, under 60% (0.6) executed, more than 10 indicators?", ["公安后勤及协管员经费（平安办）",
     "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"])])
def test_a_restated_rate_keeps_the_answer(seed_store, question, expected):
    from support import asked, names_of

    assert names_of(asked(seed_store, question, search=None)) == sorted(expected)


# ----- a gloss after a form's name (assistant/name_gloss.py) --------------------------------------------------------

OWNERS = {"户籍档案数字化加工项目": "某中心", "禁毒与反邪教（平安办）": "某中心", "维稳经费（信）": "信访办"}


@pytest.mark.parametrize("question, plain", [
    ("除去户籍档案数字化加工项目（实施单位：某中心），其余项目", "除去户籍档案数字化加工项目，其余项目"),
    ("禁毒与反邪教（平安办）（即平安办的项目）执行率多少", "禁毒与反邪教（平安办）执行率多少"),
    ("the 维稳经费（信） (run by 信访办) form", "the 维稳经费（信） form"),
    ("What did 禁毒与反邪教（平安办） (a 平安办 project) spend?", "What did 禁毒与反邪教（平安办） spend?"),
    ("维稳经费（信）（实施单位：平安办）执行率", "维稳经费（信）（实施单位：平安办）执行率"),  # not its unit: the readers see it
    ("维稳经费（信）（不算）", "维稳经费（信）（不算）")])
def test_a_gloss_restating_a_forms_own_unit_or_tag_adds_nothing(question, plain):
    from assistant.name_gloss import without_name_glosses

    assert without_name_glosses(question, OWNERS) == plain


@pytest.mark.parametrize("question, value", [
    ("有评分等级的项目中（不计户籍档案数字化加工项目（实施单位：上海市闵行区浦江镇社区党群服务中心）），平均执行率是多少？", 78.51),
    ("What was the execution rate of 维稳经费（信） (run by 信访办)?", 92.77)])
def test_a_glossed_name_keeps_the_answer(seed_store, question, value):
    from support import asked

    assert asked(seed_store, question, search=None).to_json()["value"] == pytest.approx(value, abs=0.01)


def test_a_thousands_separator_is_no_punctuation():
    variants = t.surface_variants(item("Budgets above 1,000,000 yuan, under 90%?"), "en", [["width", "en", ".", ""]])
    assert [v["q"] for v in variants] == ["Budgets above 1,000,000 yuan， under 90%？"]
