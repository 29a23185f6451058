"""Create the local demo superuser (admin / mizan-demo) for `make run`; refuses outside DEBUG."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the demo superuser admin/mizan-demo if missing (development only)."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("ensure_demo_user is for the embedded development setup only (DEBUG is off)")
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            User.objects.create_superuser("admin", "admin@example.invalid", "mizan-demo")
        self.stdout.write("admin: http://127.0.0.1:8000/admin/ (user admin, password mizan-demo)")
