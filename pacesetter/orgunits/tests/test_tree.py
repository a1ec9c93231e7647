import pytest

from pacesetter.orgunits.models import OrgUnit
from pacesetter.orgunits.selectors import orgunit_siblings, orgunit_subtree
from pacesetter.orgunits.services import orgunit_ensure

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    province = orgunit_ensure(code="P", name="福建省", kind="province")
    city = orgunit_ensure(code="C", name="宁德市", kind="city", parent=province)
    zherong = orgunit_ensure(code="Z", name="柘荣县", kind="county", parent=city)
    fuding = orgunit_ensure(code="F", name="福鼎市", kind="county", parent=city)
    town = orgunit_ensure(code="Z1", name="双城镇", kind="township", parent=zherong)
    orgunit_ensure(code="Z1V", name="城关村", kind="village", parent=town)
    orgunit_ensure(code="Z2", name="富溪镇", kind="township", parent=zherong)
    orgunit_ensure(code="F1", name="桐城街道", kind="township", parent=fuding)
    return zherong


def test_subtree_of_zherong_holds_its_towns_and_villages_only(tree):
    names = set(orgunit_subtree(root=tree).values_list("name", flat=True))
    assert names == {"柘荣县", "双城镇", "城关村", "富溪镇"}


def test_subtree_can_leave_out_the_root(tree):
    assert "柘荣县" not in set(
        orgunit_subtree(root=tree, include_self=False).values_list("name", flat=True)
    )


def test_subtree_is_one_query(tree, django_assert_num_queries):
    with django_assert_num_queries(1):
        list(orgunit_subtree(root=tree))


def test_siblings_are_the_units_a_ranking_compares(tree):
    town = OrgUnit.objects.get(code="Z1")
    assert set(orgunit_siblings(unit=town).values_list("code", flat=True)) == {"Z1", "Z2"}


def test_ensure_does_not_duplicate_and_keeps_names_current(tree):
    orgunit_ensure(code="Z1", name="双城镇（新）", kind="township", parent=tree)
    assert OrgUnit.objects.filter(code="Z1").count() == 1
    assert OrgUnit.objects.get(code="Z1").name == "双城镇（新）"
