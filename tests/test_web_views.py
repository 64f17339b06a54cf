"""The browser views (/stage, /remote, /producer) in a real headless Chromium against the real console
(offscreen) and its real server: taps move the show, key presses reach the page within a second, the page
says when it lost the console and recovers by itself, cues go both ways, and the pages speak the window's
language from the same .ts files. Static paths that try to leave assets/web are refused.

Chromium and its driver are Debian's (scripts/setup-env installs them); the driver's path is given explicitly,
so selenium never downloads one. Without them the browser tests are skipped with the reason.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from http.client import HTTPConnection
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.app import Console
from console.remote.web import inside
from console.remote.web_strings import WEB_STRINGS
from tests.helpers import ASSETS, http, key, open_console, remote_url, run_cli, say, start

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WEB = ASSETS / "web"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
README_SCREENSHOTS = ("web-remote-phone.png", "web-stage-1080p.png")


# -- the browser ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    """One headless Chromium for the module (starting one takes seconds); each test opens its own pages."""
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        pytest.skip(
            f"no {' or '.join(missing)}: install Debian's chromium and chromium-driver (scripts/setup-env)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def text_of(driver: WebDriver, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.ID, element_id).text)


def shows(qtbot: QtBot, driver: WebDriver, element_id: str, expected: str, timeout_ms: int = 5000) -> None:
    """Wait (Qt's loop turning, so the console answers) until the page's element reads ``expected``."""
    qtbot.waitUntil(lambda: text_of(driver, element_id) == expected, timeout=timeout_ms)


def until(qtbot: QtBot, condition: Callable[[], bool], timeout_ms: int = 5000) -> None:
    qtbot.waitUntil(condition, timeout=timeout_ms)


def open_view(qtbot: QtBot, driver: WebDriver, console: Console, view: str) -> None:
    url = remote_url(qtbot, console)
    assert console.remote is not None
    driver.get(f"{url}{view}?token={console.remote.token}")
    qtbot.waitUntil(lambda: driver.execute_script("return document.readyState") == "complete")


def classes(element: Any) -> list[str]:
    return str(element.get_attribute("class") or "").split()


def tap(driver: WebDriver, element_id: str) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, element_id).click()


def current(console: Console) -> int | None:
    session = console.controller.session
    return None if session is None or session.current_index is None else session.current_index + 1


# -- /remote -------------------------------------------------------------------------------------------------
def test_the_phone_remote_drives_the_show_and_follows_the_clicker(
    qtbot: QtBot, console: Console, browser: WebDriver
) -> None:
    key(qtbot, console, Qt.Key.Key_F5)
    open_view(qtbot, browser, console, "remote")
    shows(qtbot, browser, "current", "Winged Victory")
    assert text_of(browser, "next") == "Venus de Milo" and text_of(browser, "position") == "Stop 1 of 3"
    assert re.fullmatch(r"\d+:\d\d", text_of(browser, "stop-left"))
    tap(browser, "go-next")
    until(qtbot, lambda: current(console) == 2)
    shows(qtbot, browser, "current", "Venus de Milo")
    key(qtbot, console, Qt.Key.Key_PageDown)  # the clicker: the page follows within a second
    began = time.monotonic()
    shows(qtbot, browser, "current", "Mona Lisa", timeout_ms=1000)
    assert time.monotonic() - began < 1.0
    assert text_of(browser, "next") == "Last stop"
    assert not browser.find_element("id", "go-next").is_enabled()  # nothing after the last stop
    tap(browser, "back")
    until(qtbot, lambda: current(console) == 2)
    session = console.controller.session
    assert session is not None
    tap(browser, "mark")
    until(qtbot, lambda: len(session.notes) == 1)


def test_a_double_tap_moves_once(qtbot: QtBot, console: Console, browser: WebDriver) -> None:
    key(qtbot, console, Qt.Key.Key_F5)
    open_view(qtbot, browser, console, "remote")
    shows(qtbot, browser, "current", "Winged Victory")
    # Two taps before the console answers either: both carry ?from=1, so the second is refused.
    browser.execute_script("const b = document.getElementById('go-next'); b.click(); b.click();")
    until(qtbot, lambda: current(console) == 2)
    shows(qtbot, browser, "current", "Venus de Milo")
    until(qtbot, lambda: "not 1" in text_of(browser, "answer"))
    assert current(console) == 2


def test_the_page_says_it_is_reconnecting_and_recovers(
    qtbot: QtBot, console: Console, browser: WebDriver
) -> None:
    key(qtbot, console, Qt.Key.Key_F5)
    open_view(qtbot, browser, console, "remote")
    shows(qtbot, browser, "current", "Winged Victory")
    assert not browser.find_element("id", "link").is_displayed()
    service = console.remote
    assert service is not None
    service.stop()  # the Wi-Fi drops, or the console's server goes away
    until(qtbot, lambda: "reconnecting" in text_of(browser, "link"))
    assert not browser.find_element("id", "go-next").is_enabled()  # no tap goes nowhere silently
    key(qtbot, console, Qt.Key.Key_PageDown)  # the show moves on meanwhile
    service.start()  # on the same port (the service keeps the one it had)
    until(qtbot, lambda: not browser.find_element("id", "link").is_displayed(), timeout_ms=10_000)
    shows(qtbot, browser, "current", "Venus de Milo")
    tap(browser, "go-next")
    until(qtbot, lambda: current(console) == 3)


def test_a_wrong_token_is_said_not_retried_silently(
    qtbot: QtBot, console: Console, browser: WebDriver
) -> None:
    url = remote_url(qtbot, console)
    browser.get(f"{url}remote?token=wrong")
    assert "a valid token is needed" in browser.page_source  # the page itself needs the token


# -- /stage and /producer ------------------------------------------------------------------------------------
def test_the_stage_shows_the_clock_and_the_cue_from_the_command_line(
    qtbot: QtBot, console: Console, browser: WebDriver
) -> None:
    key(qtbot, console, Qt.Key.Key_F5)
    open_view(qtbot, browser, console, "stage")
    shows(qtbot, browser, "now", "Winged Victory")
    assert "Venus de Milo" in text_of(browser, "next")
    assert re.fullmatch(r"\d\d:\d\d", text_of(browser, "time-of-day"))
    assert "good" in classes(browser.find_element("id", "stop-left"))
    assert not browser.find_element("id", "cue").is_displayed()
    assert console.remote is not None
    ok = ("--url", remote_url(qtbot, console), "--token", console.remote.token)
    code, _out, err = run_cli(qtbot, "cue", "Wrap up", *ok)
    assert code == 0, err
    shows(qtbot, browser, "cue", "Wrap up")
    assert http(qtbot, remote_url(qtbot, console), "/api/cue/clear", token=console.remote.token)[0] == 200
    until(qtbot, lambda: not browser.find_element("id", "cue").is_displayed())


def test_the_stage_turns_red_when_the_stop_runs_over(
    qtbot: QtBot, console: Console, browser: WebDriver
) -> None:
    c = console.controller
    now = [time.time()]
    c.clock = lambda: now[0]
    key(qtbot, console, Qt.Key.Key_F5)
    open_view(qtbot, browser, console, "stage")
    shows(qtbot, browser, "now", "Winged Victory")
    now[0] += 630  # the first stop has 600 s
    until(qtbot, lambda: text_of(browser, "stop-left").startswith("+0:3"))
    assert "bad" in classes(browser.find_element("id", "stop-left"))


def test_the_producer_sends_and_clears_a_cue_and_sees_the_rundown(
    qtbot: QtBot, console: Console, browser: WebDriver
) -> None:
    from selenium.webdriver.common.by import By

    key(qtbot, console, Qt.Key.Key_F5)
    key(qtbot, console, Qt.Key.Key_PageDown)
    open_view(qtbot, browser, console, "producer")
    until(qtbot, lambda: len(browser.find_elements(By.CSS_SELECTOR, "#rundown tbody tr")) == 3)
    rows = browser.find_elements(By.CSS_SELECTOR, "#rundown tbody tr")
    assert "done" in classes(rows[0]) and "current" in classes(rows[1])
    assert rows[0].find_elements(By.TAG_NAME, "td")[3].text.count(":") == 1  # the first stop's actual time
    assert text_of(browser, "title") == "Test Tour"
    browser.find_element(By.ID, "cue-text").send_keys("Five minutes")
    tap(browser, "send-cue")
    until(qtbot, lambda: console.controller.cue == "Five minutes")
    shows(qtbot, browser, "cue", "Five minutes")
    tap(browser, "clear-cue")
    until(qtbot, lambda: console.controller.cue == "")
    until(qtbot, lambda: browser.find_element(By.ID, "no-cue").is_displayed())


def test_the_producer_pins_unpins_and_dismisses_audience_questions(
    qtbot: QtBot, tour_db: Path, browser: WebDriver
) -> None:
    from selenium.webdriver.common.by import By

    chatty = open_console(qtbot, tour_db, "--chat", "twitch-chat:museum")  # no server: no chat but ours
    try:
        qtbot.waitUntil(lambda: chatty.questions is not None, timeout=5000)
        desk = chatty.questions
        assert desk is not None
        key(qtbot, chatty, Qt.Key.Key_F5)
        open_view(qtbot, browser, chatty, "producer")
        until(qtbot, lambda: browser.find_element(By.ID, "no-questions").is_displayed())
        say(chatty, "Who painted this?")
        say(chatty, "who painted THIS ??", author="Marie")
        say(chatty, "<img src=x onerror=alert(1)> c'est vrai ?", author="Camille", platform="twitch")

        def items() -> list[Any]:
            return list(browser.find_elements(By.CSS_SELECTOR, "#new-questions li"))

        until(qtbot, lambda: len(items()) == 2)
        newest, first = items()
        assert newest.find_element(By.CLASS_NAME, "asked").text == "<img src=x onerror=alert(1)> c'est vrai ?"
        assert not browser.find_elements(By.CSS_SELECTOR, "#new-questions img")  # text, never markup
        who = first.find_element(By.CLASS_NAME, "who").text
        assert who.startswith("Li Wei · YouTube · ") and who.endswith(" · ×2")

        first.find_element(By.XPATH, ".//button[text()='Pin']").click()  # the producer pins it
        until(qtbot, lambda: desk.pinned is not None)
        assert desk.pinned is not None and desk.pinned.message.text == "Who painted this?"
        pinned = "Question from Li Wei, YouTube: Who painted this?"
        label = next(
            w
            for w in chatty.live_view.points.findChildren(type(chatty.live_view.clock_bar.state))
            if w.objectName() == "pinnedQuestion"
        )
        until(qtbot, lambda: label.isVisible() and label.text() == pinned)  # the guide sees it pinned
        assert chatty.stage.question.text() == pinned
        shows(qtbot, browser, "pinned-text", "Who painted this?")
        until(qtbot, lambda: len(items()) == 1)  # pinned, it leaves the new ones

        tap(browser, "unpin")
        until(qtbot, lambda: desk.pinned is None and not label.isVisible())
        until(qtbot, lambda: browser.find_element(By.ID, "no-pinned").is_displayed())
        dismissed = next(q for q in desk.board if q.message.author == "Camille")
        row = browser.find_element(By.CSS_SELECTOR, f'#new-questions li[data-id="{dismissed.id}"]')
        row.find_element(By.XPATH, ".//button[text()='Dismiss']").click()
        until(qtbot, lambda: getattr(desk.board.get(dismissed.id), "state", None) == "dismissed")
        until(qtbot, lambda: not browser.find_elements(By.CSS_SELECTOR, f'li[data-id="{dismissed.id}"]'))
    finally:
        chatty.shutdown()


def test_the_producer_hides_the_questions_without_a_chat_source(
    qtbot: QtBot, console: Console, browser: WebDriver
) -> None:
    from selenium.webdriver.common.by import By

    key(qtbot, console, Qt.Key.Key_F5)
    open_view(qtbot, browser, console, "producer")
    until(qtbot, lambda: len(browser.find_elements(By.CSS_SELECTOR, "#rundown tbody tr")) == 3)
    assert not browser.find_element(By.ID, "questions").is_displayed()


# -- the window's language -----------------------------------------------------------------------------------
@pytest.fixture
def console_in(qtbot: QtBot, tour_db: Path) -> Iterator[Callable[[str], Console]]:
    """``console_in("fr")``: the real console with its window (and so its browser views) in that language."""
    from PySide6.QtWidgets import QApplication

    from console.cli import build_parser
    from console.settings import load_settings
    from console.ui.languages import install_translators

    app = QApplication.instance()
    assert app is not None
    built: list[Console] = []

    def make(language: str) -> Console:
        install_translators(app, language)  # as install_language does for --lang
        console = Console(
            build_parser().parse_args(["--db", str(tour_db), "--lang", language]), load_settings()
        )
        qtbot.addWidget(console.window)
        built.append(console)
        start(qtbot, console)
        return console

    yield make
    for console in built:
        console.shutdown()
    install_translators(app, "en")


@pytest.mark.parametrize(
    ("language", "html_lang", "next_button", "this_stop"),
    [("fr", "fr", "Suivant", "CET ARRÊT"), ("zh_CN", "zh-CN", "下一站", "本站")],
)
def test_the_views_speak_the_window_language(
    qtbot: QtBot,
    console_in: Callable[[str], Console],
    browser: WebDriver,
    language: str,
    html_lang: str,
    next_button: str,
    this_stop: str,
) -> None:
    from selenium.webdriver.common.by import By

    console = console_in(language)
    key(qtbot, console, Qt.Key.Key_F5)
    open_view(qtbot, browser, console, "remote")
    shows(qtbot, browser, "current", "Winged Victory")
    assert browser.execute_script("return document.documentElement.lang") == html_lang
    assert text_of(browser, "go-next") == next_button
    assert text_of(browser, "state").endswith({"fr": "À l’antenne", "zh_CN": "直播中"}[language])
    open_view(qtbot, browser, console, "stage")
    shows(qtbot, browser, "now", "Winged Victory")
    captions = [element.text for element in browser.find_elements(By.CSS_SELECTOR, ".caption")]
    assert this_stop in captions  # CSS upper-cases the caption, as the console's
    assert console.remote is not None
    console.remote.stop()
    until(qtbot, lambda: text_of(browser, "link") != "")
    expected = {
        "fr": "Pas de liaison avec la console : reconnexion…",
        "zh_CN": "与控制台的连接已断开：正在重新连接…",
    }
    assert text_of(browser, "link") == expected[language]


def page_words() -> set[str]:
    """Every word the pages look up: t("...") in the scripts, data-t="..." in the pages."""
    words: set[str] = set()
    for path in WEB.iterdir():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".js":
            words |= set(re.findall(r'\bt\("([^"]+)"', text))
        if path.suffix == ".html":
            words |= set(re.findall(r'data-t(?:-placeholder)?="([^"]+)"', text))
            words |= set(re.findall(r"<title>([^<]+)</title>", text))
    return words


def test_every_word_the_pages_use_is_translated_from_the_ts_files() -> None:
    """One source of truth: the pages' words are WEB_STRINGS, which the .ts files translate (WebViews)."""
    used = page_words()
    assert "Next" in used and "No connection to the console: reconnecting…" in used
    assert used <= set(WEB_STRINGS), (
        f"words the pages use but WEB_STRINGS lacks: {sorted(used - set(WEB_STRINGS))}"
    )
    for language in ("fr", "zh_CN"):
        root = ElementTree.parse(ASSETS / "translations" / f"cicerone_{language}.ts").getroot()
        context = next(c for c in root.iter("context") if c.findtext("name") == "WebViews")
        translated = {
            m.findtext("source"): m.findtext("translation")
            for m in context.iter("message")
            if m.find("translation") is not None and m.find("translation").get("type") is None  # type: ignore[union-attr]
        }
        missing = [word for word in WEB_STRINGS if not translated.get(word)]
        assert not missing, f"{language}: no translation for {missing}"


# -- static files --------------------------------------------------------------------------------------------
def raw_get(url: str, path: str) -> tuple[int, bytes]:
    """A request with the path sent exactly as written (no client normalises the dots away)."""
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    connection = HTTPConnection(host, int(port), timeout=10)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_static_paths_never_leave_the_web_assets(qtbot: QtBot, console: Console) -> None:
    url = remote_url(qtbot, console)
    status, body = raw_get(url, "/web/common.js")
    assert status == 200 and b"Cicerone" in body  # the pages' code needs no token: no show data in it
    secret = (ASSETS.parent / "pyproject.toml").read_bytes()[:40]
    for climb in (
        "/web/../../pyproject.toml",
        "/web/%2e%2e/%2e%2e/pyproject.toml",
        "/web/%2E%2E%2F%2E%2E%2Fpyproject.toml",
        "/web/..%2f..%2fpyproject.toml",
        "/web//etc/passwd",
        "/web/%2fetc%2fpasswd",
        "/web/..\\..\\pyproject.toml",
        "/web/../translations/cicerone_fr.ts",
        "/web/",
        "/web/.",
    ):
        status, body = raw_get(url, climb)
        assert status in (400, 401, 404), climb
        assert secret not in body and b"root:" not in body, climb
    assert raw_get(url, "/stage")[0] == 401  # a page needs the token, like the API
    assert raw_get(url, "/etc/passwd")[0] == 404


def test_inside_refuses_links_and_climbs(tmp_path: Path) -> None:
    root = tmp_path / "web"
    root.mkdir()
    (root / "page.html").write_text("ok")
    (root / "sub").mkdir()
    (root / "sub" / "x.css").write_text("ok")
    outside = tmp_path / "secret.js"
    outside.write_text("secret")
    (root / "out.js").symlink_to(outside)  # a link pointing out of the folder
    (root / "in.html").symlink_to(root / "page.html")  # one staying inside is fine
    (root / "loop.js").symlink_to(root / "loop.js")
    assert inside(root, "page.html") == (root / "page.html").resolve()
    assert inside(root, "sub/x.css") == (root / "sub" / "x.css").resolve()
    assert inside(root, "in.html") == (root / "page.html").resolve()
    for name in (
        "out.js",
        "loop.js",
        "../secret.js",
        "sub/../../secret.js",
        str(outside),
        "/etc/passwd",
        "sub",
        "",
        "missing.js",
        "C:/x.js",
        "sub\\..\\..\\secret.js",
    ):
        assert inside(root, name) is None, name


# -- the language action -------------------------------------------------------------------------------------
def test_the_language_action_cycles_like_l_and_chooses_by_code(qtbot: QtBot, multilingual: Console) -> None:
    console = multilingual
    url = remote_url(qtbot, console)
    assert console.remote is not None
    token = console.remote.token

    def act(path: str) -> tuple[int, dict[str, Any]]:
        return http(qtbot, url, f"/api/{path}", token=token)

    status, answer = act("language")  # off air: what the next show starts in
    assert status == 200 and answer["state"]["tour"]["language"] == "fr" == console.controller.language
    key(qtbot, console, Qt.Key.Key_F5)
    status, answer = act("language/zh")
    assert status == 200 and answer["state"]["tour"]["language"] == "zh" == console.controller.language
    session = console.controller.session
    assert session is not None and session.talking_points_language == "zh"
    status, answer = act("language")  # after the last, the main one again, as L
    assert status == 200 and answer["state"]["tour"]["language"] == "en"
    assert act("language/en")[0] == 200 and console.controller.language == "en"  # already: nothing moves
    status, answer = act("language/de")
    assert status == 409 and "en, fr, zh" in answer["reason"] and console.controller.language == "en"
    key(qtbot, console, Qt.Key.Key_L)  # the window's L: the state follows, titles and all
    status, state = http(qtbot, url, "/api/state", method="GET", token=token)
    assert state["tour"]["language"] == "fr" and state["tour"]["title"] == "Visite test"
    assert [stop["title"] for stop in state["stops"]] == [
        "Victoire de Samothrace",
        "Vénus de Milo",
        "La Joconde",
    ]


def test_the_language_action_refuses_a_one_language_tour(qtbot: QtBot, console: Console) -> None:
    url = remote_url(qtbot, console)
    assert console.remote is not None
    status, answer = http(qtbot, url, "/api/language", token=console.remote.token)
    assert status == 409 and "one language" in answer["reason"]


# -- screenshots for the README ------------------------------------------------------------------------------
def screenshot(driver: WebDriver, path: Path, width: int, height: int, *, mobile: bool) -> None:
    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        time.sleep(0.3)
        driver.save_screenshot(str(path))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_screenshots_of_the_views(qtbot: QtBot, console: Console, browser: WebDriver, tmp_path: Path) -> None:
    """Phone and 1080p pictures of /remote and /stage on air with a cue; with CICERONE_SCREENSHOTS=1 the
    README's two (the phone remote, the stage at 1080p) are copied to docs/screenshots/."""
    import os
    import shutil

    key(qtbot, console, Qt.Key.Key_F5)
    key(qtbot, console, Qt.Key.Key_PageDown)
    console.controller.set_cue("Wrap up in two minutes")
    for view, id_ in (("remote", "current"), ("stage", "now")):
        open_view(qtbot, browser, console, view)
        shows(qtbot, browser, id_, "Venus de Milo")
        qtbot.wait(1500)  # the cue's one flash is over: the picture shows it as it stays
        for name, size, mobile in (("phone", (390, 844), True), ("1080p", (1920, 1080), False)):
            path = tmp_path / f"web-{view}-{name}.png"
            screenshot(browser, path, *size, mobile=mobile)
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("CICERONE_SCREENSHOTS") == "1":
        for name in README_SCREENSHOTS:
            shutil.copyfile(tmp_path / name, SCREENSHOTS / name)


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform has no window stacking
def test_the_remote_panel_qr_code_opens_the_phone_remote(qtbot: QtBot, console: Console) -> None:
    from console.ui.remote_panel import qr_pixmap

    url = remote_url(qtbot, console)
    panel, service = console.remote_panel, console.remote
    assert panel is not None and service is not None
    link = f"{url}remote?token={service.token}"
    qtbot.waitUntil(lambda: panel.phone.text() == link)
    pixmap = panel.qr.pixmap()
    assert pixmap is not None and pixmap.toImage() == qr_pixmap(link).toImage()
