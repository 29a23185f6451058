"""Bulk rows for the benchmarks' synthetic corpora: PostgreSQL COPY (``claims.bulk.copy_rows``; much
faster than bulk_create at a million rows) from rows given as dicts. Shared by contradiction_scale.py
and report_load.py."""

from __future__ import annotations

import json


def copy_rows(model, rows: list[dict]) -> None:
    """COPY rows (dicts keyed by field attname, ids included) into the model's table; columns not given
    take the field's default (so fields added to the model later still get a value)."""
    from django.db import connection
    from django.db.models import JSONField

    from claims.bulk import copy_rows as copy_plain_rows

    if not rows:
        return
    given = set(rows[0])
    fields = [f for f in model._meta.concrete_fields if f.attname in given or not f.primary_key]
    constants = {
        f.attname: f.get_db_prep_save(f.get_default(), connection) for f in fields if f.attname not in given
    }
    json_fields = {f.attname for f in fields if isinstance(f, JSONField) and f.attname in given}
    names = [f.attname for f in fields]
    copy_plain_rows(
        model,
        names,
        (
            [
                (json.dumps(row[n]) if n in json_fields else row[n]) if n in row else constants[n]
                for n in names
            ]
            for row in rows
        ),
    )
