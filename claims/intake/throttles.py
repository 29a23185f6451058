"""Rate cap of article submissions through the API (per user, or per address when anonymous)."""

from __future__ import annotations

from rest_framework.throttling import SimpleRateThrottle


class SourceSubmitThrottle(SimpleRateThrottle):
    scope = "sources"

    def get_cache_key(self, request, view):
        ident = request.user.pk if request.user and request.user.is_authenticated else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}
