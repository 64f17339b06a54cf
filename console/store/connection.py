"""The open database: one sqlite3 connection, a statement at a time or several in :meth:`Database.atomic`.

Rows are read and written here with plain parameterised SQL; sqlite-utils owns the schema (see
``schema.py``) and is imported only when a migration has to run. That keeps the console's start,
and every write made on air, free of sqlite-utils' import (60-90 ms: its CLI and plugin machinery),
which was a quarter of the console's cold start.

The connection is in autocommit mode (``isolation_level=None``): a statement outside ``atomic()`` is
its own transaction, committed (durably, with ``synchronous=FULL``) before ``execute`` returns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]


def quote(identifier: str) -> str:
    """An SQL identifier quoted (table and column names here are ours, but quote them anyway)."""
    return '"' + identifier.replace('"', '""') + '"'


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        conn.isolation_level = None
        self.conn = conn
        self._depth = 0  # open atomic() blocks: nested ones are savepoints inside the outer one

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts, column name to value (the statement runs before this returns)."""
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description or ()]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row and return its rowid."""
        cursor = self.conn.execute(_insert_sql(table, row), list(row.values()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def insert_all(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert many rows (wrap the call in :meth:`atomic` to make them one transaction)."""
        for row in rows:
            self.conn.execute(_insert_sql(table, row), list(row.values()))

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction around the block: all of it is committed, or none of it if it raises."""
        savepoint = f"atomic_{self._depth}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:  # an error may already have rolled the whole transaction back
                self.conn.execute(f"ROLLBACK TO {savepoint}")
                self.conn.execute(f"RELEASE {savepoint}")
            raise
        else:
            self.conn.execute(f"RELEASE {savepoint}")  # the outermost release commits
        finally:
            self._depth -= 1

    def replace_connection(self, conn: sqlite3.Connection) -> None:
        """Go on through ``conn`` (the lock watchdog's fresh connection, the old one already closed)."""
        assert self._depth == 0, "never inside atomic()"
        conn.isolation_level = None
        self.conn = conn

    def file(self) -> str | None:
        """The file behind the connection (None for an in-memory database)."""
        for row in self.query("PRAGMA database_list"):
            if row["name"] == "main":
                return str(row["file"]) or None
        return None

    def close(self) -> None:
        self.conn.close()


def _insert_sql(table: str, row: Mapping[str, Any]) -> str:
    columns = ", ".join(quote(name) for name in row)
    marks = ", ".join("?" for _ in row)
    return f"INSERT INTO {quote(table)} ({columns}) VALUES ({marks})"
