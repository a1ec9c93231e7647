import pytest
from django.core.management import call_command
from django.test import Client

from pacesetter.web.management.commands.serve import IGNORED


@pytest.mark.parametrize(
    "asset", ["vendor/htmx/htmx.min.js", "vendor/echarts/echarts.min.js", "web/pacesetter.css"]
)
def test_front_end_assets_are_served_by_the_application_itself(settings, tmp_path, asset):
    settings.STATIC_ROOT = tmp_path
    call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=IGNORED)
    response = Client().get(f"/static/{asset}")
    assert response.status_code == 200
    assert len(b"".join(response.streaming_content)) > 1000
