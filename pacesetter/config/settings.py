"""Django settings: everything deployment-specific comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from pacesetter.config import environment

PACKAGE_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = PACKAGE_DIR.parent
HOME = environment.data_home()

SECRET_KEY = environment.secret_key(HOME)
DEBUG = environment.flag("DEBUG")
ALLOWED_HOSTS = environment.host_list()

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "treebeard",
    "simple_history",
    "axes",
    "django_q",
    "pacesetter.core",
    "pacesetter.orgunits",
    "pacesetter.accounts",
    "pacesetter.plans",
    "pacesetter.catalogue",
    "pacesetter.indicators",
    "pacesetter.datavalues",
    "pacesetter.reporting",
    "pacesetter.projects",
    "pacesetter.validation",
    "pacesetter.inbox",
    "pacesetter.notifications",
    "pacesetter.attachments",
    "pacesetter.supervision",
    "pacesetter.servicedesk",
    "pacesetter.triggers",
    "pacesetter.reminders",
    "pacesetter.analytics",
    "pacesetter.bulletins",
    "pacesetter.briefs",
    "pacesetter.publicpages",
    "pacesetter.planimport",
    "pacesetter.api",
    "pacesetter.imports",
    "pacesetter.demo",
    "pacesetter.benchdata",
    "pacesetter.web",
    "pacesetter.maintenance",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",  # outermost but one: every page gets the policy
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Routes this request's reads (docs/deployment.md). Outside SessionMiddleware so that a
    # session save counts as a write. Removes itself when no replica is configured.
    "pacesetter.config.replicas.ReplicaMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pacesetter.core.middleware.LanguageMiddleware",
    "pacesetter.config.errors.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "pacesetter.api.middleware.JsonErrorsMiddleware",
]

ROOT_URLCONF = "pacesetter.config.urls"
WSGI_APPLICATION = "pacesetter.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pacesetter.inbox.context.unread",
                "pacesetter.web.context.plan_switcher",
            ],
        },
    },
]

DATABASES = {"default": environment.database(HOME)}
# Streaming replicas (DATABASE_REPLICA_URLS) serve the reads of plain page views; a user's reads
# stay on the primary for REPLICA_STICKY_SECONDS after their own write (docs/deployment.md).
DATABASES.update(environment.replicas(DATABASES["default"]))
if len(DATABASES) > 1:
    DATABASE_ROUTERS = ["pacesetter.config.replicas.ReplicaRouter"]
REPLICA_STICKY_SECONDS = environment.seconds("REPLICA_STICKY_SECONDS", 10)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Failed sign-ins are throttled per account and address (django-axes); the lock-out page
# says when to try again.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Renders that template with the clock time the lock ends, not just the cool-off duration.
AXES_LOCKOUT_CALLABLE = "pacesetter.accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
SESSION_COOKIE_AGE = 8 * 60 * 60  # one working day
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("zh-hant", "繁體中文"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise expects it even before collectstatic
# Front-end packages are installed from the npm registry (frontend/package-lock.json), never committed.
STATICFILES_DIRS = [
    ("vendor/htmx", REPO_DIR / "frontend" / "node_modules" / "htmx.org" / "dist"),
    ("vendor/echarts", REPO_DIR / "frontend" / "node_modules" / "echarts" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = HOME / "media"

# No inline script or style anywhere: scripts and styles come from our own static files only.
# (Styles set from JavaScript through element.style, as ECharts does, are not affected.)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# PACESETTER_HTTPS=1: the site is reached over HTTPS only. PACESETTER_BEHIND_PROXY=1 in
# addition trusts the reverse proxy's X-Forwarded-Proto header (set it only when a proxy that
# overwrites that header is the sole way in, otherwise a client could claim HTTPS).
if environment.flag("PACESETTER_HTTPS"):
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    # Not preloaded: entering browsers' HSTS preload list is the domain owner's decision, hard
    # to undo and binding every subdomain, so the deploy check's reminder is silenced.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
    if environment.flag("PACESETTER_BEHIND_PROXY"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# A failed CSRF check answers like every other refusal: the site's 403 page (JSON under /api/).
CSRF_FAILURE_VIEW = "pacesetter.config.errors.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

PACESETTER_SITE_NAME = _("Pacesetter")
# Uploads (Excel/CSV imports) larger than this are refused before they are read.
PACESETTER_MAX_UPLOAD_MB = int(os.environ.get("PACESETTER_MAX_UPLOAD_MB", "20"))

# E-mail (notifications): the demo writes each message to a file under HOME/mail; a deployment
# sets EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend and EMAIL_HOST etc.
EMAIL_BACKEND = (
    os.environ.get("EMAIL_BACKEND", "").strip()
    or "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = HOME / "mail"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = environment.flag("EMAIL_USE_TLS")
EMAIL_USE_SSL = environment.flag("EMAIL_USE_SSL")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "pacesetter@localhost")
# Links in e-mails and robot messages are made absolute with this (https://plan.example.gov.cn).
PACESETTER_SITE_URL = os.environ.get("PACESETTER_SITE_URL", "").strip().rstrip("/")
# A message that could not be sent this many times is given up (back-off 1, 2, 4… minutes).
PACESETTER_DELIVERY_ATTEMPTS = 6

# The background worker (`pacesetter worker`, started by `pacesetter serve`): django-q2 with the
# database as its queue, or Redis when PACESETTER_REDIS_URL is set (pip install redis). A job
# may run `timeout` seconds; only after `retry` (longer) is it handed to another worker.
Q_CLUSTER = {
    "name": "pacesetter",
    "workers": 1 if DATABASES["default"]["ENGINE"].endswith("sqlite3") else 2,
    "timeout": 300,
    "retry": 360,
    "max_attempts": 1,  # a failed job waits for its next scheduled run
    "catch_up": False,  # a worker that was down runs each missed job once, not once per miss
    "save_limit": 200,
    "ack_failures": True,
    "poll": 2,  # seconds between looks at the database queue
    "orm": "default",
}
if _redis := os.environ.get("PACESETTER_REDIS_URL", "").strip():
    del Q_CLUSTER["orm"]
    Q_CLUSTER["redis"] = _redis
# Reminders: these many days before a task's deadline (then on the day, then overdue); service
# requests this many office hours before their service level; the leaders' digest at this hour.
PACESETTER_REMIND_DAYS_BEFORE = [3, 1]
PACESETTER_REMIND_SLA_HOURS = 4
PACESETTER_DIGEST_HOUR = int(os.environ.get("PACESETTER_DIGEST_HOUR", "8"))
