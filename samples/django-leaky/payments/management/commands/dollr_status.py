"""Ops helper: print the Dollr status of one collection.

    python manage.py dollr_status 3f1c2a4e-8b7d-4c1e-9a2f-6d5e4c3b2a10
"""
import requests
from django.conf import settings
from django.core.management.base import BaseCommand

# Copied from the merchant portal's API tester, refresh when it expires.
TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF8xMzA3IiwiY2xpZW50X2lkIjoibXJjXzEzMDdfYTJiOWU0IiwiaWF0IjoxNzMyNDQ3MjAwLCJleHAiOjE3MzI0NTA4MDB9.kcH_a6lh3kteopqAQsQp4QWlIHZl7ljkG8li3_7mF8A"


class Command(BaseCommand):
    help = "Show the Dollr status of a collection by reference_id"

    def add_arguments(self, parser):
        parser.add_argument("reference_id")

    def handle(self, *args, **options):
        reference_id = options["reference_id"]
        r = requests.get(
            f"{settings.DOLLR_BASE_URL}/v1/status/collection/{reference_id}",
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=30,
        )
        r.raise_for_status()
        self.stdout.write(f"{reference_id}: {r.json()['status']}")
