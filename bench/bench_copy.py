"""Bulk rows for the benchmarks' synthetic corpora: PostgreSQL COPY through Django's connection
(much faster than bulk_create at a million rows). Shared by contradiction_scale.py and report_load.py."""

from __future__ import annotations

import json


def copy_rows(cursor, model, rows: list[dict]) -> None:
    """COPY rows into the model's table; columns not given take the field's default (so fields added
    to the model later still get a value)."""
    from django.db import connection
    from django.db.models import JSONField

    if not rows:
        return
    given = set(rows[0])
    fields = [f for f in model._meta.concrete_fields if f.attname in given or not f.primary_key]
    constants = {
        f.attname: f.get_db_prep_save(f.get_default(), connection) for f in fields if f.attname not in given
    }
    json_fields = {f.attname for f in fields if isinstance(f, JSONField) and f.attname in given}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    names = [f.attname for f in fields]
    with cursor.cursor.copy(f"COPY {model._meta.db_table} ({columns}) FROM STDIN") as copy:  # psycopg's
        for row in rows:
            copy.write_row(
                [
                    (json.dumps(row[n]) if n in json_fields else row[n]) if n in row else constants[n]
                    for n in names
                ]
            )
