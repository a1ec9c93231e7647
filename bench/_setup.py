"""What the benchmarks over a generated world share: Django set up on the database of the
environment (a temporary SQLite home when none is named), migrated, and the world generated
if the database holds none."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def world(generate: list[str]) -> None:
    """Set Django up; an empty database first gets ``pacesetter bench generate`` with
    ``generate`` (in its own process, so that this one's peak memory is that of its work)."""
    os.environ.setdefault("PACESETTER_HOME", tempfile.mkdtemp(prefix="pacesetter-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    from pacesetter.plans.models import Plan

    if not Plan.objects.filter(code__startswith="bench-").exists():
        command = [str(Path(sys.executable).parent / "pacesetter"), "bench", "generate"]
        started = time.perf_counter()
        subprocess.run([*command, *generate], check=True)
        print(f"generated in {time.perf_counter() - started:.0f} s")
