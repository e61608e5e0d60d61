"""Every lexicon file parses: header, widths, no duplicates, NFC."""

from rasid.knowledge.check import check_file, check_lexicons


def test_lexicons_all_files_are_clean():
    assert check_lexicons() == []


def test_lexicons_check_finds_problems(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# comment\nform\tkind\nقال\tsay\nقال\tsay\nاكد\n", encoding="utf-8")
    problems = check_file(bad)
    assert any("duplicate" in p for p in problems)
    assert any("1 cells" in p for p in problems)
