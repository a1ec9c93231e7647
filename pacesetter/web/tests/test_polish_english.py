"""English mode: every main page, for every demo role, shows no Chinese wording of its own;
only the data (names of plans, units, indicators…, stored as entered) stays Chinese."""

import pytest

from pacesetter.accounts.models import User
from pacesetter.web.tests.polish import (
    CJK,
    ROLES,
    client_for,
    data_texts,
    load_full_demo,
    main_pages,
    parse,
    pattern,
)

pytestmark = [pytest.mark.django_db, pytest.mark.once]


def test_english_pages_show_no_chinese_interface_wording(demo):
    load_full_demo(demo)
    data = pattern(data_texts())
    left: dict[str, set[str]] = {}
    for username in ROLES:
        client = client_for(username)
        for url in main_pages(User.objects.get(username=username)):
            response = client.get(url, follow=True)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            for text in parse(response.content.decode()).texts:
                for run in CJK.findall(data.sub("", text)):
                    left.setdefault(f"{run} «{text[:60]}»", set()).add(url)
    assert left == {}
