"""Back-test of the year-end forecasts (issue 15): writes ``docs/forecast.md``.

    .venv/bin/python bench/forecast_backtest.py

The demo is loaded into a temporary SQLite home (or the database of ``PACESETTER_HOME`` /
``DATABASE_URL`` if named and already holding it); the benchmark generator's series need no
database."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    os.environ.setdefault("PACESETTER_HOME", tempfile.mkdtemp(prefix="pacesetter-forecast-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from pacesetter.demo.loader import load_demo
    from pacesetter.forecasts.backtest import demo_cases, generator_cases, run
    from pacesetter.forecasts.report import markdown
    from pacesetter.plans.models import Plan

    call_command("migrate", verbosity=0)
    if not Plan.objects.filter(is_demo=True).exists():
        load_demo()
    text = markdown(
        generator=run(generator_cases()),
        demo=run(demo_cases()),
        setup="it loads the demo into a temporary SQLite home first, about half a minute",
    )
    target = ROOT / "docs" / "forecast.md"
    target.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")


if __name__ == "__main__":
    main()
