"""A condition no reader can read, added to questions the assistant answers, is named or refused: never dropped silently."""

from pathlib import Path

import pytest

from assistant.conversation import Conversation
from bench.unreadable import Addition, load_additions, outcome, with_addition

# (questions asked before, the question with a condition on made-up words, the made-up words)
ENGLISH = [
    ((), "Which projects were graded 优 and have a flurbish rating above 3?", "flurbish"),
    ((), "How many projects had a budget above 1 million yuan with a zero zorble?", "zorble"),
    (("How many projects had a budget above 1 million yuan?",), "And how many of those had a zero zorble?", "zorble"),
    ((), "Which projects spent less than half their budget, excluding those with a blorpy score under 5?", "blorpy"),
    ((), "What is the average execution rate of projects whose wuzzle ratio is at least 40%?", "wuzzle"),
    ((), "Which project covers meals for auxiliary police staff not counting the grommish ones?", "grommish"),
    (("Which project covers meals for auxiliary police staff?",), "Which of them have no quibbet?", "quibbet"),
    ((), "Which projects deferred payment to 2024 and have a flurbish rating above 3?", "flurbish"),
    ((), "Among projects whose zorble is under 5, which has the highest total score?", "zorble"),
    ((), "List the projects of 信访办 with more than three plinks", "plinks"),
    ((), "How many volunteers did the 平安志愿者经费 project plan for, with a zero zorble?", "zorble"),
    ((), "Which project leases data-collection terminals with a zero zorble?", "zorble"),
    (("Which projects were graded 优?",), "Only the ones with a flurbish rating above 3, please.", "flurbish"),
    ((), "What is the total annual budget of 平安办 projects but only where the snarfle index exceeds two?", "snarfle"),
    ((), "Which forms have no timeliness indicator and no quibbet?", "quibbet"),
    ((), "Leaving out anything with a flurbish rating of zero, which projects used under 60% of their budget?", "flurbish"),
    (("Which projects used under 60% of their budget?",), "Of those, keep the ones whose snarfle index exceeds two.",
     "snarfle"),
    ((), "What was the median execution rate, not counting the grommish ones?", "grommish"),
    ((), "Which project says fewer people had check-ups than planned, with more than three plinks?", "plinks"),
    (("Which projects had their budget raised during the year?",), "And which of those had a zero zorble?", "zorble"),
]
CHINESE = [
    ((), "哪些项目执行率低于60%，且咕噜值低于5", "咕噜"),
    ((), "预算超过100万的项目有几个，并且没有叽里咕噜", "咕噜"),
    (("预算超过100万的项目有几个",), "其中咕噜值低于5的有几个？", "咕噜"),
    ((), "重精患者监护人奖励费的发放标准是多少，排除噗噗类的", "噗噗"),
    ((), "在咕噜值低于5的项目里，重精患者监护人奖励费的发放标准是多少", "咕噜"),
    ((), "平安志愿者有多少人，要嘟嘟值为零的", "嘟嘟"),
    (("平安志愿者有多少人",), "这些里头嘟嘟值为零的是哪几个", "嘟嘟"),
    ((), "党员教育培训和党组织活动，并且没有叽里咕噜", "咕噜"),
    (("党员教育培训和党组织活动",), "那里面没有叽里咕噜的呢", "咕噜"),
    ((), "哪些项目的经费拖到2024年才支付，呱呱分在80分以上的", "呱呱"),
    ((), "信访办有几个项目，只看嘟嘟率超过三成的", "嘟嘟"),
    ((), "总分最高的三个项目，啾啾数不少于两个", "啾啾"),
    ((), "平安办项目的平均执行率是多少（不算哔哔指数为零的）", "哔哔"),
    ((), "不算哔哔指数为零的，全年预算数最小的项目是哪个", "哔哔"),
    ((), "没有时效指标的项目有哪些，排除噗噗类的", "噗噗"),
    (("没有时效指标的项目有哪些",), "只看呱呱分在80分以上的", "呱呱"),
    ((), "年中追加了预算的项目，且咕噜值低于5", "咕噜"),
    ((), "执行率的中位数是多少，要嘟嘟值为零的", "嘟嘟"),
    ((), "哪个项目说水电燃气用量没法准确预估，并且没有叽里咕噜", "咕噜"),
    (("执行率低于60%的项目",), "其中咕噜值低于5的有几个？", "咕噜"),
]


