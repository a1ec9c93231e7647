"""Every page is sent with a strict content security policy, and no page carries inline script
or style the policy would block (a blocked handler or style fails silently in the browser)."""

from html.parser import HTMLParser

import pytest

from pacesetter.accounts.models import User

pytestmark = pytest.mark.django_db

POLICY = {
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
}
# Pages by who opens them; together they render every template of web/ and reporting/.
PAGES = {
    "leader": [
        "/",
        "/plans/zherong-2023/?period=202310",
        "/plans/zherong-2023/ranking/?period=202310",
        "/plans/zherong-2023/projects/",
        "/plans/zherong-2023/projects/XM01/",
        "/plans/zherong-2023/units/350926101/",
        "/reviews/",
        "/inbox/",
    ],
    "reporter-fuxi": ["/entry/", "/entry/350926101/202311/", "/data/"],
    "admin": ["/admin/", "/admin/plans/goal/", "/admin/accounts/user/", "/plan-import/"],
    None: ["/login/", "/api/docs", "/no-such-page/"],
}


class InlineFinder(HTMLParser):
    """Collects what a strict policy blocks: <style>, <script> without src (a JSON data block
    is not run and is allowed), style="" and on…="" attributes."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and not names.get("src") and names.get("type") != "application/json":
            self.found.append("<script> without src")
        for name, _value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")


def _inline(html: str) -> list[str]:
    finder = InlineFinder()
    finder.feed(html)
    return finder.found


def _indicator_page(client) -> str:
    # Any indicator of the dashboard: its page carries the chart.
    page = client.get("/plans/zherong-2023/?period=202310").content.decode()
    start = page.index('href="/plans/zherong-2023/indicators/')
    return page[start + 6 : page.index('"', start + 6)].replace("&amp;", "&")


@pytest.mark.parametrize("who", list(PAGES))
def test_pages_carry_the_policy_and_nothing_inline(client, demo, who):
    if who:
        client.force_login(User.objects.get(username=who))
    urls = PAGES[who] + ([_indicator_page(client)] if who == "leader" else [])
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code in (200, 404), url
        header = response["Content-Security-Policy"]
        assert {part.strip() for part in header.split(";")} == POLICY, url
        assert _inline(response.content.decode()) == [], url


def test_the_finder_sees_what_the_policy_blocks():
    html = (
        '<style>p{}</style><script>alert(1)</script><p style="color:red" onclick="x()">'
        '<script type="application/json">{}</script><script src="/static/a.js"></script>'
    )
    assert _inline(html) == [
        "<style>",
        "<script> without src",
        "<p style=…>",
        "<p onclick=…>",
    ]


def test_htmx_is_told_not_to_inject_its_indicator_style(client):
    page = client.get("/login/").content.decode()
    assert """<meta name="htmx-config" content='{"includeIndicatorStyles":false}'>""" in page
