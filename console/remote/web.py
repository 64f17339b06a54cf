"""The browser views (``/stage``, ``/remote``, ``/producer``): plain files from ``assets/web/``, served by the
show-control server on its own thread.

A page asks for the token like the API (the link the Remote panel's QR code carries has it); its script and
style under ``/web/`` hold no show data and load without it. A static path is looked up only inside
``assets/web/``: ``..``, an absolute path, a percent-encoded climb or a symbolic link pointing out of the
folder all answer 404, whatever the file system holds. Each page arrives with the window's language and its
words already translated (:class:`WebViews`, made on the GUI thread from the ``.ts`` files' ``.qm``), so the
browser speaks the window's language with no second list of translations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from console.assets import asset_path

WEB_ASSETS = "web"
STATIC_PREFIX = "/web/"
PAGES = {"/stage": "stage.html", "/remote": "remote.html", "/producer": "producer.html"}
CONTENT_TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
STRINGS_MARK = "{}<!--STRINGS-->"  # in each page's <script id="strings" type="application/json">
# Same-origin everything; the JSON block of words is data, never run. No referrer: a link never leaks ?token.
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; connect-src 'self'; img-src 'self' data:",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class WebViews:
    """What the pages need from the GUI thread, made once there: the language and its words."""

    language: str  # the window's language ("en", "fr", "zh_CN")
    strings: dict[str, str]  # English -> the window's language, for the pages' scripts
    root: Path = field(default_factory=lambda: asset_path(WEB_ASSETS))

    def add_routes(self, app: web.Application) -> None:
        for path in PAGES:
            app.router.add_get(path, self._page)
        app.router.add_get(STATIC_PREFIX + "{name:.*}", self._static)

    async def _page(self, request: web.Request) -> web.Response:
        source = inside(self.root, PAGES[request.path])
        if source is None:
            raise web.HTTPNotFound()
        html = source.read_text(encoding="utf-8")
        words = json.dumps(self.strings, ensure_ascii=False).replace("<", "\\u003c")  # no </script> inside
        language = self.language.replace("_", "-")  # zh_CN -> zh-CN, as HTML spells it
        html = html.replace(STRINGS_MARK, words).replace('lang="en"', f'lang="{language}"')
        return web.Response(text=html, content_type="text/html", charset="utf-8", headers=HEADERS)

    async def _static(self, request: web.Request) -> web.Response:
        # The raw path, percent-decoded once by aiohttp: "%2e%2e" arrives as "..", which inside() refuses.
        found = inside(self.root, request.path.removeprefix(STATIC_PREFIX))
        if found is None or found.suffix not in CONTENT_TYPES:
            return web.json_response({"ok": False, "reason": "not found"}, status=404)
        kind = CONTENT_TYPES[found.suffix]
        return web.Response(body=found.read_bytes(), content_type=kind, headers=HEADERS)


def inside(root: Path, name: str) -> Path | None:
    """The regular file ``name`` names under ``root``, or None when it is not there or would leave it."""
    parts = name.replace("\\", "/").split("/")
    if not name or name.startswith("/") or any(part in ("", ".", "..") or ":" in part for part in parts):
        return None
    try:
        base = root.resolve(strict=True)
        found = (base / name).resolve(strict=True)  # follows links: one pointing out is caught below
    except (OSError, RuntimeError):  # missing, a loop of links
        return None
    if not found.is_relative_to(base) or not found.is_file():
        return None
    return found
