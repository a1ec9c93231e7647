"""The REST API: one NinjaAPI with token auth, a per-user throttle and uniform JSON errors."""

from django.urls import path
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from pacesetter.api import errors
from pacesetter.api.auth import BearerToken, UserRateThrottle
from pacesetter.api.docs import LocalSwagger, docs_asset
from pacesetter.api.openapi import document_errors
from pacesetter.api.routers import (
    analytics,
    datavalues,
    measures,
    plans,
    projects,
    reports,
    servicedesk,
    tasks,
    units,
)


class ReadableJSON(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}  # 双城镇 stays readable; the body is UTF-8 anyway


class PacesetterAPI(NinjaAPI):
    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        asset = path("docs/assets/<str:name>", docs_asset, name="docs-asset")
        unknown = path("<path:rest>", errors.unknown_route, name="unknown-route")  # must be last
        return [asset, *patterns, unknown], app_name, namespace

    def get_openapi_schema(self, **kwargs):
        return document_errors(super().get_openapi_schema(**kwargs))

    def get_openapi_operation_id(self, operation) -> str:
        # Short, stable ids ("list_datavalues") for generated clients and the permission table.
        return operation.view_func.__name__


api = PacesetterAPI(
    title="Pacesetter API",
    version="1",
    description=(
        "Plans, the indicator catalogue, projects and monthly figures of Pacesetter. "
        "Authenticate with `Authorization: Bearer <token>`; create a token with "
        "`pacesetter token create USERNAME`."
    ),
    urls_namespace="api",
    auth=BearerToken(),
    throttle=[UserRateThrottle()],
    docs=LocalSwagger(),
    renderer=ReadableJSON(),
)
errors.install(api)
api.add_router("/units", units.router)
api.add_router("/plans", plans.router)
api.add_router("/plans", projects.router)
api.add_router("/measures", measures.router)
api.add_router("/datavalues", datavalues.router)
api.add_router("/reports", reports.router)
api.add_router("/analytics", analytics.router)
api.add_router("/service", servicedesk.router)
api.add_router("/tasks", tasks.router)
