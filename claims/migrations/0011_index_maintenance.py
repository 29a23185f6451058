"""The beat schedule that keeps the candidate index fast (claims.services.index_maintain), and on
PostgreSQL autovacuum thresholds for the index table that follow its growth (1 % of the table rather
than the default 20 %), where autovacuum is on."""

from django.db import migrations


def create_schedule(apps, schema_editor):
    from claims.intake.services import setup_schedules

    setup_schedules(
        periodic_task=apps.get_model("django_celery_beat", "PeriodicTask"),
        interval_schedule=apps.get_model("django_celery_beat", "IntervalSchedule"),
    )


def autovacuum_thresholds(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE claims_claimterm SET (autovacuum_vacuum_insert_scale_factor = 0.01, "
        "autovacuum_analyze_scale_factor = 0.01)"
    )


def autovacuum_defaults(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE claims_claimterm RESET (autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor)"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_claim_text_key"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [
        migrations.RunPython(create_schedule, migrations.RunPython.noop),
        migrations.RunPython(autovacuum_thresholds, autovacuum_defaults),
    ]