@pytest.mark.parametrize("earlier, question, made_up", ENGLISH + CHINESE)
def test_a_condition_on_made_up_words_is_named_or_refused(seed_store, earlier, question, made_up):
    conversation = Conversation(seed_store, search=None, llm=None)
    for asked in earlier:
        assert conversation.ask(asked).kind != "unknown"  # the question it goes on from is answered
    payload = conversation.ask(question).to_json()
    assert outcome(payload, Addition("en", "end", "", (made_up,))) in ("refused", "named"), payload["answer"]


def test_a_follow_up_starting_with_a_zero_budget_is_the_opening_budget_not_a_repeat(seed_store):
    # Refused until round 30 ("not understood: zero"); read since as the opening budget: none of the eleven forms over
    # 100万元 started the year at zero (the five that did have full-year budgets of 60万元 or less).
    conversation = Conversation(seed_store, search=None, llm=None)
    assert conversation.ask("How many projects had a budget above 1 million yuan?").value == 11
    answer = conversation.ask("and how many of those started with a zero budget?")
    assert "initial budget = 0" in answer.interpretation
    assert answer.value == 0
    assert answer.records == []


def test_a_word_no_reader_placed_is_named_on_the_answer(seed_store):
    answer = Conversation(seed_store, search=None, llm=None).ask("Which quibbet projects were graded 优?")
    assert answer.text.splitlines()[-1] == "ignored: quibbet"


@pytest.mark.parametrize("question, interpretation", [
    ("Which projects were graded 优 and have a flurbish rating above 3?", "not understood: flurbish"),
    ("How many projects spent under 60% of their budget and have a zorble below 5?", "not understood: zorble"),
])
def test_a_figure_said_of_a_made_up_word_and_read_for_another_field_refuses(seed_store, question, interpretation):
    answer = Conversation(seed_store, search=None, llm=None).ask(question)
    assert answer.kind == "unknown"
    assert answer.interpretation == interpretation
    assert answer.records == []


def test_with_addition_puts_the_condition_at_the_end_or_before_the_question():
    end = Addition("en", "end", "and a flurbish rating above 3", ("flurbish",))
    start = Addition("en", "start", "Among projects whose zorble is under 5,", ("zorble",))
    chinese = Addition("zh", "end", "，且咕噜值低于5", ("咕噜",))
    assert with_addition("Which forms were graded 优?", end) == "Which forms were graded 优 and a flurbish rating above 3?"
    assert with_addition("Which forms were graded 优?", start) == "Among projects whose zorble is under 5, which forms were graded 优?"
    assert with_addition("哪些项目执行率低于60%？", chinese) == "哪些项目执行率低于60%，且咕噜值低于5？"


def test_outcome_tells_a_named_word_from_a_search_copying_the_question():
    addition = Addition("en", "end", "with a zero zorble", ("zorble",))
    assert outcome({"kind": "list", "interpretation": "grade = 优", "answer": "3 forms\nignored: zorble"}, addition) == "named"
    assert outcome({"kind": "unknown", "interpretation": "", "answer": ""}, addition) == "refused"
    assert outcome({"kind": "search", "interpretation": "search: x with a zero zorble", "answer": "2 forms: A, B",
                    "records": [{"project_name": "A"}], "value": None}, addition) == "silent"
    assert outcome({"kind": "search", "interpretation": "search: x", "answer": "none", "records": [], "value": None},
                   addition) == "nothing"


def test_the_additions_file_names_its_made_up_words(tmp_path: Path):
    additions = load_additions()
    assert len(additions) == 28
    assert {a.lang for a in additions} == {"en", "zh"} and {a.place for a in additions} == {"end", "start", "follow"}
    assert all(all(word in a.words for word in a.made_up) for a in additions)
    bad = tmp_path / "bad.tsv"
    bad.write_text("en\tmiddle\tand a flurbish\tflurbish\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv:1"):
        load_additions(bad)


def test_unplaced_words_are_made_up_english_words_and_chinese_words_beside_a_condition():
    from assistant.unread_words import unplaced

    def says(words):
        return []

    assert unplaced("which forms have a flurbish rating above 3", ["which", "flurbish"], says) == ["flurbish"]
    assert unplaced("哪些项目且咕噜值低于5", ["咕噜"], says) == ["咕噜"]
    assert unplaced("要嘟嘟值为零的", ["嘟嘟"], says) == ["嘟嘟"]
    assert unplaced("哪个项目的情况怎么样", ["情况怎么样"], says) == []  # no figure or condition word beside it
    assert unplaced("哪些项目且咕噜值低于5", ["咕噜"], lambda words: ["咕噜"]) == []  # the forms say it
