import pytest


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # PBKDF2's deliberate slowness protects real accounts; in tests it only costs minutes.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def demo(db):
    from pacesetter.demo.snapshot import demo_world

    return demo_world()


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop; the ORM calls made by live_server's
    # threads are still synchronous, so Django's async guard must be lifted here.
    import os

    from playwright.sync_api import sync_playwright

    from pacesetter.browser import ARGS, chromium_path

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page_for(browser, live_server):
    """``page_for("office")``: a fresh signed-in page; console errors collected on ``page.errors``."""
    pages = []

    def make(username: str, width: int = 1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
        page = context.new_page()
        page.errors = []
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.goto(live_server.url + "/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "pacesetter-demo")
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        pages.append(context)
        return page

    yield make
    for context in pages:
        context.close()
