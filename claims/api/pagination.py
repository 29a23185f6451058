"""Pagination with a capped page size (clients may ask for ``page_size`` up to the cap)."""

from django.conf import settings
from rest_framework import pagination


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = settings.MIZAN_API_MAX_PAGE_SIZE


class ContradictionCursorPagination(pagination.CursorPagination):
    """Stable pages over a report that grows while it is read."""

    ordering = "-id"
    page_size_query_param = "page_size"
    max_page_size = settings.MIZAN_API_MAX_PAGE_SIZE
