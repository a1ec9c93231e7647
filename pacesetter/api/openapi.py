"""Every error an operation can answer, written into the OpenAPI document in one place.

The exception handlers of ``errors`` give all operations the same refusals; listing them per
route would repeat the same dictionary everywhere and drift. The rule here derives them from
what an operation takes: a token (401, 429), parameters (400), codes naming objects (404),
a write (403, 409) and a body (413).
"""

from __future__ import annotations

from pacesetter.api.schemas import ErrorOut

ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
# Query parameters that name an object: an unknown or invisible one is a 404.
NAMING_PARAMETERS = {"plan", "unit", "parent", "indicator"}
DESCRIPTIONS = {
    400: "Malformed request: a parameter or the body is invalid (see fields).",
    401: "No valid API token in Authorization: Bearer <token>.",
    403: "The token's user may not do this.",
    404: "Not found, or not visible to the token's user.",
    409: "The request is valid but the object's state forbids it (e.g. a report's step).",
    413: "The body is too large.",
    429: "Too many requests: wait for Retry-After seconds.",
}


def error_statuses(method: str, operation: dict) -> set[int]:
    """The error statuses ``operation`` can answer besides those it declares itself."""
    statuses = {400}
    if operation.get("security"):
        statuses |= {401, 429}
    parameters = operation.get("parameters", [])
    if any(
        p["in"] == "path" or (p["in"] == "query" and p["name"] in NAMING_PARAMETERS)
        for p in parameters
    ):
        statuses.add(404)
    if method != "get":
        statuses |= {403, 409}
    if "requestBody" in operation:
        statuses.add(413)
    return statuses


def document_errors(schema: dict) -> dict:
    schema.setdefault("components", {}).setdefault("schemas", {}).setdefault(
        "ErrorOut", ErrorOut.model_json_schema()
    )
    for methods in schema.get("paths", {}).values():
        for method, operation in methods.items():
            # Ninja keys responses by int; JSON makes every key a string anyway.
            responses = {str(k): v for k, v in operation.get("responses", {}).items()}
            operation["responses"] = responses
            for status in sorted(error_statuses(method, operation)):
                responses.setdefault(
                    str(status),
                    {
                        "description": DESCRIPTIONS[status],
                        "content": {"application/json": {"schema": ERROR_REF}},
                    },
                )
    return schema
