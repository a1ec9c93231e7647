from pathlib import Path

import pytest

SEED = Path("/work/shared/seed/zherong-2023-interview.txt")
# Written for these tests: three targets (a growth rate, money, a count), a milestone, two
# projects, a past figure that is not a target, and markup that must come out escaped.
INLINE = (
    "2023年工作目标\n"
    "今年，全县地区生产总值增长7%以上，规上工业产值突破50亿元，新建5个智慧农业示范基地，"
    "力争创建国家级生态文明示范县。\n"
    "重点推进城南片区旧城改造工程和县城污水处理厂扩建工程建设。\n"
    "去年完成固定资产投资20亿元。<script>alert('x')</script> A&B\n"
)


@pytest.fixture
def users(demo):
    from pacesetter.accounts.models import User

    return {u.username: u for u in User.objects.all()}


@pytest.fixture
def county(demo):
    from pacesetter.orgunits.models import OrgUnit

    return OrgUnit.objects.get(code="350926")


@pytest.fixture
def inline_draft(users, county):
    from pacesetter.planimport import services

    return services.draft_from_text(
        actor=users["office"], text=INLINE, owner=county, year=2023, name="示例县2023年工作目标"
    )


@pytest.fixture
def seed_path():
    if not SEED.exists():
        pytest.skip(f"the seed document {SEED} is not here")
    return SEED


@pytest.fixture(autouse=True)
def english_messages():
    """These tests read messages in the source language; the interface default is Chinese."""
    from django.utils import translation

    with translation.override("en"):
        yield
