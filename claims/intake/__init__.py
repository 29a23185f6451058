"""Intake of incoming news: feeds and pages polled by Celery, hostile input neutralised, rejected
input recorded, the delivery machinery kept honest (reconcile, poison guard, worker canary)."""
