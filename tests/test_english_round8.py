"""Round 8: English as analysts write it — inflections, public financial management words, bounds, follow-ups."""

from __future__ import annotations

from importlib import resources

import pytest

from assistant import model as m
from assistant.conversation import Conversation
from assistant.english_forms import FormIndex, base, phrase_key
from assistant.lexicon import load
from assistant.reader import QuestionReader
from assistant.recognise import PHRASE_KINDS, Recogniser
from assistant.question_text import normalize
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY_WITH_TIMELINESS, unprinted as plain

NAMES = INVENTED_COUNTY_WITH_TIMELINESS  # none of its names occurs in the bundled corpus
RATE = m.Field("execution_rate")
RAISED = m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))
CUT = m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))
UNGRADED = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）", "社工"]


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES, glossary=GLOSSARY_EN)


def where(reader, question):
    reading = reader.read(question)
    assert reading is not None, question
    assert reading.ignored == [], (question, reading.ignored)
    return plain(reading.select.where)


@pytest.mark.parametrize("word, expected", [
    ("spent", "spend"), ("spending", "spend"), ("spends", "spend"), ("spend", "spend"),
    ("utilise", "utiliz"), ("utilised", "utiliz"), ("utilized", "utiliz"), ("utilising", "utiliz"),
    ("utilisation", "utilization"), ("utilization", "utilization"),
    ("disburse", "disburs"), ("disbursed", "disburs"), ("disbursing", "disburs"), ("disbursement", "disbursement"),
    ("cut", "cut"), ("cuts", "cut"), ("cutting", "cut"), ("raise", "rais"), ("raised", "rais"), ("raising", "rais"),
    ("grade", "grad"), ("graded", "grad"), ("grading", "grad"), ("ratings", "rat"), ("rated", "rat"), ("form", "form"), ("forms", "form"),
    ("project", "project"), ("projects", "project"), ("programme", "program"), ("programmes", "program"),
    ("program", "program"), ("scheme", "schem"), ("schemes", "schem"), ("topped", "top"), ("categories", "category"),
    ("used", "use"), ("using", "use"), ("uses", "use"), ("paid", "pay"), ("fell", "fall"),
])
def test_inflections_meet_at_one_base(word, expected):
    assert base(word) == expected


@pytest.mark.parametrize("word", ["us", "thing", "things", "need", "string", "bed", "executive", "useful", "its", "has"])
def test_words_that_only_look_inflected_keep_their_own_form(word):
    assert base(word) not in ("u", "th", "ne", "str", "b", "execut", "use", "it", "ha")


def test_a_phrase_key_joins_the_bases_of_its_words():
    assert phrase_key("top-ups") == "top up"
    assert phrase_key("budget top-up") == "budget top up"
    assert phrase_key("budgets were trimmed") == "budget wer trim"  # were and where meet too: a key, not a word
    assert phrase_key("预算") is None and phrase_key("50%") is None


def test_a_base_shared_by_words_of_different_meaning_is_read_as_written():
    index = FormIndex({"rate": ("field", "execution_rate"), "rating": ("group", "grade"),
                       "have a rating": ("predicate", "grade present"), "disbursement": ("field", "executed")})
    assert index.as_written == {"rat"}
    assert index.at("have a rate", 0) is None  # rate and rating meet at "rat": "have a rate" is no "have a rating"
    assert index.at("have a rating", 0) == (13, ("predicate", "grade present"))
    assert index.at("disbursements", 0) == (13, ("field", "executed"))


def test_forms_of_two_meanings_are_left_to_the_phrases_as_written():
    index = FormIndex({"rating": ("group", "grade"), "rated": ("field", "total_score"), "outturn": ("field", "executed")})
    assert index.at("the ratings", 4) is None  # rating and rated meet at "rat": neither is read from another form
    assert index.at("outturns", 0) == (8, ("field", "executed"))
    assert index.at("show outturns", 0) is None and index.at("xoutturns", 1) is None  # only at the start of a word


