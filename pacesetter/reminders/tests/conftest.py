import pytest
from django.utils import translation

from pacesetter.notifications.tests.robot_server import robot_server  # noqa: F401 (a fixture)


@pytest.fixture(autouse=True)
def english():
    """The reminders' own English text (messages are written in the active language)."""
    with translation.override("en"):
        yield
