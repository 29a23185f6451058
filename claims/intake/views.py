"""GET /healthz: database, broker and worker canary as JSON; 200 when all are ok, else 503."""

from __future__ import annotations

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from claims.intake.health import health


@never_cache
@require_GET
def healthz(request):
    report = health()
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)
