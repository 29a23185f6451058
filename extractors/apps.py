from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_plugins(sender, **kwargs) -> None:
    from extractors.services import plugin_configs_sync

    plugin_configs_sync()


class ExtractorsConfig(AppConfig):
    name = "extractors"
    verbose_name = _("Extractors and detectors")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(_sync_plugins, sender=self)
