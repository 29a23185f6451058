from rest_framework.routers import DefaultRouter

from claims.api.views import ClaimViewSet, ContradictionViewSet, SourceViewSet, SpeakerViewSet

router = DefaultRouter()
router.register("sources", SourceViewSet, basename="source")
router.register("speakers", SpeakerViewSet, basename="speaker")
router.register("claims", ClaimViewSet, basename="claim")
router.register("contradictions", ContradictionViewSet, basename="contradiction")

urlpatterns = router.urls
