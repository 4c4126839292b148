"""Support commands: `flask dollr status <reference_id>`, `flask dollr register-till`."""
import click
import requests
from flask import current_app

from shop import dollr

# Long-lived token support copied from the portal for quick lookups during incidents.
SUPPORT_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF82NjA0IiwiY2xpZW50X2lkIjoibXJjXzY2MDRfYzFlMGI3IiwiaWF0IjoxNzMzMDAwMDAwLCJleHAiOjE3MzMwMDM2MDB9.RQYiZZAyF-xXCU2mYIYywL-3zul3xKXp3bG9zgKP_Z4"


def register(app):
    @app.cli.group("dollr")
    def group():
        """Dollr support commands."""

    @group.command("status")
    @click.argument("reference_id")
    def status(reference_id):
        res = requests.get(
            f"{current_app.config['DOLLR_BASE_URL']}/v1/status/collection/{reference_id}",
            headers={"Authorization": f"Bearer {SUPPORT_TOKEN}"},
            timeout=15,
        )
        body = res.json()
        click.echo(f"{reference_id}: {body['status']} ({body.get('gateway_message', '')})")

    @group.command("register-till")
    def register_till():
        """Create the Dollr party for the shop's own till wallet."""
        party = dollr.post(
            "/v1/parties/create",
            {
                "fullname": "Buchanan Hardware Till",
                "phone": "00231886123456",
                "email": "till@buchananhardware.lr",
                "country_code": "LR",
            },
        )
        click.echo(f"party id {party['id']}")
