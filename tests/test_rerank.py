"""Reranking by the query's figures and quoted names, and the index's own snippet table; no model needed."""

from __future__ import annotations

import numpy as np

from index.freshness import StoreWatch
from index.rerank import holds, query_constraints, rerank
from index.snippet_table import SnippetTable
from store.ingest import ingest_file
from tests.support import SEED


def _table() -> SnippetTable:
    texts = ["党建活动", "因2023年度资金紧张，部分活动经费于2024年度支付。", "按时支付各项经费",
             "公用事业费", "年内支付1,190.21元", "“平安巡逻”项目", "按时支付20240元"]
    forms = {3: ("h3", "党建活动", 2023), 5: ("h5", "公用事业费", 2023), 8: ("h8", "巡逻", None)}
    return SnippetTable.from_rows([3, 3, 5, 5, 5, 8, 8], [0, 2, 2, 0, 2, 1, 2], [-1, -1, -1, -1, -1, -1, -1], texts, forms)


def test_query_constraints_are_figures_and_quoted_names():
    assert query_constraints("哪些项目的经费拖到2024年才支付") == ["2024"]
    assert query_constraints("装修面积7,306.20平方米") == ["7306.20"]
    assert query_constraints("提到“平安巡逻”的项目 in 2023") == ["平安巡逻", "2023"]
    assert query_constraints("which projects were short of money") == []


def test_numbers_are_held_whole_not_as_part_of_a_longer_number():
    assert holds("经费于2024年度支付", "2024")
    assert not holds("按时支付20240元", "2024")
    assert holds("年内支付1,190.21元", "1190.21")
    assert holds("目标 =360.00(人)", "360")


def test_forms_holding_the_constraints_move_up_and_show_the_snippet_that_holds_them():
    table = _table()
    fused = [(5, 0.9, ["lexical"]), (8, 0.8, ["dense"]), (3, 0.5, ["lexical", "dense"])]
    reranked, shown = rerank(fused, ["2024"], table, preferred={5: 2, 8: 6, 3: 0})
    assert [form_id for form_id, _, _ in reranked] == [3, 5, 8]
    assert [round(score, 4) for _, score, _ in reranked] == [1.5556, 1.0, 0.8889]
    assert shown == {3: 1}
    # Without constraints the fused order and scores stand.
    assert rerank(fused, [], table, preferred={}) == (fused, {})


def test_a_fields_filter_limits_which_snippets_may_meet_a_constraint():
    table = _table()
    only_names = table.field_codes == 0
    reranked, shown = rerank([(5, 0.9, ["lexical"]), (3, 0.5, ["lexical"])], ["2024"], table, {}, only_names)
    assert [form_id for form_id, _, _ in reranked] == [5, 3] and shown == {5: 3, 3: 0}


def test_snippet_table_round_trip(tmp_path):
    table = _table()
    table.save(tmp_path)
    loaded = SnippetTable.load(tmp_path)
    assert len(loaded) == 7
    assert [loaded.text(i) for i in range(7)] == [table.text(i) for i in range(7)]
    assert loaded.text(4) == "年内支付1,190.21元"
    assert (loaded.field(1), loaded.row(1), loaded.forms[8]) == ("outcome", None, ("h8", "巡逻", None))
    assert loaded.slots(5).tolist() == [2, 3, 4] and loaded.slots(4).tolist() == []
    assert loaded.form_hashes == {3: "h3", 5: "h5", 8: "h8"}


def test_store_watch_sees_every_commit_of_another_connection(fresh_store, tmp_path):
    watch = StoreWatch(fresh_store)
    if not fresh_store.url.startswith("sqlite"):
        assert watch.may_have_changed() and watch.may_have_changed()  # no counter: always check
        return
    assert watch.may_have_changed()
    assert not watch.may_have_changed()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    part = tmp_path / "a.txt"
    part.write_text("\n".join(lines[:21]), encoding="utf-8")
    ingest_file(fresh_store, part)
    assert watch.may_have_changed()
    assert not watch.may_have_changed()
    watch.close()


def test_compiled_frequency_table_answers_like_the_dict_it_was_compiled_from(tmp_path):
    from index.word_frequencies import MappedFrequencies, compile_frequencies

    words = {"资金": 120, "资": 0, "资金紧张": 3, "2024": 7, "支付": 55}
    compile_frequencies(words, 185, tmp_path / "table")
    mapped = MappedFrequencies(tmp_path / "table")
    assert mapped.total == 185 and len(mapped) == 5
    assert {word: mapped[word] for word in words} == words
    assert "资" in mapped and mapped["资"] == 0
    assert "紧张" not in mapped and mapped.get("紧张") is None and mapped.get("紧张", 1) == 1
    assert sorted(mapped) == sorted(words)


