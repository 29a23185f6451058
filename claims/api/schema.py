"""OpenAPI post-processing: document the error answers every operation can give, so clients (and
schemathesis) know them: 400 for bad input, 401/403 for auth, 404, 413 for bodies, 429 throttling."""

from __future__ import annotations

ERROR = {
    "type": "object",
    "description": "`detail` for general errors; for validation errors, one list of messages per field.",
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": True,
}
DESCRIPTIONS = {
    "400": "Invalid input: malformed JSON, unknown fields, wrong types (field-level messages).",
    "401": "No or invalid credentials: send `Authorization: Token <token>`.",
    "403": "Authenticated, but your role may not do this.",
    "404": "No such object, or an invalid page or cursor.",
    "413": "Request body over 2 MB.",
    "429": "Too many requests: wait for `Retry-After` seconds.",
}


def add_error_responses(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    for methods in result.get("paths", {}).values():
        for method, operation in methods.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            codes = ["400", "401", "403", "404", "429"]
            if method in {"post", "put", "patch"}:
                codes.append("413")
            for code in codes:
                operation["responses"].setdefault(
                    code,
                    {
                        "description": DESCRIPTIONS[code],
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                )
    return result


def refuse_unknown_fields(result, generator, request, public):
    """Request bodies refuse fields they do not declare (``serializers.StrictSerializer`` and the
    webhook serializer answer 400 naming them): say so in the schema (``additionalProperties:
    false``), so clients and schemathesis do not send what will be refused."""
    for name, schema in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request") and schema.get("type") == "object":
            schema["additionalProperties"] = False
    return result
