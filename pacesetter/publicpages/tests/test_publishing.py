"""The plan office chooses what its plan's public page shows; nobody else, and never a draft."""

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.core.exceptions import ConcurrentEdit, DomainError
from pacesetter.plans.models import Plan
from pacesetter.plans.services import plan_publishing_set, plan_version
from pacesetter.publicpages.tests.helpers import PLAN, text

pytestmark = pytest.mark.django_db
URL = f"/public/{PLAN}/settings/"
EVERYTHING = {"published": True, "targets": True, "status": True, "rankings": True}


def _client(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # messages read in their source words
    return client


def _plan() -> Plan:
    return Plan.objects.get(code=PLAN)


def test_the_defaults_publish_targets_status_and_bulletins_but_not_rankings(demo):
    plan = _plan()
    assert not plan.is_published
    assert (plan.publish_targets, plan.publish_status, plan.publish_bulletins) == (True,) * 3
    assert plan.publish_rankings is False


def test_the_plan_office_publishes_and_the_change_is_in_history(demo):
    office = _client("office")
    page = office.get(URL)
    assert page.status_code == 200
    form = {"published": "on", "targets": "on", "rankings": "on", "version": plan_version(_plan())}
    response = office.post(URL, form, follow=True)
    assert "The public page settings were saved." in text(response)
    plan = _plan()
    assert (plan.is_published, plan.publish_targets, plan.publish_status) == (True, True, False)
    assert (plan.publish_rankings, plan.publish_bulletins) == (True, False)
    latest = plan.history.latest()
    assert latest.history_user.username == "office"
    assert latest.history_change_reason
    assert Client().get(f"/public/{PLAN}/").status_code == 200


@pytest.mark.parametrize("username", ["leader", "reporter-fuxi", "head-shuangcheng"])
def test_others_are_told_the_page_does_not_exist(demo, username):
    client = _client(username)
    assert client.get(URL).status_code == 404
    assert client.post(URL, {"published": "on"}).status_code == 404
    assert not _plan().is_published


def test_the_service_refuses_those_who_do_not_manage_the_owner(demo):
    with pytest.raises(PermissionDenied):
        plan_publishing_set(
            User.objects.get(username="leader"), _plan(), **EVERYTHING, bulletins=True
        )
    assert not _plan().is_published


def test_a_visitor_is_sent_to_sign_in(demo):
    response = Client().get(URL)
    assert response.status_code == 302 and "/login/" in response.url


def test_a_draft_plan_cannot_be_published(demo):
    Plan.objects.filter(code=PLAN).update(status=Plan.Status.DRAFT)
    office = _client("office")
    assert "cannot be published" in text(office.get(URL))
    response = office.post(URL, {"published": "on", "targets": "on"}, follow=True)
    assert "A draft plan cannot be published" in text(response)
    assert not _plan().is_published
    with pytest.raises(DomainError):
        plan_publishing_set(
            User.objects.get(username="office"), _plan(), **EVERYTHING, bulletins=True
        )


def test_a_change_made_since_the_page_was_opened_is_not_overwritten(demo):
    seen = plan_version(_plan())
    office = User.objects.get(username="office")
    plan_publishing_set(office, _plan(), **EVERYTHING, bulletins=False)
    with pytest.raises(ConcurrentEdit):
        plan_publishing_set(office, _plan(), **EVERYTHING, bulletins=True, version=seen)
    assert _plan().publish_bulletins is False
    response = _client("office").post(URL, {"bulletins": "on", "version": seen}, follow=True)
    assert "Someone changed this plan" in text(response)
    assert _plan().is_published
