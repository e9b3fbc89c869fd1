"""The assistant's data files are read row by row, and a malformed row names its file and line."""

import pytest

from assistant import data_files


def test_rows_skip_comments_and_blank_lines_and_keep_line_numbers(tmp_path):
    (tmp_path / "words.tsv").write_text("# a comment\n\nzh\t压根儿|根本\nen\tliterally\n", encoding="utf-8")
    assert list(data_files.rows("words.tsv", 2, folder=tmp_path)) == [(3, ["zh", "压根儿|根本"]), (4, ["en", "literally"])]


def test_a_row_with_another_number_of_cells_names_file_and_line(tmp_path):
    (tmp_path / "words.tsv").write_text("zh\t压根儿\nen literally\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"assistant/data/words.tsv:2: expected 'zh\|en<TAB>words', got 'en literally'"):
        list(data_files.rows("words.tsv", 2, "'zh|en<TAB>words'", folder=tmp_path))


def test_a_row_failing_its_check_names_file_and_line(tmp_path):
    (tmp_path / "words.tsv").write_text("zh\t压根儿\nfr\tvraiment\n", encoding="utf-8")
    with pytest.raises(ValueError, match="words.tsv:2"):
        list(data_files.rows("words.tsv", 2, "a language", lambda cells: cells[0] in ("zh", "en"), folder=tmp_path))


def test_rows_of_varying_width_are_read_as_they_are(tmp_path):
    (tmp_path / "fields.tsv").write_text("a\tb\tc\nd\n", encoding="utf-8")
    assert [cells for _, cells in data_files.rows("fields.tsv", folder=tmp_path)] == [["a", "b", "c"], ["d"]]


def test_every_shipped_data_file_reads():
    assert next(data_files.rows("intensifiers.tsv", 2))[1][0] in ("zh", "en")


def test_role_words_by_language_and_role_longest_first(tmp_path):
    (tmp_path / "roles.tsv").write_text("# lang\trole\twords\nzh\tpointer\t那个|那两个\nen\tpointer\tthe one\n"
                                        "zh\tpointer\t那个\nzh\tjoin\t放一起\n", encoding="utf-8")
    assert data_files.role_words("roles.tsv", ("pointer", "join"), tmp_path) == {
        ("zh", "pointer"): ["那两个", "那个"], ("en", "pointer"): ["the one"], ("zh", "join"): ["放一起"]}


def test_role_words_names_the_line_of_an_unknown_role(tmp_path):
    (tmp_path / "roles.tsv").write_text("zh\tpointer\t那个\nzh\tpointr\t那两个\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"roles.tsv:2: expected 'zh\|en<TAB>role<TAB>words'"):
        data_files.role_words("roles.tsv", ("pointer",), tmp_path)
