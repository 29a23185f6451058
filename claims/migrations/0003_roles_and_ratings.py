"""Default rating scale and the two roles: Fact-checkers and Editors."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RATINGS = [
    ("True", "صحيح", 5),
    ("Mostly true", "صحيح في معظمه", 4),
    ("Misleading", "مضلل", 2),
    ("False", "خاطئ", 1),
    ("Unverifiable", "لا يمكن التحقق منه", 0),
]

VIEW_ALL = [
    ("claims", m)
    for m in ("source", "speaker", "speakeralias", "claim", "contradiction", "rating", "verdict", "claimterm")
] + [("extractors", m) for m in ("pluginconfig", "extractionrun")]

FACT_CHECKERS = [("view", app, model) for app, model in VIEW_ALL] + [
    ("change", "claims", "claim"),
    ("change", "claims", "contradiction"),
    ("add", "claims", "verdict"),
    ("change", "claims", "verdict"),
    ("change", "claims", "speaker"),
    ("add", "claims", "speakeralias"),
]
EDITORS = FACT_CHECKERS + [
    ("publish_verdict", "claims", "verdict"),
    ("add", "claims", "rating"),
    ("change", "claims", "rating"),
    ("delete", "claims", "rating"),
    ("add", "claims", "source"),
    ("change", "claims", "source"),
    ("delete", "claims", "source"),
    ("delete", "claims", "speaker"),
    ("change", "claims", "speakeralias"),
    ("delete", "claims", "speakeralias"),
    ("add", "extractors", "pluginconfig"),
    ("change", "extractors", "pluginconfig"),
]


def forwards(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so groups can use them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Rating = apps.get_model("claims", "Rating")
    for name, name_ar, value in RATINGS:
        Rating.objects.get_or_create(name=name, defaults={"name_ar": name_ar, "value": value})
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, grants in (("Fact-checkers", FACT_CHECKERS), ("Editors", EDITORS)):
        group, _ = Group.objects.get_or_create(name=group_name)
        for action, app, model in grants:
            codename = action if action == "publish_verdict" else f"{action}_{model}"
            group.permissions.add(Permission.objects.get(content_type__app_label=app, codename=codename))


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Fact-checkers", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_verification"),
        ("extractors", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
