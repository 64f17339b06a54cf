"""Real full and read-only disks for tests: a small tmpfs where this user may mount one, else the nearest
real thing (``RLIMIT_FSIZE`` on the child process for a full disk, permissions for a read-only folder)."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO


def _mount_tmpfs(folder: Path, size: int) -> bool:
    if os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return result.returncode == 0


def _unmount(folder: Path) -> None:
    """Unmounted even if a test left a file open there (lazily then: gone once it is closed)."""
    if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@dataclass
class SmallDisk:
    """A folder that fills up: on a tmpfs of the size asked for, or (no mount allowed) one whose child
    processes cannot grow a file past ``file_limit`` bytes (they get EFBIG, as from a full disk)."""

    folder: Path
    file_limit: int | None

    def cicerone(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.python("-m", "console", *args)

    def python(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            preexec_fn=self._limit if self.file_limit is not None else None,
        )

    def _limit(self) -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        assert self.file_limit is not None
        import resource  # POSIX only: imported where it is used, so this module loads on Windows

        resource.setrlimit(resource.RLIMIT_FSIZE, (self.file_limit, self.file_limit))


@contextlib.contextmanager
def small_disk(folder: Path, *, size: int, file_limit: int) -> Iterator[SmallDisk]:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _mount_tmpfs(folder, size)
    try:
        yield SmallDisk(folder, None if mounted else file_limit)
    finally:
        if mounted:
            _unmount(folder)


@dataclass
class ReadOnlyFolder:
    folder: Path
    mounted: bool

    def freeze(self) -> None:
        """From now on nothing in the folder can be written, by this process or any other."""
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True, capture_output=True)
            return
        for entry in self.folder.iterdir():
            entry.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        self.folder.chmod(stat.S_IRUSR | stat.S_IXUSR)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[ReadOnlyFolder]:
    """A folder to fill, then :meth:`ReadOnlyFolder.freeze`: a read-only tmpfs, or permissions for a user
    they bind (root ignores them, so root without mount rights skips)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _mount_tmpfs(folder, 4 << 20)
    if not mounted and os.geteuid() == 0:
        pytest.skip("root cannot mount a tmpfs here, and permissions do not bind root")
    try:
        yield ReadOnlyFolder(folder, mounted)
    finally:
        if mounted:
            _unmount(folder)
        else:
            folder.chmod(stat.S_IRWXU)


def files_in(folder: Path) -> Sequence[str]:
    return sorted(entry.name for entry in folder.iterdir())
