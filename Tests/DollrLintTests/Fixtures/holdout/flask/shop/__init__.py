import os

from flask import Flask

from shop.models import db


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY=os.environ["SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///shop.db"),
        APP_URL=os.environ.get("APP_URL", "http://localhost:5000"),
        DOLLR_BASE_URL=os.environ.get("DOLLR_BASE_URL", "http://api.heydollr.app"),
        DOLLR_CLIENT_ID=os.environ.get("DOLLR_CLIENT_ID"),
        DOLLR_CLIENT_SECRET=os.environ.get("DOLLR_CLIENT_SECRET"),
        DOLLR_TIMEOUT=20,
        STRIPE_PUBLISHABLE_KEY=os.environ.get("STRIPE_PUBLISHABLE_KEY", ""),
    )
    if test_config:
        app.config.update(test_config)

    db.init_app(app)

    from shop import cli, views

    app.register_blueprint(views.bp)
    cli.register(app)
    return app
