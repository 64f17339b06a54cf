"""The suite runs on Windows runners too (issue 20): a test that needs POSIX (a FIFO, a device node, an
rlimit, permission bits, a signal by number) carries the ``posix`` mark, which tests/conftest.py turns into
a skip on Windows. This scan keeps that true as tests are added."""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).parent
POSIX_ONLY = re.compile(
    r"os\.mkfifo|make_fifo|make_device|make_socket|os\.mknod|small_disk|read_only_folder|"
    r"signal\.SIGKILL|signal\.SIGINT|signal\.SIGTERM|\"/dev/zero\"|\"/etc/shadow\""
)


def marked(node: ast.FunctionDef, module: ast.Module) -> bool:
    """The test or its module carries ``posix`` (or an older skip on win32 / non-linux)."""
    decorators = [ast.unparse(d) for d in node.decorator_list]
    module_marks = [
        ast.unparse(statement.value)
        for statement in module.body
        if isinstance(statement, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in statement.targets)
    ]
    return any("posix" in mark or "win32" in mark or "linux" in mark for mark in decorators + module_marks)


def test_every_posix_only_test_is_marked_posix() -> None:
    unmarked = []
    for path in sorted(TESTS.glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        module = ast.parse(source)
        for node in module.body:
            if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test")):
                continue
            body = ast.get_source_segment(source, node) or ""
            if POSIX_ONLY.search(body) and not marked(node, module) and path.name != Path(__file__).name:
                unmarked.append(f"{path.name}::{node.name}")
    assert not unmarked, f"mark these @pytest.mark.posix (they cannot run on Windows): {unmarked}"
