"""Storage: one SQLite file (schema by sqlite-utils migrations); repositories return domain objects."""

from console.store.connection import Database
from console.store.database import ReadOnlyDatabase, chosen_db_path, default_db_path, open_database
from console.store.sessions import SessionRepository
from console.store.tours import TourRepository

__all__ = [
    "Database",
    "ReadOnlyDatabase",
    "SessionRepository",
    "TourRepository",
    "chosen_db_path",
    "default_db_path",
    "open_database",
]
