"""A superlative whose measure is a noun no field holds is not answered with a default measure: "the most training
sessions" is not "the highest total score" (literal expected values from the bundled corpus; no search index)."""

from __future__ import annotations

import pytest

from support import asked, names_of


@pytest.mark.parametrize("question", [
    "哪张表提到的培训场次最多",
    "which form trained the most people",
])
def test_a_superlative_of_a_noun_no_field_holds_is_not_the_total_score(seed_store, question):
    answer = asked(seed_store, question, search=None)
    assert answer.kind == "unknown"
    assert "总分" not in answer.interpretation and "total score" not in answer.interpretation


@pytest.mark.parametrize("question, interpretation, names", [
    ("哪个项目最贵", "全年预算数最高", ["图像视频监控系统租赁经费（平安办）"]),
    ("哪个项目预算最多", "全年预算数最高", ["图像视频监控系统租赁经费（平安办）"]),
])
def test_a_superlative_with_its_measure_or_no_noun_still_ranks(seed_store, question, interpretation, names):
    answer = asked(seed_store, question, search=None)
    assert interpretation in answer.interpretation
    assert names_of(answer) == names


def test_a_superlative_with_no_noun_keeps_the_total_score(seed_store):
    answer = asked(seed_store, "哪个项目最好", search=None)
    assert answer.interpretation.startswith("总分最高")
    assert len(answer.records) == 9
