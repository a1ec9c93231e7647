"""The browsable API docs, with Swagger UI served by the application itself.

Ninja falls back to a CDN unless the ``ninja`` app is installed; the package ships the
assets anyway, so a small view hands out exactly those files and nothing else.
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path

import ninja
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from ninja.openapi.docs import DocsBase

ASSET_DIR = Path(ninja.__file__).resolve().parent / "static" / "ninja"
ASSETS = frozenset(
    {"swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-init.js", "favicon.svg", "favicon.png"}
)


class LocalSwagger(DocsBase):
    settings = {
        "layout": "BaseLayout",
        "deepLinking": True,
        "validatorUrl": None,  # Swagger UI would otherwise send the schema to validator.swagger.io
    }

    def render_page(self, request, api, **kwargs):
        namespace = api.urls_namespace
        context = {
            "api": api,
            "swagger_settings": json.dumps(
                {**self.settings, "url": self.get_openapi_url(api, kwargs)}
            ),
            "assets": {
                name.replace("-", "_").replace(".", "_"): reverse(
                    f"{namespace}:docs-asset", args=[name]
                )
                for name in ASSETS
            },
        }
        return render(request, "api/swagger.html", context)


def docs_asset(request, name: str):
    if name not in ASSETS:
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse((ASSET_DIR / name).open("rb"), content_type=content_type)
    response["Cache-Control"] = "public, max-age=86400"
    return response