@pytest.mark.parametrize("text", ["which project counted devices", "show us the executive summary", "a useful thing we need", "the string of beds",
                                  "gardening schemata", "spender", "usefulness of the usher"])
def test_unrelated_english_words_never_match_a_field(text):
    recogniser = Recogniser(load(), NAMES)
    tokens, _ = recogniser.tokens(normalize(text))
    assert [t for t in tokens if t.kind in ("field", "weak_field", "predicate", "aggregate")] == []


def test_the_english_lexicon_redefines_no_phrase_of_the_main_lexicon():
    def phrases(name):
        text = resources.files("assistant").joinpath("data", name).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                kind, key, words = line.split("\t")
                yield from ((word.strip().lower(), (kind, key)) for word in words.split("|") if word.strip())

    main = dict(phrases("lexicon.tsv"))
    clashes = [(phrase, meaning, main[phrase]) for phrase, meaning in phrases("lexicon_en.tsv")
               if phrase in main and main[phrase] != meaning and main[phrase][0] in PHRASE_KINDS]  # percent: after figures
    assert clashes == []


def test_no_english_phrase_is_part_of_a_name_of_the_corpus(seed_store):
    from assistant.reader import store_names

    names = store_names(seed_store)
    text = "\n".join(names.projects + names.indicators).lower()
    english = load().phrases
    found = [phrase for kind in english for phrase in english[kind] if phrase.isascii() and len(phrase) > 2
             and phrase in text and not phrase.isdigit()]
    assert found == []


@pytest.mark.parametrize("question, op, value", [
    ("which programmes utilised less than half of their appropriation", "<", 50.0),
    ("which schemes disbursed under 50% of the envelope", "<", 50.0),
    ("projects whose outturn was below half of the allocation", "<", 50.0),
    ("which projects had an absorption rate under 50 per cent", "<", 50.0),
    ("list the programmes with a utilisation ratio below 0.5", "<", 50.0),
    ("where was budget execution under fifty percent", "<", 50.0),
    ("where did spending slip below a quarter of the appropriation", "<", 25.0),
    ("which schemes spend more than two thirds of their allocations", ">", 66.666667),
    ("which initiatives have a disbursement ratio above 90%", ">", 90.0),
])
def test_execution_in_analysts_words(reader, question, op, value):
    assert where(reader, question) == m.Compare(RATE, op, m.Number(value))


@pytest.mark.parametrize("question, expected", [
    ("which programmes received a mid-year top-up", RAISED),
    ("which schemes were topped up", RAISED),
    ("list the projects whose appropriation was revised upward", RAISED),
    ("which projects got supplementary funding", RAISED),
    ("which programmes had budget top-ups", RAISED),
    ("which projects saw their budgets trimmed", CUT),
    ("which schemes were scaled back during the year", CUT),
    ("which allocations were reduced in-year", CUT),
    ("list the projects whose appropriation was revised downward", CUT),
    ("which programmes got less at year end than they started with", CUT),
    ("which projects suffered budget cuts", CUT),
])
def test_top_ups_and_cuts_in_any_inflection(reader, question, expected):
    assert where(reader, question) == expected


@pytest.mark.parametrize("question, expected", [
    ("which projects scored at least 99 but no more than 99.9",
     m.And((m.Compare(m.Field("total_score"), ">=", m.Number(99.0)), m.Compare(m.Field("total_score"), "<=", m.Number(99.9))))),
    ("which projects have an execution rate above 50% but below 90%",
     m.And((m.Compare(RATE, ">", m.Number(50.0)), m.Compare(RATE, "<", m.Number(90.0))))),
    ("执行率高于50%低于90%的项目", m.And((m.Compare(RATE, ">", m.Number(50.0)), m.Compare(RATE, "<", m.Number(90.0))))),
    ("projects with a budget over 1 million yuan but under 3 million yuan",
     m.And((m.Compare(m.Field("annual_budget"), ">", m.Number(100.0)),
            m.Compare(m.Field("annual_budget"), "<", m.Number(300.0))))),
    ("which projects have an execution rate above 50% but fewer than 5 indicators",
     m.And((m.Compare(RATE, ">", m.Number(50.0)), m.Compare(m.IndicatorCount(None), "<", m.Number(5.0))))),
])
def test_both_bounds_of_one_field_are_kept(reader, question, expected):
    assert where(reader, question) == expected


