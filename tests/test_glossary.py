"""The bilingual domain glossary: its file format and how it expands English queries."""

from __future__ import annotations

import pytest

from index.glossary import GLOSSARY_EN, expand_english, load_glossary


def test_glossary_file_reads_phrases_and_skips_comments(tmp_path):
    path = tmp_path / "glossary.tsv"
    path.write_text("# section\nWarranty Deposit\t质保金  质保期\n\npetition\t信访\n", encoding="utf-8")
    assert load_glossary(path) == {"warranty deposit": "质保金 质保期", "petition": "信访"}


def test_a_malformed_line_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "glossary.tsv"
    path.write_text("petition\t信访\nwarranty deposit 质保金\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"glossary\.tsv:2: expected 'english<TAB>chinese'"):
        load_glossary(path)


def test_bundled_glossary_has_no_words_that_fire_on_every_question():
    assert len(GLOSSARY_EN) > 500
    for word in ("the", "which", "what", "project", "projects", "year", "number", "plan"):
        assert word not in GLOSSARY_EN


def test_longer_phrases_win_and_do_not_fire_twice():
    # "defects liability period" is one entry; its "period" or "liability" must not add more terms.
    assert expand_english("defects liability period") == f"defects liability period {GLOSSARY_EN['defects liability period']}"
    assert expand_english("payment") == f"payment {GLOSSARY_EN['payment']}"
    # whole words only: "pay" is not found inside "payroll"
    assert GLOSSARY_EN["pay"] not in expand_english("payroll").removeprefix("payroll")


def test_text_with_no_glossary_phrase_is_unchanged():
    assert expand_english("lanterns umbrella orchestra") == "lanterns umbrella orchestra"
