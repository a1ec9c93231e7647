"""The rows, the user and the three ways of writing them that ``bench/ingest.py`` times
(see its docstring for the choices made)."""

from __future__ import annotations

import json
import time
from decimal import Decimal

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from pacesetter.accounts.services import user_ensure
from pacesetter.api.tokens import token_create
from pacesetter.catalogue.models import Measure
from pacesetter.core.periods import Period
from pacesetter.datavalues.bulk_write import FIGURE_COLUMNS
from pacesetter.datavalues.models import DataValue, DataValueChange
from pacesetter.orgunits.models import OrgUnit
from pacesetter.plans.models import Plan

PASSWORD = "pacesetter-bench"
USERNAME = "bench-ingest"
CSV_HEADER = "indicator,unit,period,value,comment\n"


class World:
    def __init__(self, rows: int):
        plans = Plan.objects.filter(code__startswith="bench-")
        root = plans.select_related("owner").order_by("owner__depth").first().owner
        self.units = list(OrgUnit.objects.filter(path__startswith=root.path).order_by("path"))
        self.measures = list(Measure.objects.filter(code__regex=r"^B\d{3}$").order_by("code"))
        first_year = min(plans.values_list("first_year", flat=True))
        per_month = len(self.units) * len(self.measures)
        count = -(-rows // per_month)
        last = Period.month(first_year, 1).previous()  # the world has nothing before its year
        self.months = [str(last.shift(-i)) for i in reversed(range(count))]
        self.rows = rows
        values = {
            (m.pk, u.pk): Decimal(1 if m.value_type == "milestone" else 10 + (i * 7 + j) % 50)
            for i, m in enumerate(self.measures)
            for j, u in enumerate(self.units)
        }
        self.keys = [
            (m, u, p, values[m.pk, u.pk])
            for p in self.months
            for u in self.units
            for m in self.measures
        ][:rows]
        self.total = sum(v for *_k, v in self.keys)
        self.user = user_ensure(
            username=USERNAME, password=PASSWORD, orgunit=root, roles=["reporter"], validate=False
        )
        self.page = Client()
        self.page.force_login(self.user)
        self.api = Client(headers={"Authorization": f"Bearer {token_create(user=self.user)[1]}"})
        self.batch = 0
        self.bare_as = "COPY" if connection.vendor == "postgresql" else "executemany INSERT"

    def warm_up(self) -> None:
        """One request of each client first: the first request imports the URL modules."""
        for client, url in ((self.page, "/data/"), (self.api, "/api/measures?limit=1")):
            if client.get(url).status_code != 200:
                raise SystemExit(f"{url} did not answer")

    # -- state ---------------------------------------------------------------------------------

    def clear(self) -> None:
        """Delete the figures of the bench months and their history: every run starts here."""
        table, changes = _table(DataValue), _table(DataValueChange)
        marks = ", ".join(["%s"] * len(self.months))
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {changes} WHERE datavalue_id IN "
                f"(SELECT id FROM {table} WHERE period IN ({marks}))",
                self.months,
            )
            cursor.execute(f"DELETE FROM {table} WHERE period IN ({marks})", self.months)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"VACUUM ANALYZE {table}")
                cursor.execute(f"VACUUM ANALYZE {changes}")

    def verify(self, *, history: bool) -> None:
        """The figures stored in the bench months are the rows sent (count and sum), each
        with its one history row when written through the app."""
        figures = DataValue.objects.filter(period__in=self.months)
        count = figures.count()
        total = sum(figures.values_list("value", flat=True).iterator(chunk_size=20_000))
        if (count, total) != (self.rows, self.total):
            raise SystemExit(f"stored {count} figures summing {total}: expected {self.rows}")
        if history:
            changes = DataValueChange.objects.filter(datavalue__period__in=self.months).count()
            if changes != self.rows:
                raise SystemExit(f"{changes} history rows for {self.rows} figures")

    # -- bare ----------------------------------------------------------------------------------

    def bare(self) -> float:
        """Seconds to write the rows, built in Python before the clock starts, in one
        transaction: COPY on PostgreSQL, executemany on SQLite."""
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        who = self.user.pk
        rows = [(m.pk, u.pk, p, v, "", "draft", 1, now, who, False) for m, u, p, v in self.keys]
        table, columns = _table(DataValue), ", ".join(FIGURE_COLUMNS)
        started = time.perf_counter()
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(FIGURE_COLUMNS))
                cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        return time.perf_counter() - started

    # -- the site's upload form ----------------------------------------------------------------

    def csv_files(self, per_file: int) -> list[tuple[str, bytes]]:
        files = []
        for start in range(0, self.rows, per_file):
            lines = [
                f"{m.code},{u.code},{p},{v},\n"
                for m, u, p, v in self.keys[start : start + per_file]
            ]
            files.append(
                (f"figures-{start // per_file + 1:02d}.csv", (CSV_HEADER + "".join(lines)).encode())
            )
        return files

    def upload(self, file: tuple[str, bytes]) -> None:
        name, data = file
        response = self.page.post(
            "/data/upload/", {"file": SimpleUploadedFile(name, data, content_type="text/csv")}
        )
        context = response.context
        saved = context.get("saved") if context else None
        if response.status_code != 200 or not saved:
            why = context and (context.get("summary") or context.get("refused"))
            raise SystemExit(f"upload of {name} answered {response.status_code}: {why}")

    # -- POST /api/datavalues ------------------------------------------------------------------

    def api_bodies(self, batch: int) -> list[bytes]:
        """JSON bodies of ``batch`` figures (0: as many as the body limit takes, in thousands)."""

        def value(m, u, p, v) -> dict:
            return {
                "indicator": m.code,
                "unit": u.code,
                "period": p,
                "value": str(v),
                "comment": "",
            }

        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if not batch:
            m = max(self.measures, key=lambda m: len(m.code))
            u = max(self.units, key=lambda u: len(u.code))
            longest = len(json.dumps(value(m, u, self.months[0], Decimal(100))).encode())
            batch = max(1000, (limit - 64) // (longest + 2) // 1000 * 1000) if limit else 50_000
        self.batch = batch
        bodies = [
            json.dumps({"values": [value(*key) for key in self.keys[i : i + batch]]}).encode()
            for i in range(0, self.rows, batch)
        ]
        if limit and max(len(b) for b in bodies) > limit:
            raise SystemExit(f"a body of {batch} figures is over the limit of {limit} bytes")
        return bodies

    def post(self, body: bytes) -> None:
        response = self.api.post("/api/datavalues", data=body, content_type="application/json")
        if response.status_code != 200:
            raise SystemExit(
                f"POST /api/datavalues answered {response.status_code}: {response.content[:500]!r}"
            )


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)
