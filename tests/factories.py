"""factory_boy factories for the claims models."""

from __future__ import annotations

import factory
from django.utils import timezone

from claims.models import Claim, Contradiction, Source, Speaker
from claims.text import content_hash, normalize_ar, statement_key


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"خبر رقم {n}")
    text = factory.Sequence(lambda n: f"قال المتحدث باسم الوزارة أحمد علي إن الاجتماع رقم {n} سيعقد غدا.")
    content_hash = factory.LazyAttribute(lambda o: content_hash(o.text))
    published_at = factory.LazyFunction(timezone.now)
    language = "ar"
    status = Source.Status.DONE


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"متحدث {n}")
    normalized_name = factory.LazyAttribute(lambda o: normalize_ar(o.name))


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    source = factory.SubFactory(SourceFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    start = 0
    end = factory.LazyAttribute(lambda o: len(o.source.text))
    text = factory.LazyAttribute(lambda o: o.source.text[o.start : o.end])
    normalized_text = factory.LazyAttribute(lambda o: normalize_ar(o.text))
    text_key = factory.LazyAttribute(lambda o: statement_key(o.text))
    extractor = "test"
    extractor_version = "1"
    fingerprint = factory.Sequence(lambda n: f"fp-{n}")


class ContradictionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contradiction

    claim_a = factory.SubFactory(ClaimFactory)
    claim_b = factory.SubFactory(ClaimFactory)
    kind = "antonymy"
    score = 0.8
    explanation = "A says withdraw, B says stay"
    detector = "test"
    detector_version = "1"
