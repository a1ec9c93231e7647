"""繁體中文: the data (names of plans, units, users, indicators, task titles …) is shown in
traditional characters like the wording around it, never as stored in simplified."""

import pytest

from pacesetter.accounts.models import User
from pacesetter.core.script import to_traditional
from pacesetter.web.tests.polish import (
    ROLES,
    client_for,
    data_texts,
    load_full_demo,
    main_pages,
    parse,
    pattern,
)

pytestmark = [pytest.mark.django_db, pytest.mark.once]


@pytest.mark.parametrize(
    ("username", "url"),
    [
        ("office", "/plans/zherong-2023/"),
        ("office", "/tasks/"),
        ("reporter-gongxin", "/tasks/"),
        ("office", "/service/"),
        ("reporter-gongxin", "/entry/ZR-GXJ/202310/"),
    ],
)
def test_names_are_shown_in_traditional_characters(demo, username, url):
    load_full_demo(demo)
    html = client_for(username, language="zh-hant").get(url).content.decode()
    assert "柘榮縣" in html
    assert "柘荣县" not in html


def test_no_main_page_shows_data_in_simplified_characters(demo):
    load_full_demo(demo)
    simplified = {t for t in data_texts() if to_traditional(t) != t} - {"简体中文"}
    stored = pattern(simplified)
    left: dict[str, set[str]] = {}
    for username in ROLES:
        client = client_for(username, language="zh-hant")
        for url in main_pages(User.objects.get(username=username)):
            response = client.get(url, follow=True)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            for text in parse(response.content.decode()).texts:
                for match in stored.findall(text):
                    left.setdefault(match, set()).add(url)
    assert left == {}
