"""``cicerone backup`` and ``cicerone restore``: a copy of the database on demand, and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from console.commands.common import db_path


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup",
        help="make a consistent copy of the database now (also while a show runs)",
        description="Copy the database with SQLite's online backup, through a read-only connection of its "
        "own, so a console can go on running a show meanwhile. Without -o the copy goes into the backup "
        "folder (the backup_dir setting, else 'backups' in the user data folder), named with the "
        "database's name and the date and time, and only the newest 20 there are kept. Prints the "
        "copy's path.",
    )
    backup.add_argument("-o", "--output", metavar="FILE", help="write the copy to FILE instead")
    backup.set_defaults(func=cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup, after checking it",
        description="Check FILE (SQLite's integrity check; a Cicerone database of a schema this version "
        "knows), then put it in place of the database in one step. Refused while a console has the "
        "database open. The replaced database is kept beside it as NAME.replaced-DATE-TIME.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from console.settings import load_settings
    from console.store.backup import back_up, back_up_into_folder

    database = db_path(args)
    if args.output:
        target = back_up(database, Path(args.output))
    else:
        target = back_up_into_folder(database, load_settings().backup_dir)
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from console.store.backup import restore

    database = db_path(args)
    kept = restore(database, Path(args.file))
    print(f"restored {args.file} into {database}")
    if kept is not None:
        print(f"the replaced database is kept as {kept}")
    return 0
