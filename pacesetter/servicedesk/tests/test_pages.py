import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pacesetter.attachments.selectors import attachments_of
from pacesetter.servicedesk import services as sd
from pacesetter.servicedesk.models import Category, ServiceRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def filed(desk) -> ServiceRequest:
    return sd.request_file(
        actor=desk["enterprise"],
        category=Category.objects.get(code="SPFW"),
        title="食品经营许可咨询",
        description="新开门店需要哪些材料？",
    )


def test_an_enterprise_files_a_request_with_a_file_from_the_desk_page(client, desk):
    client.force_login(desk["enterprise"])
    page = client.get("/service/")
    assert page.status_code == 200 and "审批服务" in page.content.decode()
    category = Category.objects.get(code="ZSYZ")
    upload = SimpleUploadedFile("清单.txt", "营业执照\n".encode(), content_type="text/plain")
    response = client.post(
        "/service/",
        {"category": category.pk, "title": "厂房租赁政策", "description": "请介绍", "file": upload},
    )
    request = ServiceRequest.objects.get(title="厂房租赁政策")
    assert response.status_code == 302 and response.url == f"/service/r/{request.code}/"
    assert request.unit.code == "ZR-SWJ" and request.filed_by == desk["enterprise"]
    assert [a.name for a in attachments_of(request)] == ["清单.txt"]
    page = client.get(response.url).content.decode()
    assert "厂房租赁政策" in page and "清单.txt" in page


def test_a_bad_filing_says_why_and_files_nothing(client, desk):
    client.force_login(desk["enterprise"])
    before = ServiceRequest.objects.count()
    category = Category.objects.get(code="ZSYZ")
    response = client.post("/service/", {"category": category.pk, "title": "", "description": ""})
    assert response.status_code == 400 and 'role="alert"' in response.content.decode()
    exe = SimpleUploadedFile("说明.pdf", b"MZ\x90\x00" + b"\x00" * 64)
    response = client.post(
        "/service/", {"category": category.pk, "title": "t", "description": "d", "file": exe}
    )
    assert response.status_code == 400 and 'role="alert"' in response.content.decode()
    assert ServiceRequest.objects.count() == before


def test_another_enterprise_or_unit_cannot_see_a_request(client, desk, filed):
    for who in ("enterprise-2", "reporter-fuxi"):
        client.force_login(desk[who])
        assert client.get(f"/service/r/{filed.code}/").status_code == 404
        assert filed.code not in client.get("/service/").content.decode()
        assert client.post(f"/service/r/{filed.code}/reply/", {"text": "x"}).status_code == 404
    for who in ("enterprise", "reporter-shenpi", "office", "leader"):
        client.force_login(desk[who])
        assert client.get(f"/service/r/{filed.code}/").status_code == 200, who


def test_the_unit_answers_from_its_queue_and_the_office_escalates(client, desk, filed):
    client.force_login(desk["reporter-shenpi"])
    queue = client.get("/service/queue/").content.decode()
    assert filed.code in queue
    response = client.post(
        f"/service/r/{filed.code}/reply/",
        {"text": "请携带身份证原件", "version": filed.version, "next": "/service/queue/"},
    )
    assert response.status_code == 302 and response.url == "/service/queue/"
    filed.refresh_from_db()
    assert filed.state == "answered"
    # A leader sees the request but may not answer it: refused like a missing page.
    client.force_login(desk["leader"])
    assert client.post(f"/service/r/{filed.code}/resolve/", {"text": "x"}).status_code == 404
    client.force_login(desk["office"])
    page = client.get(f"/service/r/{filed.code}/").content.decode()
    assert 'id="escalate"' in page
    response = client.post(f"/service/r/{filed.code}/escalate/", {"deadline": "2020-01-01"})
    filed.refresh_from_db()
    assert filed.task is None  # a past deadline is refused with a message
    assert "error" in client.get(response.url).content.decode()
    client.post(
        f"/service/r/{filed.code}/escalate/", {"deadline": "2099-01-01", "priority": "high"}
    )
    filed.refresh_from_db()
    assert filed.state == "escalated" and filed.task.priority == "high"
    assert filed.task.code in client.get(f"/service/r/{filed.code}/").content.decode()


def test_the_metrics_page_shows_units_and_categories(client, desk, filed):
    client.force_login(desk["office"])
    page = client.get("/service/metrics/?since=2000-01-01&until=2099-12-31").content.decode()
    assert "县行政审批服务局" in page and "审批服务" in page
    assert client.get("/service/metrics/?since=nonsense").status_code == 200
    client.force_login(desk["enterprise"])
    assert client.get("/service/metrics/").status_code == 404


def test_the_demo_desk_loads_once(desk):
    from pacesetter.orgunits.models import OrgUnit
    from pacesetter.servicedesk.demo import load_demo_desk

    states = sorted(ServiceRequest.objects.filter(is_demo=True).values_list("state", flat=True))
    assert states == ["answered", "answered", "closed", "escalated", "filed"]
    assert set(Category.objects.values_list("name", flat=True)) == {
        "审批服务",
        "招商引资",
        "项目安征迁",
        "乡村振兴",
    }
    load_demo_desk(OrgUnit.objects.get(code="350926"))
    assert ServiceRequest.objects.filter(is_demo=True).count() == 5
