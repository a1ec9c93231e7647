"""What the polish tests share: the main pages each demo role opens, the visible text and the
links of a page, and the data (texts stored in the database) to tell apart from wording."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from django.apps import apps
from django.conf import settings
from django.db import connection, models
from django.test import Client

from pacesetter.accounts.models import User
from pacesetter.indicators.models import Indicator
from pacesetter.projects.models import Project
from pacesetter.supervision.models import Task

ROLES = [
    "admin",
    "office",
    "office-ningde",
    "leader",
    "head-shuangcheng",
    "reporter-gongxin",
    "reporter-zherong",
    "enterprise",
]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
PERIOD = "202310"


def load_full_demo(plan) -> None:
    """The demo as `pacesetter demo` loads it: supervision tasks and the service desk too."""
    from pacesetter.demo.supervision import load_demo_supervision

    load_demo_supervision(plan)


def client_for(username: str, language: str = "en") -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def main_pages(user) -> list[str]:
    """The pages a user opens from the top bar and the plan page, whether or not they may."""
    indicator = Indicator.objects.filter(goal__plan__code="zherong-2023").order_by("pk").first()
    project = Project.objects.filter(plan__code="zherong-2023").order_by("pk").first()
    task = Task.objects.order_by("pk").first()
    unit = user.orgunit.code if user.orgunit else "ZR-GXJ"
    pages = [
        "/",
        "/plans/zherong-2023/",
        f"/plans/zherong-2023/indicators/{indicator.code}/",
        f"/plans/zherong-2023/units/{unit}/",
        f"/plans/zherong-2023/projects/{project.code}/",
        "/plans/zherong-2023/projects/",
        "/plans/zherong-2023/ranking/",
        "/plans/ningde-2023/",
        "/plans/ningde-2023/ranking/",
        "/plans/zherong-2023/bulletin/?period=202310",
        "/brief/",
        "/entry/",
        f"/entry/{unit}/{PERIOD}/",
        "/reviews/",
        "/data/",
        "/tasks/",
        "/service/",
        "/service/queue/",
        "/inbox/",
        "/plan-import/",
    ]
    if task is not None:
        pages.append(f"/tasks/{task.code}/")
    return pages


class _Page(HTMLParser):
    # Attributes a reader meets as text: tooltips, placeholders, names read out by a screen reader.
    SHOWN = ("title", "placeholder", "aria-label", "alt")

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._hidden += 1
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        self.texts += [attributes[name] for name in self.SHOWN if attributes.get(name)]
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.texts.append(attributes.get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.texts.append(data.strip())


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def data_texts() -> set[str]:
    """Every stored text with Chinese in it (line by line): names, titles, comments, choices a
    plan defines. Language names stay in their own language (the language switcher)."""
    found = {name for _code, name in settings.LANGUAGES}
    tables = set(connection.introspection.table_names())
    for model in apps.get_models():
        if model._meta.db_table not in tables:
            continue  # an app whose migration is still being written
        fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, (models.CharField, models.TextField)) and not f.choices
        ]
        for field in fields:
            for value in model.objects.exclude(**{field: ""}).values_list(field, flat=True):
                if value and CJK.search(value):
                    found.update(line.strip() for line in str(value).splitlines() if line.strip())
    return found


def pattern(texts) -> re.Pattern[str]:
    """Any of ``texts``, the longest first."""
    ordered = sorted(texts, key=len, reverse=True)
    return re.compile("|".join(re.escape(text) for text in ordered))


def same_site(href: str) -> bool:
    """A link the crawler follows: on this site, a page (no static file, download or sign out)."""
    if not href.startswith("/") or href.startswith("//"):
        return False
    path = href.split("#")[0].split("?")[0]
    skipped = ("/static/", "/logout/", "/admin/", "/api/", "/attachments/")
    downloads = (".xlsx", ".docx", ".pdf", ".csv", "/template/", "/export/")
    return not path.startswith(skipped) and not path.endswith(downloads)
