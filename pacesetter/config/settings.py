"""Django settings: everything deployment-specific comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

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
    "pacesetter.analytics",
    "pacesetter.planimport",
    "pacesetter.api",
    "pacesetter.imports",
    "pacesetter.demo",
    "pacesetter.web",
    "pacesetter.maintenance",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pacesetter.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
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

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

PACESETTER_SITE_NAME = _("Pacesetter")
# Uploads (Excel/CSV imports) larger than this are refused before they are read.
PACESETTER_MAX_UPLOAD_MB = int(os.environ.get("PACESETTER_MAX_UPLOAD_MB", "20"))
