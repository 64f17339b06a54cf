"""dmgbuild settings for Cicerone's disk image: the app beside a link to /Applications, to drag it across.

Used by scripts/macos/make-dmg, from the repository's top folder:
``dmgbuild -s scripts/macos/dmg_settings.py -D app=PATH "Cicerone" OUT.dmg``.
dmgbuild executes this file with ``defines`` (the ``-D`` values) in scope; every name below is a setting
documented on dmgbuild's "Settings" page.
"""

import os.path

application = defines.get("app", "dist/bundle/Cicerone.app")  # type: ignore[name-defined]  # noqa: F821
appname = os.path.basename(application)

format = "UDZO"  # zlib-compressed, readable on every macOS the app supports
size = None  # computed by dmgbuild from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
# The volume's icon is the app's (relative to the top folder, where make-dmg runs). Not badge_icon: dmgbuild
# draws a badge only with pyobjc-framework-Quartz installed and silently drops it otherwise.
icon = "assets/icons/cicerone.icns"

background = "builtin-arrow"
window_rect = ((200, 160), (640, 300))
default_view = "icon-view"
show_icon_preview = False
icon_size = 128
text_size = 14
icon_locations = {appname: (150, 130), "Applications": (490, 130)}
