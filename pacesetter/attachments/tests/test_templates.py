"""The pieces other pages include: an object's files, and the form only for those who may add."""

from django.template import Context, Template
from django.test import RequestFactory

from pacesetter.attachments.services import attach

from .conftest import png_bytes, upload

PAGE = Template(
    "{% load attachments %}{% attachments_for obj as items %}"
    "{% include 'attachments/_list.html' %}{% attachment_form obj '/back/' %}"
)


def _render(user, obj) -> str:
    request = RequestFactory().get("/projects/")
    request.user = user
    return PAGE.render(Context({"obj": obj, "request": request, "csrf_token": "t"}))


def test_the_list_links_each_file_and_the_form_posts_to_the_owner(world):
    kept = attach(
        actor=world["reporter"], obj=world["problem"], upload=upload("现场.png", png_bytes())
    )
    html = _render(world["reporter"], world["problem"])
    assert f'href="/attachments/{kept.pk}/"' in html and "现场.png" in html
    assert f'action="/attachments/upload/projects.problem/{world["problem"].pk}/"' in html
    assert 'enctype="multipart/form-data"' in html and 'value="/back/"' in html
    assert 'type="file" name="file"' in html


def test_a_reader_who_may_not_add_sees_no_form(world):
    html = _render(world["office"], world["problem"])
    assert "No files attached." in html
    assert "<form" not in html
