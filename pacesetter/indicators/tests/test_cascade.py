"""目标分解: the plan office splits a target among the units below; a county adopts its share."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from pacesetter.accounts.models import User
from pacesetter.core.exceptions import DomainError
from pacesetter.indicators import services
from pacesetter.indicators.models import Indicator, Target
from pacesetter.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db


def _i10(demo) -> Indicator:
    return Indicator.objects.get(goal__plan=demo, code="I10")


def test_the_running_check_says_what_is_left_to_assign(demo, client):
    office = User.objects.get(username="office")
    indicator = _i10(demo)
    towns = {u.code: u for u in services.split_units(indicator=indicator)}
    parts = {towns["350926100"].pk: Decimal(20), towns["350926101"].pk: Decimal(5)}
    result = services.target_split(actor=office, indicator=indicator, year=2023, parts=parts)
    assert (result.whole, result.parts, result.gap, result.covered) == (30, 25, 5, False)
    parts[towns["350926200"].pk] = Decimal(6)
    result = services.target_split(actor=office, indicator=indicator, year=2023, parts=parts)
    assert result.covered and result.excess == 1
    assert (
        Target.objects.get(indicator=indicator, year=2023, orgunit=towns["350926100"]).value == 20
    )
    # the page shows the same check, live, without saving anything
    client.force_login(office)
    before = Target.objects.count()
    response = client.post(
        "/plans/zherong-2023/indicators/I10/targets/2023/",
        {f"t-{towns['350926100'].pk}": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert "29" in response.content.decode() and Target.objects.count() == before


def test_a_split_keeps_its_history_and_removing_a_part_is_recorded(demo):
    office = User.objects.get(username="office")
    indicator = _i10(demo)
    town = OrgUnit.objects.get(code="350926206")
    services.target_split(actor=office, indicator=indicator, year=2023, parts={town.pk: Decimal(9)})
    services.target_split(actor=office, indicator=indicator, year=2023, parts={town.pk: None})
    assert not Target.objects.filter(indicator=indicator, orgunit=town).exists()
    assert list(
        Target.history.filter(indicator_id=indicator.pk, orgunit_id=town.pk)
        .values_list("history_type", flat=True)
        .order_by("history_id")
    )[-2:] == ["~", "-"]


@pytest.mark.parametrize("username", ["reporter-fuxi", "leader", "head-shuangcheng"])
def test_only_the_owners_plan_office_splits(demo, username, client):
    user = User.objects.get(username=username)
    town = OrgUnit.objects.get(code="350926100")
    with pytest.raises(PermissionDenied):
        services.target_split(
            actor=user, indicator=_i10(demo), year=2023, parts={town.pk: Decimal(1)}
        )
    client.force_login(user)
    assert client.get("/plans/zherong-2023/indicators/I10/targets/2023/").status_code == 404


def test_a_unit_outside_the_owners_children_is_refused(demo):
    office = User.objects.get(username="office")
    city = OrgUnit.objects.get(code="350900")
    with pytest.raises(DomainError):
        services.target_split(
            actor=office, indicator=_i10(demo), year=2023, parts={city.pk: Decimal(1)}
        )


def test_the_county_adopts_the_share_the_city_gave_it(demo, client):
    office = User.objects.get(username="office")
    indicator = _i10(demo)
    city_share = Target.objects.get(
        indicator__goal__plan__code="ningde-2023",
        year=2023,
        indicator__measure=indicator.measure,
        orgunit__code="350926",
    )
    adopted = services.target_adopt(actor=office, indicator=indicator, year=2023)
    assert adopted.value == city_share.value and adopted.adopted_from == city_share
    assert Target.objects.filter(indicator=indicator, year=2023, orgunit=None).count() == 1
    client.force_login(office)
    page = client.get("/plans/zherong-2023/indicators/I10/targets/2023/").content.decode()
    assert 'id="adopted"' in page and "宁德市" in page


def test_nothing_to_adopt_is_said_plainly(demo):
    office = User.objects.get(username="office")
    with pytest.raises(DomainError) as refused:
        services.target_adopt(
            actor=office, indicator=Indicator.objects.get(goal__plan=demo, code="I01"), year=2023
        )
    assert refused.value.code == "nothing_to_adopt" and "柘荣县" in refused.value.message


@pytest.mark.parametrize("username, offered", [("office", True), ("leader", False)])
def test_the_indicator_page_offers_the_split_to_the_plan_office_only(
    demo, client, username, offered
):
    client.force_login(User.objects.get(username=username))
    page = client.get("/plans/zherong-2023/indicators/I10/?period=202310").content.decode()
    assert ('id="split-target"' in page) is offered


def test_a_share_beyond_the_column_is_refused_naming_the_limit(demo, client):
    office = User.objects.get(username="office")
    town = services.split_units(indicator=_i10(demo))[0]
    client.force_login(office)
    before = Target.objects.count()
    response = client.post(
        "/plans/zherong-2023/indicators/I10/targets/2023/",
        {f"t-{town.pk}": "0.00001"},
    )
    assert "4 位" in response.content.decode() and Target.objects.count() == before