@pytest.mark.parametrize("question, value", [
    ("which projects have budgets of at least twenty-five 万元", 25.0),
    ("which projects have budgets above a hundred thousand yuan", 10.0),
    ("which projects have budgets above 1.2 million yuan", 120.0),
    ("which projects have budgets above rmb 500k", 50.0),
    ("which projects have budgets above cny 300,000", 30.0),
])
def test_amounts_written_in_words_and_currencies(reader, question, value):
    assert where(reader, question) == m.Compare(m.Field("annual_budget"), ">" if "above" in question else ">=",
                                                m.Number(value))


@pytest.mark.parametrize("question, count", [
    ("Which programmes had underspends of more than RMB 1 million?", 2),
    ("Which programmes came in under budget by more than one million yuan?", 2),
    ("Which projects had money left over?", 19),
    ("Which programmes overshot their allocation?", 1),
    ("Which programmes had zero outturn?", 3),
    ("Which projects left their budget untouched?", 3),
    ("Which forms were never graded?", 6),
    ("Which projects carry no rating?", 6),
    ("Which schemes were rated below 95?", 6),
    ("Which projects got a mark lower than 95?", 6),
    ("Which projects weren't awarded full marks?", 19),
    ("Which projects executed more than three quarters of their appropriation but not all of it?", 8),
    ("Which projects scored at least 99 but no more than 99.9?", 6),
    ("Which forms include an indicator whose score fell below the points it was worth?", 1),
    ("Which programmes have more than ten indicators?", 4),
    ("Which forms outside the safety office portfolio scored below 95?", 5),
    ("Which programmes, other than the petitions office ones, spent less than 60% of their allocation?", 9),
    ("Excluding schemes that disbursed nothing, which ones had an execution ratio under 60%?", 6),
    ("Leaving aside the safety office, which projects were topped up?", 6),
    ("Which safety-office programmes with more than 5 indicators spent under 60% of the money?", 3),
    ("Which 2023 programmes graded excellent had a top-up and an execution ratio above 90%?", 3),
    ("List the forms whose indicator results fell short of plan.", 1),
    ("Which programmes lost marks for budget execution?", 19),
    ("Which programmes were docked points on budget execution?", 19),
    ("Which projects have budgets of at least twenty-five 万元?", 21),
    ("For which programmes did outturn exceed 95% of the final allocation?", 15),
    ("Name the schemes whose budgets were left entirely unspent.", 3),
    ("Which projects underspent their allocation?", 19),
    ("Which projects with top ratings nevertheless spent less than 60%?", 6),
    ("Which projects, graded excellent, spent less than 60% of their allocation?", 6),
    ("Which programmes did not receive an excellent rating?", 6),
    ("Show programmes where the outturns were zero.", 3),
    ("Which schemes, excluding those of the safety office, had a top-up?", 6),
    ("Which programmes' disbursements fell below half of their appropriations?", 6),
    ("List schemes whose expenditures exceeded 90 percent of allocations.", 16),
    ("Which schemes were budgeted at under 100,000 yuan?", 5),
    ("Which projects were both topped up and graded excellent?", 7),
    ("Which projects had budgets cut and execution ratios of 100%?", 4),
    ("Which programmes spent more than they were originally allocated?", 7),
    ("Which schemes had an outturn above their original envelope?", 7),
    ("Which projects spent more than originally budgeted?", 7),
    ("Which projects got more money than originally planned?", 8),
    ("Which programmes ended up with a smaller envelope than they started with?", 5),
    ("Which projects have a revised budget that differs from the original?", 13),
    ("Which projects' budgets were unchanged over the year?", 15),
    ("Which programmes' budgets stayed flat?", 15),
    ("Where is the budget execution score lower than its maximum?", 19),
    ("Which programmes left more than a fifth of their allocation unspent?", 11),
    ("Which projects are behind on spending?", 19),
    ("Which initiatives were underutilised?", 19),
    ("Which programs have a utilization rate below 50 percent?", 6),
    ("Which programs utilized less than 50% of their budgets?", 6),
    ("Which projects have a rate below 50?", 6),
    ("Show the 优-rated projects with a rate under 60%.", 6),
    ("Which projects have an 优 grade and a top-up?", 7),
    ("Which schemes were given an uplift, i.e. a final provision above the opening provision?", 8),
    ("Which forms had an opening provision of nil?", 5),
    ("Which projects have a sanctioned amount above 5 million yuan?", 3),
    ("Which programmes' revised estimates exceed their original estimates?", 8),
    ("On which scorecards did an indicator get fewer points than its weight?", 1),
    ("Which projects used every last yuan?", 8),
    ("Which projects' full-year budget was increased relative to the budget approved at the start of the year?", 8),
    ("Which projects have an annual budget reduced compared with the initial budget?", 5),
])
def test_analyst_wordings_on_the_corpus(seed_store, question, count):
    assert len(Conversation(seed_store, llm=None).ask(question).records) == count


