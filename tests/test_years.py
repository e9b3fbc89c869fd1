"""Two years side by side: the seed plus a synthetic 2022 edition, linked per project, wording looked up by year."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli import main
from assistant.conversation import Conversation
from index.wording import lookup_wordings
from store.ingest import ingest_paths
from store.query import FormFilter, count_forms, find_forms, list_forms, project_history
from bench.synthetic import make_previous_year
from support import SEED


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    from store.database import Store

    folder = tmp_path_factory.mktemp("two-years")
    previous = folder / "previous_2022.txt"
    previous.write_text(make_previous_year(SEED.read_text(encoding="utf-8"), 2022), encoding="utf-8")
    store = Store(f"sqlite:///{folder / 'two.db'}")
    report = ingest_paths(store, [SEED, previous])
    assert report.errors == []
    yield store, previous
    store.dispose()


def test_both_years_are_stored_and_linked(two_years):
    store, _ = two_years
    assert count_forms(store, FormFilter(years=[2022])) == 10
    assert count_forms(store, FormFilter(years=[2023])) == 28
    renamed = next(form for form in list_forms(store, FormFilter(years=[2022])) if form.project_name.startswith("2022"))
    history = project_history(store, renamed)
    assert [form.year for form in history] == [2022, 2023]
    assert history[1].project_name == renamed.project_name.removeprefix("2022年度").removeprefix("2022年")


def test_wording_lookup_by_year(two_years):
    store, _ = two_years
    groups_2022 = lookup_wordings(store, "满意度", year=2022, limit=100)
    names_2022 = {use.name for group in groups_2022 for use in group.uses}
    assert sum(name.endswith("满意率") for name in names_2022) > len(names_2022) / 2  # the 2022 edition mostly says 满意率
    # 满意度 and 满意率 of the same indicator fall into one group across years.
    both = lookup_wordings(store, "相关单位满意度", limit=1)[0]
    assert set(both.wordings) == {"相关单位满意度", "相关单位满意率"}
    assert {use.year for use in both.uses} == {2022, 2023}


def test_assistant_answers_last_years_wording(two_years):
    store, _ = two_years
    answer = Conversation(store).ask("去年的满意度指标怎么写的")
    assert answer.kind == "wording"
    assert "年度 = 2022" in answer.interpretation
    assert answer.records and {record.year for record in answer.records} == {2022}
    assert "满意率" in answer.text


def test_cli_indicators_lists_targets_with_their_parsed_form(two_years):
    store, _ = two_years
    result = CliRunner().invoke(main, [f"--db={store.url}", "indicators", "社工人数", "--exact", "--json"])
    assert result.exit_code == 0, result.output
    (group,) = json.loads(result.output)
    uses = {(use["year"], use["target"], use["target_number"], use["target_unit"]) for use in group["uses"]}
    assert (2023, "=19.00(人)", 19.0, "人") in uses
    assert any(year == 2022 for year, *_ in uses)


def test_show_lists_other_years(two_years):
    store, _ = two_years
    (form,) = [form for form in find_forms(store, "社工点经费（平安办）") if form.year == 2023]
    result = CliRunner(env={"COLUMNS": "300"}).invoke(main, [f"--db={store.url}", "show", str(form.id)])
    assert "Other years: 2022" in result.output
