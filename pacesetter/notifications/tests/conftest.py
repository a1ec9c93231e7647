import pytest

from pacesetter.accounts.models import RoleAssignment, User
from pacesetter.notifications.tests.robot_server import robot_server  # noqa: F401 (a fixture)
from pacesetter.orgunits.models import OrgUnit


@pytest.fixture
def county(db) -> OrgUnit:
    return OrgUnit.objects.add_root({"code": "350926", "name": "柘荣县", "kind": "county"})


@pytest.fixture
def reporter(county) -> User:
    user = User.objects.create_user("reporter", email="reporter@example.gov.cn", orgunit=county)
    RoleAssignment.objects.create(user=user, role="reporter", orgunit=county)
    return user
