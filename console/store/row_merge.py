"""Bringing rows one connection still sees back into the database file (the lock watchdog's rescue).

Plain SQL over an attached copy: per table, by primary key, rows missing from the file are inserted and
rows it holds differently are updated; rows only the file has are left alone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.store.connection import quote


def merge_rows(conn: sqlite3.Connection, rescue: Path) -> int:
    """Bring into ``conn``'s file every row of ``rescue`` it lacks or holds differently, in one transaction.

    ``rescue`` is what this process had written; the file may meanwhile hold rows of other processes,
    which are kept. A row in both with different values takes the rescued values (this console's
    latest write, e.g. a session's end). Returns the rows inserted or updated.
    """
    changed = 0
    conn.execute("ATTACH DATABASE ? AS rescued", (str(rescue),))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "PRAGMA defer_foreign_keys=ON"
            )  # parents and children in any order, checked at commit
            for table in _plain_tables(conn):
                changed += _merge_table(conn, table)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE rescued")
    return changed


def _plain_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables in creation order (parents first); virtual tables fill themselves via triggers."""
    rows = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, sql in rows
        if not name.startswith("sqlite_")
        and name not in virtual
        and not any(name.startswith(f"{parent}_") for parent in virtual)  # a virtual table's shadow tables
    ]


def _merge_table(conn: sqlite3.Connection, table: str) -> int:
    info = conn.execute(f"PRAGMA main.table_info({quote(table)})").fetchall()  # cid, name, type, ..., pk
    rescued = {row[1] for row in conn.execute(f"PRAGMA rescued.table_info({quote(table)})")}
    columns = [row[1] for row in info if row[1] in rescued]
    if not columns:
        return 0
    keys = [row[1] for row in sorted(info, key=lambda row: row[5]) if row[5] and row[1] in rescued]
    keys = keys or columns  # no primary key: the whole row is the key
    main, copy = f"main.{quote(table)}", f"rescued.{quote(table)}"
    names = ", ".join(quote(name) for name in columns)
    same_key = " AND ".join(f"m.{quote(key)} IS r.{quote(key)}" for key in keys)
    inserted = conn.execute(
        f"INSERT INTO {main} ({names}) SELECT {names} FROM {copy} AS r "
        f"WHERE NOT EXISTS (SELECT 1 FROM {main} AS m WHERE {same_key})"
    ).rowcount
    others = [name for name in columns if name not in keys]
    if not others:
        return inserted
    targets = ", ".join(quote(name) for name in others)
    values = ", ".join(f"r.{quote(name)}" for name in others)
    differs = " OR ".join(f"m.{quote(name)} IS NOT r.{quote(name)}" for name in others)
    updated = conn.execute(
        f"UPDATE {main} AS m SET ({targets}) = (SELECT {values} FROM {copy} AS r WHERE {same_key}) "
        f"WHERE EXISTS (SELECT 1 FROM {copy} AS r WHERE {same_key} AND ({differs}))"
    ).rowcount
    return inserted + updated
