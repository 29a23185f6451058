"""Bulk writes on PostgreSQL that Django's ``bulk_create`` makes slow, and the history rows that go
with them.

Django 5.2 sends each column of a ``bulk_create`` on PostgreSQL as one array parameter, and psycopg
(client-side binding, Django's default) quotes those arrays value by value in Python: for the
extraction runs of a 200-article batch (600 rows with their JSON output) that took 0.14 s, and
django-simple-history builds every history row as a model instance first. ``COPY`` streams the rows
instead, and the history rows are copied by PostgreSQL from the rows just written. Both are what
``bulk_create`` and ``bulk_create_with_history`` do, minus the ids: callers that need the new rows
read them back by a natural key. Other databases (SQLite, the embedded default) use the Django and
simple-history functions themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db import connection
from django.db.models import JSONField, Model
from django.db.models.expressions import DatabaseDefault
from django.utils import timezone
from simple_history.utils import bulk_create_with_history


def pg_array(values: Iterable[int | str]) -> str:
    """A PostgreSQL array literal (``{1,2}``, ``{"a","b"}``) to pass as one parameter cast in the SQL
    (``%s::bigint[]``): psycopg adapts a Python list element by element in Python (a query over the
    10,000 candidate ids of a batch: 9 ms with a list, 3 ms with the literal, one ``str.join``)."""
    return (
        "{"
        + ",".join(
            str(v) if isinstance(v, int) else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
            for v in values
        )
        + "}"
    )


def copy_insert(model: type[Model], objects: Sequence[Model]) -> None:
    """Insert new, unsaved ``objects`` of ``model`` (their ids stay unset). Fields are filled as
    ``save()`` fills them (``auto_now``/``auto_now_add``, defaults); JSON fields are serialised with
    their encoder."""
    if not objects:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects)
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key and not f.generated]
    for obj in objects:  # as bulk_create: refuse an unsaved related object, take a saved one's id
        obj._prepare_related_fields_for_save(operation_name="copy_insert")
    json_fields = {f for f in fields if isinstance(f, JSONField)}

    def value(obj: Model, field) -> object:
        value = field.pre_save(obj, add=True)
        if isinstance(value, DatabaseDefault):
            raise ValueError(f"copy_insert: {model.__name__}.{field.name} has only a database default")
        if field in json_fields and value is not None:
            value = json.dumps(value, cls=field.encoder)  # (None: SQL NULL, as bulk_create)
        return value

    copy_rows(model, [f.name for f in fields], ([value(obj, f) for f in fields] for obj in objects))


def copy_rows(model: type[Model], names: Sequence[str], rows: Iterable[Sequence]) -> None:
    """PostgreSQL ``COPY`` of plain rows (values in the order of the fields ``names``) into the
    model's table. Through the raw psycopg cursor, whose errors are turned into Django's by
    ``wrap_database_errors`` (a dropped connection must surface as django.db.OperationalError, which
    the tasks retry)."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in names)
    with (
        connection.wrap_database_errors,
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def copy_insert_with_history(model: type[Model], objects: Sequence[Model], *, key: str) -> None:
    """``copy_insert`` plus one history row ("+", the request's user if any) per new row, as
    ``bulk_create_with_history`` writes them. ``key`` names a unique field: the history rows are copied from the rows holding the
    new objects' values of it."""
    if not objects:
        return
    if connection.vendor != "postgresql":
        bulk_create_with_history(list(objects), model)
        return
    copy_insert(model, objects)
    field = model._meta.get_field(key)
    history_insert(
        model,
        where=f"{connection.ops.quote_name(field.column)} = ANY(%s::{field.db_type(connection)}[])",
        params=[pg_array(getattr(obj, field.attname) for obj in objects)],
        instance=objects[0],
    )


def history_insert(model: type[Model], *, where: str, params: list, instance: Model | None = None) -> None:
    """Copy the rows of ``model`` matching the SQL condition ``where`` into its history table as
    created ("+", now, no reason, the user simple-history would record: the request's, found through
    ``instance``, or none), in id order; nothing when ``SIMPLE_HISTORY_ENABLED`` is off. PostgreSQL
    only. Fails loudly if the history model has a column this does not know how to fill (a field
    added to it later)."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = model.history.model
    user = history.get_default_history_user(instance)
    quote = connection.ops.quote_name
    tracked = {f.column for f in model._meta.concrete_fields}
    made = {  # column → (SQL, parameter)
        "history_date": ("%s", timezone.now()),
        "history_change_reason": ("NULL", None),
        "history_type": ("'+'", None),
        "history_user_id": ("%s", getattr(user, "pk", None)),
    }
    columns = [f.column for f in history._meta.concrete_fields if f.column != "history_id"]
    unknown = [c for c in columns if c not in tracked and c not in made]
    if unknown:
        raise RuntimeError(
            f"history_insert does not know the history columns {unknown} of {history.__name__}"
        )
    selected = ", ".join(quote(c) if c in tracked else made[c][0] for c in columns)
    values = [made[c][1] for c in columns if c not in tracked and made[c][0] == "%s"]  # in SELECT order
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(quote(c) for c in columns)}) "
            f"SELECT {selected} FROM {quote(model._meta.db_table)} WHERE {where} ORDER BY {quote('id')}",
            [*values, *params],
        )
