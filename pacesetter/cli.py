"""The one entry point: ``pacesetter demo|serve|migrate|createuser|extract|<django command>``."""

from __future__ import annotations

import os
import sys

# Commands that must not touch the database before they run.
_NO_DATABASE = {
    "help",
    "--help",
    "-h",
    "version",
    "--version",
    "makemigrations",
    "makemessages",
    "compilemessages",
    "collectstatic",
    "check",
    "shell",
}

# Spellings of the command line that name a Django command with underscores.
_ALIASES = {
    "import-plan": "import_plan",
    "import-data": "import_data",
    "export-data": "export_data",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _ALIASES:
        argv[0] = _ALIASES[argv[0]]
    if argv and argv[0] == "extract":
        return _extract(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pacesetter.config.settings")
    from pacesetter.config.environment import ConfigurationError

    try:
        import django

        django.setup()
        if argv and argv[0] not in _NO_DATABASE:
            _check_database()
    except ConfigurationError as exc:
        print(f"pacesetter: {exc}", file=sys.stderr)
        return 2
    from django.core.management import execute_from_command_line

    execute_from_command_line(["pacesetter", *argv])
    return 0


def _check_database() -> None:
    from django.db import DatabaseError, connection

    from pacesetter.config.environment import ConfigurationError

    try:
        connection.ensure_connection()
    except DatabaseError as exc:
        settings = connection.settings_dict
        where = f"{settings.get('HOST') or 'localhost'}:{settings.get('PORT') or '5432'}/{settings['NAME']}"
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigurationError(f"cannot reach the database {where}: {first_line}") from None


def _extract(argv: list[str]) -> int:
    try:
        from pacesetter_extraction.cli import main as extract_main
    except ImportError:
        print(
            "pacesetter: the extractor package is not installed (pip install -e extraction)",
            file=sys.stderr,
        )
        return 2
    return extract_main(argv)


if __name__ == "__main__":
    sys.exit(main())
