import html
import re

from pacesetter.accounts.models import User
from pacesetter.bulletins.models import PublishedBulletin
from pacesetter.core import policy
from pacesetter.plans.models import Plan
from pacesetter.plans.services import plan_publishing_set

PLAN = "zherong-2023"
PARTS = {"targets": True, "status": True, "rankings": True, "bulletins": True}


def text(response) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def publish(code: str = PLAN, **parts: bool) -> Plan:
    plan = Plan.objects.get(code=code)
    return plan_publishing_set(policy.SYSTEM, plan, published=True, **{**PARTS, **parts})


def bulletin(plan: Plan, title: str = "柘荣县2023年10月攻坚行动通报") -> PublishedBulletin:
    return PublishedBulletin.objects.create(
        plan=plan,
        period="202310",
        title=title,
        number="柘效〔2023〕10号",
        content={},
        docx=b"PK-docx",
        pdf=b"%PDF-1.7 bulletin",
        xlsx=b"PK-xlsx",
        published_by=User.objects.get(username="office"),
    )
