"""No dead links: every same-site link on the main pages, for every demo role, opens (200,
or a redirect to a page that opens): never "not allowed" or "not found"."""

import pytest

from pacesetter.accounts.models import User
from pacesetter.web.tests.polish import (
    ROLES,
    client_for,
    load_full_demo,
    main_pages,
    parse,
    same_site,
)

pytestmark = [pytest.mark.django_db, pytest.mark.once]


def test_every_link_a_user_is_shown_opens(demo):
    load_full_demo(demo)
    dead = []
    for username in ROLES:
        client = client_for(username, language="zh-hans")
        links: dict[str, str] = {}
        for url in main_pages(User.objects.get(username=username)):
            response = client.get(url, follow=True)
            if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                for href in parse(response.content.decode()).links:
                    if same_site(href):
                        links.setdefault(href.split("#")[0], url)
        for href, found_on in links.items():
            status = client.get(href, follow=True).status_code
            if status != 200:
                dead.append((username, href, status, found_on))
    assert dead == []


@pytest.mark.parametrize(
    ("username", "shown", "hidden"),
    [
        ("reporter-gongxin", ["/entry/", "/data/", "/tasks/"], ["/reviews/", "/plan-import/"]),
        ("head-shuangcheng", ["/entry/", "/reviews/"], ["/plan-import/"]),
        ("leader", ["/tasks/"], ["/entry/", "/reviews/", "/data/", "/plan-import/"]),
        ("office", ["/reviews/", "/data/", "/tasks/", "/plan-import/"], ["/entry/"]),
        ("enterprise", ["/service/"], ["/entry/", "/reviews/", "/data/", "/tasks/"]),
    ],
)
def test_the_top_bar_offers_each_role_what_it_may_open(demo, username, shown, hidden):
    load_full_demo(demo)
    html = client_for(username).get("/inbox/").content.decode()
    top = parse(html[: html.index("</header>")]).links
    assert [h for h in shown if h not in top] == []
    assert [h for h in hidden if h in top] == []
