"""Text keys computed again: statement_key now also folds "%" / «في المائة», «2014م» / «2014» and
Arabic-Indic digits, so near-copies of one statement carried by several outlets share a key."""

from django.db import migrations

from claims.text import statement_key


def rekey(apps, schema_editor):
    """Every claim's key again, in chunks by id (a database may hold millions); only changed rows
    are written."""
    Claim = apps.get_model("claims", "Claim")
    last = 0
    while chunk := list(
        Claim.objects.filter(id__gt=last).order_by("id").only("id", "text", "text_key")[:2000]
    ):
        changed = []
        for claim in chunk:
            key = statement_key(claim.text)
            if key != claim.text_key:
                claim.text_key = key
                changed.append(claim)
        Claim.objects.bulk_update(changed, ["text_key"])
        last = chunk[-1].id


class Migration(migrations.Migration):
    dependencies = [("claims", "0011_index_maintenance")]

    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