@pytest.mark.parametrize("question, value", [
    ("What is the average overall self-assessment score of the petitions-office programmes?", 98.57),
    ("What's the mean mark across the letters and visits office schemes?", 98.57),
    ("What is the median disbursement ratio across the three programmes administered by the petitions office?", 92.77),
    ("How many programmes received a top-up in total?", 8.0),
    ("How many projects received a top-up in total?", 8.0),
    ("What percentage of the forms received the top rating?", 78.57),
    ("What percentage of the forms carry no grade at all? Give the percent.", 21.43),
    ("What was the combined appropriation of the petitions office schemes?", 369.57),
    ("How big were the cuts altogether?", 19.29),
    ("What did the cuts add up to?", 19.29),
    ("How big were the top-ups altogether?", 408.39),
    ("What percent of the forms were topped up?", 28.57),
    ("What did the safety office programmes spend on average?", 328.09),
    ("How many distinct departments are there?", 2.0),
    ("How many implementing agencies are there?", 2.0),
    ("有几个不同的实施单位", 2.0),
    ("How much of its allocation did 公安后勤及协管员经费 leave unspent?", 93.55),
    ("How much went unspent across the safety office programmes?", 558.94),
    ("What was the opening envelope of 鲁汇派出所新址装修工程?", 599.97),
    ("What was the final appropriation of 鲁汇派出所新址装修工程?", 769.86),
    ("How much did 禁毒与反邪教 disburse?", 18.56),
    ("How many KPIs does 禁毒与反邪教 have?", 12.0),
    ("Tally the programmes with more than 10 KPIs.", 4.0),
    ("What is the median overall scorecard result across all 28 forms?", 99.61),
    ("Median execution rate of the （平安办）-tagged projects, pct", 99.66),
    ("What is the total outturn of the petition office projects, in 万元?", 346.13),
    ("What is the aggregate appropriation?", 8065.0),
    ("How much was disbursed in aggregate by the petition office?", 346.13),
    ("What is the mean utilisation across the safety office programmes?", 84.86),
    ("What percentage of projects were scaled back?", 17.86),
    ("For how many forms was spending zero?", 3.0),
])
def test_analyst_statistics_on_the_corpus(seed_store, question, value):
    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


@pytest.mark.parametrize("follow_up, value", [
    ("what is the total executed for those?", 259082.55),
    ("how much did they spend in total?", 259082.55),
    ("what is the total executed for these projects?", 259082.55),
    ("what's their average mark?", 97.24),
    ("How much in total went unspent on those?", -255834.32),  # the unit slip of 户籍档案 counted as printed
])
def test_english_follow_ups_point_back(seed_store, follow_up, value):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("Which projects got budget top-ups?")
    assert round(conversation.ask(follow_up).value, 2) == value


