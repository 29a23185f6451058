"""Speaker names are matched without quotation marks (claims.text.speaker_key): re-key the aliases
and normalised names stored with them, so «صحيفة "الوطن"» and «صحيفة "الوطن» (a closing mark the
extractor used to leave out) find the same speaker. Where two aliases now share a key, the one that
already held it (written without marks) keeps it, else the older one; the other alias is dropped (its
speaker and claims stay; an editor can merge the two speakers in the admin). Not reversible: the
dropped aliases are not restored (going back leaves the new keys, which the older code still finds for
names written without marks)."""

import re

from django.db import migrations

from claims.text import normalize_ar

QUOTE_MARKS = re.compile(r"[\"«»“”„‹›]")  # frozen copy of claims.text.QUOTE_MARKS_RE


def _key(name: str) -> str:
    return normalize_ar(QUOTE_MARKS.sub(" ", name))


def rekey(apps, schema_editor) -> None:
    Speaker = apps.get_model("claims", "Speaker")
    SpeakerAlias = apps.get_model("claims", "SpeakerAlias")
    marked = r"[\"«»“”„‹›]"
    for speaker in Speaker.objects.filter(normalized_name__regex=marked).only("id", "name"):
        Speaker.objects.filter(pk=speaker.pk).update(normalized_name=_key(speaker.name))
    for alias in SpeakerAlias.objects.filter(normalized__regex=marked).order_by("id"):
        key = _key(alias.alias)
        if not key or SpeakerAlias.objects.filter(normalized=key).exclude(pk=alias.pk).exists():
            alias.delete()
        else:
            SpeakerAlias.objects.filter(pk=alias.pk).update(normalized=key)


class Migration(migrations.Migration):
    dependencies = [("claims", "0016_claimterm_one_index_fewer")]

    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
