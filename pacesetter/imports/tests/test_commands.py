import csv
import io
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from pacesetter.accounts.models import User
from pacesetter.catalogue.models import Measure
from pacesetter.cli import main as pacesetter_main
from pacesetter.core.periods import Period
from pacesetter.datavalues.models import DataValue
from pacesetter.datavalues.services import datavalue_set
from pacesetter.imports.readers import read_table
from pacesetter.imports.tests.conftest import PLAN, SHUANGCHENG, snapshot, workbook
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan
from pacesetter.reporting.services import report_accept, report_submit

pytestmark = pytest.mark.django_db

FUXI = "350926101"

GOOD = (
    "indicator,unit,period,value,comment\n"
    f"ZR-I10,{SHUANGCHENG},202311,0.6,签约2个项目\nZR-I07,{SHUANGCHENG},202311,2,\n"
)


def _export(*args, plan=PLAN) -> str:
    out = io.StringIO()
    call_command("export_data", "--plan", plan, *args, stdout=out)
    return out.getvalue()


def _november(code: str) -> DataValue:
    return DataValue.objects.get(measure__code=code, orgunit__code=SHUANGCHENG, period="202311")


def _plan_values(plan, months):
    """What the plan office of the plan's owner reads: the plan's measures under its owner."""
    return DataValue.objects.filter(
        measure__in=Measure.objects.filter(indicators__goal__plan=plan),
        orgunit__path__startswith=plan.owner.path,
        period__in=months,
    )


