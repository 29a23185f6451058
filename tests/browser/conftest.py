"""Browser tests: Playwright for Python driving Debian's Chromium (``apt-get install -y chromium``).

No browser is ever downloaded (never run ``playwright install``). Without /usr/bin/chromium the
tests fail with a message that says how to install it; they do not skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("MIZAN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def pytest_configure(config):
    # Also declared in pyproject.toml; registering here keeps --strict-markers happy either way.
    config.addinivalue_line("markers", "browser: drives a real headless Chromium through Playwright")


@pytest.fixture
def chromium():
    """One headless Chromium per test. Function-scoped on purpose: Playwright's sync API runs an
    event loop on this thread, and the database set-up and teardown (flush and serialized restore
    of the migrations' groups and ratings) must happen outside it."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium "
            "(apt-get install -y chromium). Do not run `playwright install`.",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - a setup error, reported clearly
        pytest.fail(
            "playwright is not installed: pip install playwright (no browser download)", pytrace=False
        )
    # Playwright's sync API keeps an event loop on this thread while it runs; the ORM calls of the
    # tests and fixtures are still plain synchronous calls (the live server has its own thread).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    manager = sync_playwright().start()
    try:
        browser = manager.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        manager.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def _shot(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shot


@pytest.fixture
def open_page(chromium, live_server):
    """A logged-in page in its own browser context (cookies, language) for one user."""
    contexts = []

    def _open(username: str, password: str, *, locale: str = "en"):
        context = chromium.new_context(
            locale=locale,
            extra_http_headers={"Accept-Language": locale},
            viewport={"width": 1440, "height": 1000},
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        page.click("input[type=submit]")
        page.wait_for_selector("#user-tools")
        return page

    yield _open
    for context in contexts:
        context.close()
