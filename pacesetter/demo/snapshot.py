"""The demo for tests: loaded through its services once per process, then copied back as rows.

Loading the demo runs every service, history record and tree insert (about 1.5 s on
PostgreSQL); hundreds of tests start from it. The first load in a process keeps the rows it
added, and later tests in a rolled-back transaction insert those rows as they were, the way
``loaddata`` does (raw, no signals), in a few statements per table.
"""

from django.apps import apps
from django.db import connection, models

from pacesetter.demo import plan as spec
from pacesetter.demo.loader import load_demo
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

_rows: list[tuple[type[models.Model], list[models.Model]]] | None = None


def _tables() -> list[type[models.Model]]:
    return [
        m
        for m in apps.get_models(include_auto_created=True)
        if m._meta.managed and not m._meta.proxy
    ]


def _pristine() -> bool:
    # Only a database as migrations left it gives (and takes) the same rows every time.
    return not OrgUnit.objects.exists() and not Plan.objects.exists()


def demo_world() -> Plan:
    """The demo plan, in a database that holds the whole demo."""
    global _rows
    if not connection.in_atomic_block or not _pristine():
        # A transactional test (live server) flushes tables, so rows kept from another
        # test's database state would not match; it loads through the services.
        return load_demo()
    if _rows is None:
        before = {m: set(m._base_manager.values_list("pk", flat=True)) for m in _tables()}
        plan = load_demo()
        _rows = []
        for model, old in before.items():
            added = [o for o in model._base_manager.all() if o.pk not in old]
            if added:
                _rows.append((model, added))
        return plan
    for model, rows in _rows:
        fields = model._meta.local_concrete_fields
        size = connection.ops.bulk_batch_size(fields, rows) or len(rows)
        for start in range(0, len(rows), size):
            model._base_manager._insert(rows[start : start + size], fields=fields, raw=True)
    return Plan.objects.get(code=spec.PLAN_CODE)