def test_same_again_but_only_asks_the_previous_statistic_of_fewer_forms(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert round(conversation.ask("What percentage of the forms received the top rating?").value, 2) == 78.57
    answer = conversation.ask("Same again, but only for programmes whose final appropriation exceeded 1 million yuan.")
    assert round(answer.value, 2) == 81.82 and len(answer.records) == 11


@pytest.mark.parametrize("question", [
    "Which scheme shows the largest in-year variance between its opening envelope and its final appropriation, in either direction?",
    "What is the largest gap between opening and final allocation in either direction?",
    "Which project has the largest difference between its original and revised budget, whichever way it went?",
])
def test_a_gap_in_either_direction_is_its_size(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == ["鲁汇派出所新址装修工程（平安办）"]
    assert round(answer.value, 2) == 169.89 and "ABS(f.initial_budget - f.annual_budget)" in answer.sql


def test_two_modifiers_share_one_noun(reader):
    tokens, _ = reader.recogniser.tokens("the gap between original and revised budget")
    assert [(t.kind, t.key) for t in tokens if t.kind == "field"] == [("field", "initial_budget"), ("field", "annual_budget")]
    tokens, _ = reader.recogniser.tokens("spent more and scored less")
    assert [t.key for t in tokens if t.kind == "field"] == ["executed", "total_score"]


def test_the_rest_of_a_grade_holds_the_ungraded_forms(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert len(conversation.ask("Which projects were graded 优?").records) == 22
    assert sorted(r.project_name for r in conversation.ask("and the rest?").records) == UNGRADED


def test_skip_excludes_what_follows(seed_store):
    answer = Conversation(seed_store, llm=None).ask("Which forms had the full-year budget raised? Skip ones that started at zero.")
    assert sorted(r.project_name for r in answer.records) == [
        "杜行派出所新址修缮工程（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"]


@pytest.mark.parametrize("follow_up, names", [
    ("just the top 2 by appropriation", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "公安后勤及协管员经费（平安办）"]),
    ("restrict that to the safety office", ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
                                            "禁毒与反邪教（平安办）"]),
    ("which of them belong to the safety office?", ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
                                                    "禁毒与反邪教（平安办）"]),
    ("and which of those were topped up?", ["人才健康体检", "人才活动", "杜行派出所公用事业费"]),
])
def test_english_follow_ups_narrow_the_previous_list(seed_store, follow_up, names):
    conversation = Conversation(seed_store, llm=None)
    assert len(conversation.ask("Which programmes spent less than 60% of their allocation?").records) == 9
    got = [r.project_name for r in conversation.ask(follow_up).records]
    assert (got if "top 2" in follow_up else sorted(got)) == names


@pytest.mark.parametrize("follow_up", ["List them.", "Which are they?", "show them"])
def test_list_them_after_a_count_lists_the_counted_forms(seed_store, follow_up):
    conversation = Conversation(seed_store, llm=None)
    assert conversation.ask("How many projects spent less than 60%?").value == 9.0
    assert len(conversation.ask(follow_up).records) == 9


@pytest.mark.parametrize("first, follow_up, value, count", [
    ("What is the total outturn of the safety office programmes?", "And the petition office?", 346.13, 3),
    ("Which programmes were topped up?", "Now the ones that were cut.", None, 5),
    ("Which programmes were topped up?", "How many of them are run by the safety office?", 2.0, 2),
    ("Which programmes were topped up?", "What did they score on average?", 97.24, 8),
])
def test_english_swaps_and_questions_of_the_last_answer(seed_store, first, follow_up, value, count):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask(first)
    answer = conversation.ask(follow_up)
    assert len(answer.records) == count
    assert value is None or round(answer.value, 2) == value
