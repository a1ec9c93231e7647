"""PACESETTER_HTTPS=1 makes the deployment pass Django's own security check."""

import os
import secrets
import subprocess
import sys


def _check_deploy(tmp_path, **env):
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PACESETTER_")},
        "PACESETTER_HOME": str(tmp_path),
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "pacesetter.example.org",
        "DEBUG": "0",
        **env,
    }
    environment.pop("DATABASE_URL", None)
    # Set by the browser tests' fixture in this worker (pacesetter/conftest.py): a test-run
    # setting that the deploy check rightly refuses, not part of the deployment checked here.
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    environment.pop("DATABASE_REPLICA_URLS", None)
    return subprocess.run(
        [sys.executable, "-m", "pacesetter.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_https_deployment_passes_the_deploy_check(tmp_path):
    result = _check_deploy(tmp_path, PACESETTER_HTTPS="1")
    assert result.returncode == 0, result.stderr
    assert "WARNINGS" not in result.stdout + result.stderr


def test_without_https_the_check_names_what_is_missing(tmp_path):
    result = _check_deploy(tmp_path)
    assert result.returncode != 0
    for check in ("W004", "W008", "W012", "W016"):
        assert check in result.stderr


def test_the_proxy_header_is_trusted_only_when_asked(tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None))"
    )
    base = {
        **os.environ,
        "PACESETTER_HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "pacesetter.config.settings",
        "PACESETTER_HTTPS": "1",
    }
    alone = subprocess.run([sys.executable, "-c", code], env=base, capture_output=True, text=True)
    proxied = subprocess.run(
        [sys.executable, "-c", code],
        env={**base, "PACESETTER_BEHIND_PROXY": "1"},
        capture_output=True,
        text=True,
    )
    assert alone.stdout.strip() == "None"
    assert proxied.stdout.strip() == "('HTTP_X_FORWARDED_PROTO', 'https')"
