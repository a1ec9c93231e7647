"""Each part of a bulletin gets a real font file, and the faces standing in for GB/T 9704's
are named (this machine has Noto CJK, not 仿宋/楷体/小标宋)."""

from pathlib import Path

from pacesetter.bulletins import fonts


def test_word_files_name_the_gb_faces():
    assert fonts.DOCX_FACES == {
        "title": "方正小标宋简体",
        "body": "仿宋_GB2312",
        "heading1": "黑体",
        "heading2": "楷体_GB2312",
        "page_number": "宋体",
    }


def test_every_role_resolves_to_an_installed_cjk_file():
    for role in fonts.ROLES:
        choice = fonts.resolve(role)
        assert choice.role == role
        assert Path(choice.path).is_file(), choice
        assert choice.used.startswith("Noto"), choice  # fonts-noto-cjk on this machine


def test_headings_in_sans_body_in_serif():
    assert fonts.resolve("heading1").used == "Noto Sans CJK SC"
    assert fonts.resolve("body").used == "Noto Serif CJK SC"
    assert fonts.resolve("title").wanted == "方正小标宋简体"


def test_substitutions_name_the_missing_gb_faces():
    wanted = {c.role: c.wanted for c in fonts.substitutions()}
    assert wanted["title"] == "方正小标宋简体"
    assert wanted["body"] == "仿宋_GB2312"
    assert wanted["heading2"] == "楷体_GB2312"
    assert all(c.used != c.wanted for c in fonts.substitutions())


def test_an_alias_of_the_gb_face_is_not_a_substitution():
    choice = fonts.FontChoice("heading1", "黑体", "SimHei", "/x/simhei.ttf")
    assert not choice.substituted
    assert fonts.FontChoice("heading1", "黑体", "Noto Sans CJK SC", "/x.ttc").substituted


def test_a_machine_without_cjk_fonts_falls_back_to_dejavu(monkeypatch):
    every = fonts._faces("")
    monkeypatch.setattr(fonts, "_cjk_faces", lambda: {})
    monkeypatch.setattr(fonts, "_faces", lambda pattern: every)
    fonts._resolve.cache_clear()
    try:
        choice = fonts.resolve("body")
        assert choice.used == "DejaVu Sans"
        assert Path(choice.path).is_file()
        assert fonts.any_cjk_missing()
    finally:
        fonts._resolve.cache_clear()
