"""python manage.py create_api_token USERNAME [--group NAME …] [--rotate] — prints the token alone on
its last line. ``--group`` adds the user to a role (Fact-checkers, Editors) so the token may also
write: import ClaimReviews, review contradictions."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = "Create an API user if needed and print its token (the token alone on the last line)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--rotate", action="store_true", help="Replace an existing token with a new one.")
        parser.add_argument(
            "--group",
            action="append",
            default=[],
            metavar="NAME",
            help="Add the user to this group (a role: Fact-checkers, Editors); repeatable.",
        )

    def handle(self, *args, username: str, rotate: bool, group: list[str], **options) -> None:
        groups = list(Group.objects.filter(name__in=group))
        unknown = sorted(set(group) - {g.name for g in groups})
        if unknown:
            known = ", ".join(Group.objects.order_by("name").values_list("name", flat=True)) or "none"
            raise CommandError(f"no such group: {', '.join(unknown)} (groups: {known})")
        User = get_user_model()
        user, created = User.objects.get_or_create(username=username)
        if created:
            user.set_unusable_password()  # an API client logs in with its token only
            user.save()
            self.stderr.write(f"created user {username!r}")
        user.groups.add(*groups)
        if rotate:
            Token.objects.filter(user=user).delete()
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(token.key)
