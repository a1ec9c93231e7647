import pytest
from django.core.management import CommandError, call_command

from pacesetter.planimport.models import ImportedPlan
from pacesetter.planimport.tests.conftest import INLINE
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db


def test_the_command_makes_a_draft_to_review(county, tmp_path, capsys):
    path = tmp_path / "work-report.html"
    path.write_text(f"<html><body><p>{INLINE}</p></body></html>", encoding="utf-8")
    call_command("import_plan", str(path), unit="350926", year=2023)
    draft = ImportedPlan.objects.get()
    assert (draft.plan.code, draft.plan.name, draft.plan.status) == (
        "350926-2023-import",
        "2023年工作目标",  # the text's title line
        "draft",
    )
    assert draft.created_by is None
    out = capsys.readouterr().out
    assert f"/plan-import/{draft.pk}/" in out and "350926-2023-import" in out


def test_the_command_refuses_an_unreadable_file_or_unknown_unit(county, tmp_path):
    plans = Plan.objects.count()
    with pytest.raises(CommandError, match="cannot open"):
        call_command("import_plan", str(tmp_path / "missing.txt"), unit="350926", year=2023)
    (tmp_path / "blank.txt").write_bytes(b"")
    with pytest.raises(CommandError, match="empty"):
        call_command("import_plan", str(tmp_path / "blank.txt"), unit="350926", year=2023)
    with pytest.raises(CommandError, match="NOPE"):
        call_command("import_plan", str(tmp_path / "blank.txt"), unit="NOPE", year=2023)
    assert Plan.objects.count() == plans


def test_the_cli_spells_it_import_plan(monkeypatch):
    import django.core.management

    from pacesetter import cli

    seen = []
    monkeypatch.setattr(cli, "_check_database", lambda: None)
    monkeypatch.setattr(django.core.management, "execute_from_command_line", seen.append)
    assert cli.main(["import-plan", "plan.txt", "--unit", "350926", "--year", "2023"]) == 0
    assert seen == [["pacesetter", "import_plan", "plan.txt", "--unit", "350926", "--year", "2023"]]
