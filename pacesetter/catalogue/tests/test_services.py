import pytest

from pacesetter.catalogue.models import Measure
from pacesetter.catalogue.services import measure_for
from pacesetter.orgunits.services import orgunit_ensure

pytestmark = pytest.mark.django_db


@pytest.fixture
def output():
    return measure_for(
        code="ZR-I01",
        name="刀剪产业产值",
        unit="亿元",
        definition="规模以上刀剪企业产值",
        direction="higher",
    )


def test_the_same_code_finds_the_catalogued_measure_whatever_the_name(output):
    assert measure_for(code="ZR-I01", name="刀剪产值", unit="万元") == output
    assert Measure.objects.count() == 1


def test_without_a_known_code_the_same_name_and_unit_is_the_same_measure(output):
    assert measure_for(name="刀剪产业产值", unit="亿元") == output
    assert measure_for(code="ND-N1", name="刀剪产业产值", unit="亿元") == output
    assert Measure.objects.count() == 1


def test_the_same_name_in_another_unit_is_another_measure(output):
    other = measure_for(name="刀剪产业产值", unit="万元")
    assert other != output
    assert Measure.objects.count() == 2


def test_reusing_a_measure_never_changes_its_definition(output):
    found = measure_for(
        name="刀剪产业产值",
        unit="亿元",
        value_type="percent",
        direction="lower",
        definition="另一种口径",
        additive=False,
    )
    found.refresh_from_db()
    assert (found.value_type, found.direction, found.definition, found.additive) == (
        "number",
        "higher",
        "规模以上刀剪企业产值",
        True,
    )
    assert found.history.count() == 1  # created once, never edited


def test_a_new_measure_without_a_code_gets_the_next_free_catalogue_code():
    first = measure_for(name="森林覆盖率", unit="%", value_type="percent")
    second = measure_for(name="新增就业", unit="人")
    assert (first.code, second.code) == ("M0001", "M0002")
    Measure.objects.create(code="M0003", name="手工登记", unit="个")
    assert measure_for(name="招商项目", unit="个").code == "M0004"


def test_a_new_measure_keeps_the_code_and_fields_it_was_given():
    owner = orgunit_ensure(code="350926", name="柘荣县", kind="county")
    made = measure_for(
        code="ZR-I05",
        name="城镇调查失业率",
        unit="%",
        value_type="percent",
        aggregation="last",
        direction="lower",
        owner=owner,
    )
    made.refresh_from_db()
    assert (made.code, made.aggregation, made.direction, made.owner) == (
        "ZR-I05",
        "last",
        "lower",
        owner,
    )


@pytest.mark.parametrize(
    ("value_type", "additive"),
    [("number", True), ("count", True), ("percent", False), ("milestone", False)],
)
def test_rates_and_milestones_are_not_summed_over_units(value_type, additive):
    assert measure_for(name="指标", unit="个", value_type=value_type).additive is additive


def test_an_explicit_additive_wins_over_the_value_type():
    assert measure_for(name="人均收入", unit="元", additive=False).additive is False


def test_the_admin_lists_and_searches_the_catalogue(admin_client, output):
    measure_for(name="森林覆盖率", unit="%", value_type="percent")
    page = admin_client.get("/admin/catalogue/measure/")
    assert page.status_code == 200
    assert "ZR-I01" in page.content.decode() and "森林覆盖率" in page.content.decode()
    found = admin_client.get("/admin/catalogue/measure/", {"q": "刀剪"}).content.decode()
    assert "ZR-I01" in found and "森林覆盖率" not in found
    assert admin_client.get(f"/admin/catalogue/measure/{output.pk}/change/").status_code == 200
    assert admin_client.get("/admin/catalogue/measure/add/").status_code == 200
