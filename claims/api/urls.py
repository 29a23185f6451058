from rest_framework.routers import DefaultRouter

from claims.api.views import (
    ClaimReviewViewSet,
    ClaimViewSet,
    ContradictionViewSet,
    SourceViewSet,
    SpeakerViewSet,
    WebhookViewSet,
)

router = DefaultRouter()
router.register("sources", SourceViewSet, basename="source")
router.register("speakers", SpeakerViewSet, basename="speaker")
router.register("claims", ClaimViewSet, basename="claim")
router.register("contradictions", ContradictionViewSet, basename="contradiction")
router.register("claimreviews", ClaimReviewViewSet, basename="claimreview")
router.register("webhooks", WebhookViewSet, basename="webhook")

urlpatterns = router.urls