def test_query_tokenizer_cuts_exactly_like_the_in_memory_dictionary(seed_store):
    from index.snippets import form_snippets
    from index.tokenize import _jieba, tokenize, tokenize_many
    from store.query import iter_forms

    texts = [snippet.text for form in iter_forms(seed_store) for snippet in form_snippets(form)]
    texts += ["哪些项目的经费拖到2024年才支付", "因资金紧张推迟到下一年度支付的项目"]
    in_memory = [tokenize(text, _jieba()) for text in texts]
    assert [tokenize(text) for text in texts] == in_memory == tokenize_many(texts)
    assert tokenize("哪些项目的经费拖到2024年才支付") == ["经费", "拖", "2024", "年", "才", "支付"]


def test_texts_cut_while_they_are_read_equal_those_cut_at_once():
    from index.tokenize import TokenStream, tokenize_many

    texts = [f"社工服务站开展活动{number}次，居民满意度{number % 97}%，经费因资金紧张推迟支付" for number in range(130)]
    with TokenStream(workers=2, chunk=40, parallel_from=80) as cutter:
        for text in texts:
            cutter.add(text)
        handed_over = cutter.chunks_handed_over  # 80 texts start the pool (two chunks), then one per 40 more
        tokens = cutter.tokens()
    assert handed_over == 3 and cutter.chunks_handed_over == 4  # the last 10 go when the tokens are asked for
    assert tokens == tokenize_many(texts) and len(tokens) == 130
    assert tokens[7][:4] == ["社工", "服务", "服务站", "开展"]
    with TokenStream(workers=2, chunk=40, parallel_from=1000) as few:
        for text in texts:
            few.add(text)
        assert few.tokens() == tokens and few.chunks_handed_over == 0


def test_question_cuts_equal_jieba_with_its_own_dictionary():
    import jieba

    from index.tokenize import cut_words
    from support import SEED

    lines = SEED.read_text(encoding="utf-8").splitlines() + ["执行率低于60%的项目", "下拨经费（党群中心）满意率百分百"]
    assert [cut_words(line) for line in lines] == [jieba.lcut(line) for line in lines]
    assert cut_words("哪些项目的经费拖到2024年才支付") == ["哪些项目", "的", "经费", "拖到", "2024", "年", "才", "支付"]


def test_lexical_scores_equal_bm25s_and_survive_a_round_trip(tmp_path):
    import bm25s

    from index.lexical import LexicalIndex

    documents = [["资金", "紧张", "支付"], ["支付", "经费"], ["满意度"], ["资金", "资金", "2024"], []]
    index = LexicalIndex.build(documents)
    index.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    reference = bm25s.BM25()
    reference.index(documents, show_progress=False)
    for query in (["资金"], ["支付", "资金", "资金"], ["2024", "满意度"]):
        np.testing.assert_allclose(loaded.scores(query), reference.get_scores(query), rtol=1e-6)
    # Documents sharing a token list (equal snippets) are scored once, to bm25s's exact float32 scores.
    shared = [["资金", "紧张", "支付"], ["支付", "经费"], ["满意度"]]
    repeated = LexicalIndex.build(shared, np.array([0, 1, 0, 2, 1, 0]))
    reference = bm25s.BM25()
    reference.index([shared[position] for position in (0, 1, 0, 2, 1, 0)], show_progress=False)
    for token, column in repeated.vocabulary.items():
        start, stop = repeated.indptr[column], repeated.indptr[column + 1]
        expected = reference.scores["indptr"][reference.vocab_dict[token]:reference.vocab_dict[token] + 2]
        assert repeated.indices[start:stop].tolist() == reference.scores["indices"][expected[0]:expected[1]].tolist()
        assert repeated.data[start:stop].tolist() == reference.scores["data"][expected[0]:expected[1]].tolist()
    assert repeated.indices[repeated.indptr[repeated.vocabulary["满意度"]]:].tolist()[:1] == [3]
    assert repeated.size == 6 and sorted(repeated.vocabulary) == ["支付", "满意度", "紧张", "经费", "资金"]
    ids, scores = loaded.search(["资金", "未知"], k=5)
    assert ids.tolist() == [3, 0] and scores[0] > scores[1] > 0
    assert loaded.search(["资金"], k=5, allowed=np.array([True, True, True, False, True]))[0].tolist() == [0]
    empty = LexicalIndex.build([])
    empty.save(tmp_path / "empty")
    assert LexicalIndex.load(tmp_path / "empty").search(["资金"], k=3)[0].tolist() == []


def test_store_watch_notices_a_store_file_made_anew(tmp_path):
    from store.database import Store

    path = tmp_path / "s.db"
    first = Store(f"sqlite:///{path}")
    watch = StoreWatch(first)
    assert watch.may_have_changed() and not watch.may_have_changed()
    first.dispose()
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"s.db{suffix}").unlink(missing_ok=True)
    second = Store(f"sqlite:///{path}")
    assert watch.may_have_changed()
    assert not watch.may_have_changed()
    second.dispose()
    watch.close()
