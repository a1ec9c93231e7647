"""Publishing keeps the bulletin as it was: figures accepted later change the draft, never
the published copy; only the plan office publishes; a draft plan has nothing to publish."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command

from pacesetter.accounts.services import user_ensure
from pacesetter.analytics.tests import worlds
from pacesetter.bulletins.content import build_bulletin
from pacesetter.bulletins.models import PublishedBulletin
from pacesetter.bulletins.selectors import published_file, published_for
from pacesetter.bulletins.services import bulletin_publish
from pacesetter.core.periods import Period
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
FEBRUARY = Period.month(2023, 2)


@pytest.fixture
def world():
    u = worlds.units()
    plan = worlds.plan(u["Z"])
    m = worlds.measure("M1")
    worlds.indicator(plan, "I1", m, u["Z1"], target=120)
    worlds.report(u["Z1"], "202301", {m: 10})
    office = user_ensure(
        username="office-z", password="x", orgunit=u["Z"], roles=["plan_office"], validate=False
    )
    reporter = user_ensure(
        username="rep-z1", password="x", orgunit=u["Z1"], roles=["reporter"], validate=False
    )
    return plan, m, u, office, reporter


def _actual(bulletin):
    return bulletin.section("indicators").tables[0].rows[0][3]


def test_published_copy_stays_as_published(world):
    plan, m, u, office, _ = world
    published = bulletin_publish(office, plan=plan, period=FEBRUARY)
    files = {fmt: published_file(published, fmt)[0] for fmt in ("docx", "pdf", "xlsx")}
    assert files["pdf"].startswith(b"%PDF") and files["docx"][:2] == b"PK"
    worlds.report(u["Z1"], "202302", {m: 25})  # February's figure arrives after publishing
    draft = build_bulletin(plan=plan, period=FEBRUARY)
    assert _actual(draft) == 35.0
    kept = PublishedBulletin.objects.get(pk=published.pk)
    assert kept.content["sections"][1]["tables"][0]["rows"][0][3] == 10.0
    assert {fmt: bytes(getattr(kept, fmt)) for fmt in files} == files
    assert list(published_for(plan)) == [published]


def test_only_the_plan_office_publishes(world):
    plan, *_, reporter = world
    with pytest.raises(PermissionDenied):
        bulletin_publish(reporter, plan=plan, period=FEBRUARY)
    assert not PublishedBulletin.objects.exists()


def test_a_draft_plan_or_a_month_outside_it_is_refused(world):
    plan, *_, office, _reporter = world
    with pytest.raises(ValidationError):
        bulletin_publish(office, plan=plan, period=Period.month(2024, 1))
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.DRAFT)
    plan.refresh_from_db()
    with pytest.raises(ValidationError):
        bulletin_publish(office, plan=plan, period=FEBRUARY)
    assert not PublishedBulletin.objects.exists()


def test_command_writes_each_format(world, tmp_path, capsys):
    plan, *_ = world
    for fmt, magic in (("docx", b"PK"), ("pdf", b"%PDF"), ("xlsx", b"PK")):
        out = tmp_path / f"b.{fmt}"
        call_command("bulletin", plan=plan.code, period="202302", format=fmt, output=str(out))
        assert out.read_bytes().startswith(magic)
    assert "b.xlsx" in capsys.readouterr().out


@pytest.mark.parametrize(
    "options, message",
    [
        ({"plan": "nope", "period": "202302"}, "No plan"),
        ({"plan": "p", "period": "2023-02x"}, "not a period"),
        ({"plan": "p", "period": "202401"}, "not a month of this plan"),
    ],
)
def test_command_refuses_bad_input_clearly(world, tmp_path, options, message):
    with pytest.raises(CommandError, match=message):
        call_command("bulletin", output=str(tmp_path / "x.docx"), **options)
    assert not (tmp_path / "x.docx").exists()