def test_import_data_saves_a_csv_and_says_how_many(demo, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(GOOD, encoding="utf-8-sig")
    out = io.StringIO()
    call_command("import_data", str(path), "--user", "reporter-shuangcheng", stdout=out)
    assert "Saved 2 figure(s) from figures.csv" in out.getvalue()
    assert _november("ZR-I10").value == Decimal("0.6")


def test_with_a_plan_named_its_indicator_codes_are_read_too(demo, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(GOOD.replace("ZR-I10", "I10"), encoding="utf-8")
    before = snapshot()
    with pytest.raises(CommandError, match="No indicator with code I10"):
        call_command(
            "import_data", str(path), "--user", "reporter-shuangcheng", stderr=io.StringIO()
        )
    assert snapshot() == before
    call_command(
        "import_data",
        str(path),
        "--user",
        "reporter-shuangcheng",
        "--plan",
        PLAN,
        stdout=io.StringIO(),
    )
    assert _november("ZR-I10").value == Decimal("0.6") and _november("ZR-I07").value == 2
    with pytest.raises(CommandError, match="No plan with code nowhere-2023"):
        call_command(
            "import_data", str(path), "--user", "reporter-shuangcheng", "--plan", "nowhere-2023"
        )


def test_the_hyphenated_spelling_works_from_the_pacesetter_command(
    demo, tmp_path, capsys, monkeypatch
):
    # run_from_argv closes every connection when a command ends; the test's transaction
    # lives on that connection (PostgreSQL would lose it).
    monkeypatch.setattr("django.db.connections.close_all", lambda: None)
    path = tmp_path / "figures.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert pacesetter_main(["import-data", str(path), "--user", "reporter-shuangcheng"]) == 0
    assert "Saved 2 figure(s)" in capsys.readouterr().out
    assert (
        pacesetter_main(
            ["export-data", "--user", "reporter-shuangcheng", "--plan", PLAN, "--period", "202311"]
        )
        == 0
    )
    assert "ZR-I10,350926100,202311,0.6,签约2个项目" in capsys.readouterr().out


def test_a_failing_import_lists_the_problems_writes_a_report_and_changes_nothing(demo, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(GOOD + f"ZR-I07,{SHUANGCHENG},202311,两个,\n", encoding="gb18030")
    report = tmp_path / "errors.xlsx"
    before, err = snapshot(), io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command(
            "import_data",
            str(path),
            "--user",
            "reporter-shuangcheng",
            "--error-report",
            str(report),
            stderr=err,
        )
    assert snapshot() == before
    assert "figures.csv\t4\tvalue\t“两个” is not a number." in err.getvalue()
    rows = list(workbook(report.read_bytes()).worksheets[0].iter_rows(values_only=True))
    assert rows[1] == ("figures.csv", 4, "value", "“两个” is not a number.")


def test_a_refused_file_is_a_command_error(demo, tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(CommandError, match="is not a spreadsheet"):
        call_command("import_data", str(path), "--user", "reporter-shuangcheng")
    with pytest.raises(CommandError, match="No active user"):
        call_command("import_data", str(path), "--user", "nobody")


def test_csv_export_parses_back_into_the_same_figures(demo):
    text = _export("--user", "office", "--period", "202310")
    rows = list(csv.DictReader(io.StringIO(text)))
    stored = _plan_values(demo, ["202310"])
    assert len(rows) == stored.count() > 0
    table = read_table("export.csv", text.encode("utf-8"))
    assert not table.errors
    assert {(r.indicator, r.orgunit, r.period, Decimal(r.value)) for r in table.rows} == {
        (v.measure.code, v.orgunit.code, v.period, v.value) for v in stored
    }


def test_xlsx_export_parses_back_and_is_written_to_the_output_file(demo, tmp_path):
    path = tmp_path / "export.xlsx"
    _export("--user", "office", "--period", "2023Q3", "--format", "xlsx", "--output", str(path))
    table = read_table(path.name, path.read_bytes())
    stored = _plan_values(demo, ["202307", "202308", "202309"])
    assert len(table.rows) == stored.count() > 0
    assert {(r.indicator, r.orgunit, r.period, Decimal(str(r.value))) for r in table.rows} == {
        (v.measure.code, v.orgunit.code, v.period, v.value) for v in stored
    }
    with pytest.raises(CommandError, match="--output"):
        _export("--user", "office", "--period", "202310", "--format", "xlsx")


def test_an_export_holds_only_what_the_user_may_read(demo):
    draft = datavalue_set(
        actor=User.objects.get(username="reporter-shuangcheng"),
        measure=Measure.objects.get(code="ZR-I10"),
        orgunit=OrgUnit.objects.get(code=SHUANGCHENG),
        period="202311",
        value=Decimal("0.6"),
    )
    assert draft.state == DataValue.State.DRAFT
    by_leader = _export("--user", "leader", "--period", "2023")
    assert "202310" in by_leader and "202311" not in by_leader  # a leader sees no drafts
    assert "202311" not in _export("--user", "office", "--period", "2023")  # nor the office
    assert "202311" in _export("--user", "reporter-shuangcheng", "--period", "2023")
    fuxi = list(csv.DictReader(io.StringIO(_export("--user", "reporter-fuxi", "--period", "2023"))))
    assert fuxi and {row["unit"] for row in fuxi} == {"350926101"}  # its own unit only
    Plan.objects.filter(code="ningde-2023").update(status=Plan.Status.DRAFT)
    with pytest.raises(CommandError, match="No plan with code ningde-2023"):  # a draft plan
        _export("--user", "reporter-fuxi", "--period", "2023", plan="ningde-2023")


def test_the_web_export_is_limited_the_same_way(login):
    response = login("reporter-fuxi").get(
        "/data/export/", {"plan": PLAN, "period": "202310", "format": "csv"}
    )
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the Chinese
    units = {
        row["unit"] for row in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
    }
    assert units == {"350926101"}


def test_a_figure_entered_once_serves_every_plan_that_tracks_its_measure(demo, tmp_path):
    # ZR-I10 is Zherong's I10 and Ningde's N1: 富溪镇 uploads it once, its report is accepted,
    # and both plan offices find the same figure in their plan's export. ZR-I07 is Zherong's.
    fuxi = OrgUnit.objects.get(code=FUXI)
    path = tmp_path / "figures.csv"
    path.write_text(
        "indicator,unit,period,value,comment\n"
        f"ZR-I10,{FUXI},202311,0.6,签约2个项目\nZR-I07,{FUXI},202311,1,\n",
        encoding="utf-8",
    )
    call_command("import_data", str(path), "--user", "reporter-fuxi", stdout=io.StringIO())
    report = report_submit(
        actor=User.objects.get(username="reporter-fuxi"),
        orgunit=fuxi,
        period=Period.parse("202311"),
    )  # no head: on to the office
    report_accept(actor=User.objects.get(username="office"), report=report)
    assert DataValue.objects.filter(orgunit=fuxi, period="202311").count() == 2

    def november(user, plan):
        rows = csv.DictReader(io.StringIO(_export("--user", user, "--period", "202311", plan=plan)))
        return {(r["indicator"], r["value"], r["comment"]) for r in rows if r["unit"] == FUXI}

    assert november("office", PLAN) == {("ZR-I10", "0.6", "签约2个项目"), ("ZR-I07", "1", "")}
    assert november("office-ningde", "ningde-2023") == {("ZR-I10", "0.6", "签约2个项目")}
