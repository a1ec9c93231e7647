import html
import re

import pytest
from django.urls import reverse

from pacesetter.demo.tests.test_demo import SEED_TARGETS

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_an_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_wrong_password_is_refused_with_a_message(client, demo):
    response = client.post(reverse("login"), {"username": "office", "password": "nope"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_office_sees_every_seed_target_with_its_figure_and_unit(client, demo):
    response = client.post(
        reverse("login"), {"username": "office", "password": "pacesetter-demo"}, follow=True
    )
    text = _text(response)
    assert "柘荣县2023年" in text
    for name, (_cmp, value, unit) in SEED_TARGETS.items():
        assert re.search(re.escape(name) + r".{0,40}?" + re.escape(f"{value} {unit}"), text), name


def test_the_plan_page_shows_latest_values_and_completion_as_of_october(client, demo):
    _login(client, "leader")
    text = _text(client.get(reverse("plan_detail", args=["zherong-2023"])))
    assert "2023-10" in text
    assert re.search(r"刀剪产业产值 .*?\d+(\.\d+)? 亿元 \( ?2023-10 ?\) .*?\d+\.\d%", text)


def test_choosing_an_earlier_month_lowers_the_cumulative_values(client, demo):
    _login(client, "leader")
    url = reverse("plan_detail", args=["zherong-2023"])

    def knives(period):
        text = _text(client.get(url, {"period": period}))
        return float(re.search(r"刀剪产业产值 > 21 亿元 ([\d.,]+) 亿元", text).group(1))

    assert knives("202303") < knives("202310")


def test_an_unknown_plan_is_not_found(client, demo):
    _login(client, "leader")
    assert client.get(reverse("plan_detail", args=["nope"])).status_code == 404


def test_the_interface_speaks_simplified_chinese_by_default(client, demo):
    assert "登录" in client.get(reverse("login")).content.decode()
    _login(client, "leader")
    text = _text(client.get(reverse("plan_detail", args=["zherong-2023"])))
    assert "完成率" in text and "牵头单位" in text and "重点项目" in text


def test_projects_show_investment_against_this_years_plan(client, demo):
    _login(client, "leader")
    text = _text(client.get(reverse("plan_detail", args=["zherong-2023"])))
    assert re.search(
        r"县医院整体搬迁 1 个待解决问题 续建 15,000 万元 [\d,.]+ 万元 .*?\d+\.\d%", text
    )


def test_an_english_browser_still_gets_chinese_until_the_user_switches(client, demo):
    assert "登录" in client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    assert "Sign in" in client.get(reverse("login")).content.decode()
    client.post("/i18n/setlang/", {"language": "zh-hant", "next": "/login/"})
    assert "登錄" in client.get(reverse("login")).content.decode()


def _login(client, username):
    from pacesetter.accounts.models import User

    client.force_login(User.objects.get(username=username))


def test_the_nine_counties_of_ningde_are_ranked_with_movement(client, demo):
    _login(client, "leader")
    # September: the demo's counties change places then (October's order is September's).
    text = _text(client.get("/plans/ningde-2023/ranking/?period=202309"))
    counties = [
        "蕉城区",
        "福安市",
        "福鼎市",
        "霞浦县",
        "古田县",
        "屏南县",
        "寿宁县",
        "周宁县",
        "柘荣县",
    ]
    assert all(c in text for c in counties)
    assert "↑" in text and "↓" in text


def test_home_opens_the_plan_of_the_users_own_county(client, demo):
    _login(client, "reporter-fuxi")
    assert client.get("/").url == "/plans/zherong-2023/"


def test_the_dashboard_reads_accepted_figures_and_marks_octobers_missing_reports(client, demo):
    _login(client, "leader")
    text = _text(client.get(reverse("plan_detail", args=["zherong-2023"]), {"period": "202310"}))
    assert "仅统计已审核的数据" in text
    # Two of the nine towns reporting 新签约 investment have not reported October yet.
    assert re.search(r"新签约工业、服务业项目投资 .*? \? 未报送 ◔ 2023-10：2 个单位尚未报送", text)
    assert re.search(r"黄柏乡 [\d/ .()%]+ ◔ 尚未报送", text)  # the completeness table


def test_the_indicator_page_marks_the_units_that_have_not_reported(client, demo):
    _login(client, "leader")
    text = _text(client.get("/plans/zherong-2023/indicators/I10/", {"period": "202310"}))
    assert "仅统计已审核的数据" in text
    assert re.search(r"双城镇 ◔ 尚未报送 ≥ 6", text) and not re.search(r"富溪镇 ◔", text)
