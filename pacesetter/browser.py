"""Playwright on Debian's Chromium for browser tests (never a downloaded browser)."""

import os
import shutil
from pathlib import Path

CHROMIUM = os.environ.get("PACESETTER_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        raise RuntimeError(
            f"Chromium not found at {CHROMIUM}: `make test` installs Debian's chromium"
        )
    return CHROMIUM
