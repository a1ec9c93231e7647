import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from pacesetter.indicators.models import Indicator
from pacesetter.orgunits.models import OrgUnit
from pacesetter.planimport.models import Candidate, ImportedPlan
from pacesetter.planimport.tests.conftest import INLINE
from pacesetter.plans.models import Plan

pytestmark = pytest.mark.django_db
UPLOAD = "/plan-import/"


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    client.cookies["django_language"] = "en"  # the assertions read the source-language messages
    return client


def _review(draft) -> str:
    return f"/plan-import/{draft.pk}/"


@pytest.mark.parametrize(
    "name, status",
    [("office", 200), ("admin", 200), ("leader", 403), ("reporter-shuangcheng", 403)],
)
def test_only_those_who_manage_plans_see_the_upload_page(users, name, status):
    assert _client(users[name]).get(UPLOAD).status_code == status


def test_others_cannot_review_or_activate_a_draft(inline_draft, users):
    money = inline_draft.candidates.get(name="规上工业产值")
    for name in ("leader", "reporter-shuangcheng", "head-shuangcheng"):
        client = _client(users[name])
        assert client.get(_review(inline_draft)).status_code == 404
        assert client.post(_review(inline_draft) + "activate/").status_code == 404
        assert client.post(_review(inline_draft) + "accept-pending/").status_code == 404
        assert (
            client.post(
                _review(inline_draft) + f"candidates/{money.pk}/", {"action": "reject"}
            ).status_code
            == 404
        )
    assert not inline_draft.candidates.exclude(status="pending").exists()
    assert Plan.objects.get(pk=inline_draft.plan_id).status == "draft"
    assert _client(users["admin"]).get(_review(inline_draft)).status_code == 200


def test_a_plan_office_of_another_county_cannot_see_the_draft(inline_draft):
    from pacesetter.accounts.services import user_ensure

    other = user_ensure(
        username="office-fuan",
        password="x",
        orgunit=OrgUnit.objects.get(code="350981"),
        roles=["plan_office"],
        validate=False,
    )
    client = _client(other)
    assert client.get(_review(inline_draft)).status_code == 404
    assert inline_draft.plan.name not in client.get(UPLOAD).content.decode()


def test_uploading_a_file_makes_a_draft_and_shows_its_review(users, county):
    file = SimpleUploadedFile("示例计划.txt", INLINE.encode("gb18030"))
    response = _client(users["office"]).post(
        UPLOAD, {"owner": county.pk, "year": 2023, "document": file}
    )
    draft = ImportedPlan.objects.get()
    assert response.status_code == 302 and response["Location"] == _review(draft)
    assert (draft.plan.name, draft.plan.status, draft.file_name) == (
        "2023年工作目标",  # the document's title line, not the file's name
        "draft",
        "示例计划.txt",
    )
    page = _client(users["office"]).get(_review(draft)).content.decode()
    money = draft.candidates.get(name="规上工业产值")
    anchor = f'<span class="anchor" id="q-{money.pk}"></span>'
    assert anchor + f'<mark class="q-pending" data-c="{money.pk}"' in page
    assert "规上工业产值突破50亿元</mark>" in page
    assert f'href="#q-{money.pk}"' in page
    # The document's markup is shown as text, never run.
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; A&amp;B" in page
    assert "<script>alert" not in page


def test_pasted_text_without_a_title_line_needs_a_name(users, county):
    untitled = INLINE.split("\n", 1)[1]
    response = _client(users["office"]).post(
        UPLOAD, {"owner": county.pk, "year": 2023, "text": untitled}
    )
    assert response.status_code == 400 and not ImportedPlan.objects.exists()
    assert "no title line" in response.content.decode()
    response = _client(users["office"]).post(
        UPLOAD, {"owner": county.pk, "year": 2023, "text": INLINE}
    )
    assert response.status_code == 302
    assert ImportedPlan.objects.get().plan.name == "2023年工作目标"


