"""The beat schedules (django-celery-beat): poll feeds due, reconcile, worker canary — every minute."""

from django.db import migrations


def create(apps, schema_editor):
    from claims.intake.services import setup_schedules

    setup_schedules(
        periodic_task=apps.get_model("django_celery_beat", "PeriodicTask"),
        interval_schedule=apps.get_model("django_celery_beat", "IntervalSchedule"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0006_intake"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
