"""``python -m console``."""

from console.cli import main
from console.frozen import prepare as prepare_frozen

prepare_frozen()  # before anything imports vlc: a frozen build points python-vlc at its own libvlc

raise SystemExit(main())