def test_a_file_without_a_title_is_named_by_the_file(users, county):
    file = SimpleUploadedFile("示例计划.txt", INLINE.split("\n", 1)[1].encode("utf-8"))
    _client(users["office"]).post(UPLOAD, {"owner": county.pk, "year": 2023, "document": file})
    assert ImportedPlan.objects.get().plan.name == "示例计划"


def test_the_proposed_name_can_be_changed_while_a_draft(inline_draft, users):
    client = _client(users["office"])
    response = client.post(_review(inline_draft) + "name/", {"name": "  柘荣县2023年目标 "})
    assert response.status_code == 302
    assert Plan.objects.get(pk=inline_draft.plan_id).name == "柘荣县2023年目标"
    page = client.post(_review(inline_draft) + "name/", {"name": " "}, follow=True)
    assert "Give the plan a name." in page.content.decode()
    assert Plan.objects.get(pk=inline_draft.plan_id).name == "柘荣县2023年目标"
    leader = _client(users["leader"])
    assert leader.post(_review(inline_draft) + "name/", {"name": "x"}).status_code == 404


def test_an_unreadable_upload_says_why_and_creates_nothing(users, county):
    plans = Plan.objects.count()
    file = SimpleUploadedFile("plan.pdf", b"%PDF-1.4 nothing here")
    response = _client(users["office"]).post(
        UPLOAD, {"owner": county.pk, "year": 2023, "document": file}
    )
    assert response.status_code == 400
    assert re.search(r'role="alert">plan\.pdf[^<]*PDF', response.content.decode())
    assert Plan.objects.count() == plans and not ImportedPlan.objects.exists()


def test_a_unit_outside_ones_scope_cannot_own_the_draft(users):
    response = _client(users["office"]).post(
        UPLOAD,
        {"owner": OrgUnit.objects.get(code="350981").pk, "year": 2023, "text": INLINE, "name": "x"},
    )
    assert response.status_code == 400 and not ImportedPlan.objects.exists()


def test_editing_accepting_and_activating_through_the_pages(inline_draft, users):
    client = _client(users["office"])
    money = inline_draft.candidates.get(name="规上工业产值")
    url = _review(inline_draft) + f"candidates/{money.pk}/"
    fields = {
        "name": "规模以上工业产值",
        "comparator": ">=",
        "value": "abc",
        "unit": "亿元",
        "year": "2023",
        "action": "accept",
    }
    response = client.post(url, fields)
    assert response.status_code == 400 and 'role="alert"' in response.content.decode()
    response = client.post(url, {**fields, "value": "55"})
    assert response["Location"] == _review(inline_draft) + f"#c-{money.pk}"
    money.refresh_from_db()
    assert (money.name, money.value, money.status) == ("规模以上工业产值", 55, "accepted")

    response = client.post(_review(inline_draft) + "activate/", follow=True)
    assert f"#{money.number} “规模以上工业产值”" in response.content.decode()
    unit = OrgUnit.objects.get(code="ZR-GXJ")
    client.post(_review(inline_draft) + "lead-unit/", {"unit": unit.pk})
    response = client.post(_review(inline_draft) + "activate/")
    plan = Plan.objects.get(pk=inline_draft.plan_id)
    assert response["Location"] == f"/plans/{plan.code}/" and plan.status == "active"
    assert list(Indicator.objects.filter(goal__plan=plan).values_list("name", flat=True)) == [
        "规模以上工业产值"
    ]
    assert "规模以上工业产值" in client.get(f"/plans/{plan.code}/").content.decode()
    # Once active the review is read-only.
    assert client.post(url, {"action": "reject"}).status_code == 302
    assert Candidate.objects.get(pk=money.pk).status == "accepted"


def test_merging_through_the_page(inline_draft, users):
    keep = inline_draft.candidates.get(name="城南片区旧城改造工程")
    other = inline_draft.candidates.get(name="县城污水处理厂扩建工程")
    _client(users["office"]).post(
        _review(inline_draft) + f"candidates/{other.pk}/merge/", {"into": keep.pk}
    )
    other.refresh_from_db()
    assert (other.status, other.merged_into_id) == ("merged", keep.pk)
