"""A form's "back to" address is a path of this site or nothing: never another host, and never
a bare word (a redirect would look it up as a view name and fail with a 500)."""

import pytest
from django.test import RequestFactory

from pacesetter.core.redirects import local_path


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/entry/ZR-GXJ/202311/", "/entry/ZR-GXJ/202311/"),
        ("abc", None),
        ("", None),
        ("//evil.example/x", None),
        ("https://evil.example/", None),
        ("/\\evil.example", None),
    ],
)
def test_only_paths_of_this_site_are_followed(target, expected):
    request = RequestFactory().post("/tasks/x/step/report/")
    assert local_path(request, target) == expected
