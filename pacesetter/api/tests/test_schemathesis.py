"""Property-based run over the whole OpenAPI document (schemathesis): every operation, with
data fitting the schema and data that does not, as a town reporter and as the county plan
office. No answer may be a 5xx, and every answer must match the document: a declared status,
the declared content type and the declared body schema.

Bounded and deterministic: a fixed number of examples per operation, derandomized, so a run
is repeatable and takes well under a minute and a half per database.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import checks
from schemathesis.generation import GenerationMode

from pacesetter.api.main import api
from pacesetter.core import policy
from pacesetter.orgunits.models import OrgUnit
from pacesetter.servicedesk.demo import load_demo_desk
from pacesetter.supervision.models import Task
from pacesetter.supervision.services import task_create

pytestmark = pytest.mark.django_db

ROLES = ("reporter-shuangcheng", "office")
EXAMPLES = 15  # per operation, generation mode and parameter source
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]
# Codes of the demo world, so generated requests also reach past the lookups: the plan, a town
# (双城镇), an indicator and its measure, a project and a month with figures.
KNOWN = {
    "plan": "zherong-2023",
    "unit": "350926100",
    "indicator": "I10",
    "period": "202311",
}
KNOWN_CODE = {"units": "350926100", "measures": "ZR-I10", "projects": "XM01"}


def _known(operation) -> dict[str, dict[str, str]]:
    """Demo codes for the operation's path and query parameters that name something."""
    names = [p.name for p in operation.path_parameters]
    path = {name: KNOWN[name] for name in names if name in KNOWN}
    code = next((v for k, v in KNOWN_CODE.items() if f"/{k}/" in operation.path), None)
    if "code" in names and code:
        path["code"] = code
    query = {p.name: KNOWN[p.name] for p in operation.query if p.name in KNOWN}
    return {"path_parameters": path, "query": query}


def _strategies(operation, mode):
    """Fully generated requests, then requests naming demo objects (the rest generated)."""
    yield operation.as_strategy(generation_mode=mode)
    known = _known(operation)
    if mode == GenerationMode.POSITIVE and (known["path_parameters"] or known["query"]):
        yield operation.as_strategy(
            generation_mode=mode, **{key: value for key, value in known.items() if value}
        )


def _run(operation, strategy, headers: dict[str, dict], sent: list) -> None:
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def test(case):
        for who, header in headers.items():
            response = case.call_and_validate(headers=header, checks=CHECKS)
            sent.append((who, operation.label, response.status_code))

    test()


def _task():
    """A task of 双城镇, so that reading and stepping one is reached too."""
    return task_create(
        actor=policy.SYSTEM,
        source=Task.Source.INSTRUCTION,
        title="加快推进项目用地",
        instruction="请双城镇本月内解决项目用地问题",
        lead_unit=OrgUnit.objects.get(code=KNOWN["unit"]),
        deadline=timezone.localdate() + timedelta(days=30),
    )


@pytest.fixture
def connection_kept():
    """The WSGI handler closes the database connection after each request, as a server should;
    inside a test's transaction that would lose the test's data (Django's test client lifts the
    same hooks)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_every_operation_answers_as_documented(demo, tokens, connection_kept, monkeypatch):
    # Thousands of requests in seconds: the per-user throttle (tested elsewhere) stays out of it.
    monkeypatch.setattr(api.throttle[0], "num_requests", 10**9)
    monkeypatch.setitem(KNOWN_CODE, "tasks", _task().code)
    # The demo desk's requests (all of the county's, so the plan office reads them).
    desk = load_demo_desk(OrgUnit.objects.get(code="350926"))
    monkeypatch.setitem(KNOWN_CODE, "requests", desk[0].code)
    app = get_wsgi_application()
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    headers = {who: {"Authorization": f"Bearer {tokens[who]}"} for who in ROLES}
    sent: list = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            for strategy in _strategies(operation, mode):
                _run(operation, strategy, headers, sent)
    statuses = Counter(status for _who, _label, status in sent)
    print(f"schemathesis: {len(sent)} requests over {len(operations)} operations: {statuses}")
    assert len(sent) > 20 * len(ROLES) * EXAMPLES
    # The demo codes lead past the lookups: every read succeeded at least once (a step of a
    # report succeeds only from the right state, and random figures are rarely all valid).
    answered = {label for _who, label, status in sent if status == 200}
    assert answered >= {op.label for op in operations if op.method.upper() == "GET"}
