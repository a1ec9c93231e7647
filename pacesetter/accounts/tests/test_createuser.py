import pytest
from django.core.management import CommandError, call_command

from pacesetter.accounts.models import RoleAssignment, User
from pacesetter.orgunits.services import orgunit_ensure

pytestmark = pytest.mark.django_db


def test_createuser_gives_a_role_over_a_unit():
    orgunit_ensure(code="Z1", name="双城镇", kind="township")
    call_command(
        "createuser",
        "wang",
        "--unit",
        "Z1",
        "--role",
        "reporter",
        "--password",
        "a-long-pass-phrase-9",
    )
    user = User.objects.get(username="wang")
    assert user.check_password("a-long-pass-phrase-9")
    assert list(RoleAssignment.objects.values_list("role", "orgunit__code")) == [("reporter", "Z1")]


def test_createuser_refuses_a_weak_password_and_creates_nobody():
    orgunit_ensure(code="Z1", name="双城镇", kind="township")
    with pytest.raises(CommandError, match="password refused"):
        call_command(
            "createuser", "wang", "--unit", "Z1", "--role", "reporter", "--password", "123"
        )
    assert not User.objects.filter(username="wang").exists()


def test_createuser_names_an_unknown_unit():
    with pytest.raises(CommandError, match="no org unit with code 'X9'"):
        call_command("createuser", "wang", "--unit", "X9", "--role", "reporter", "--password", "x")
