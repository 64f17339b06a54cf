"""Storage: one SQLite file through sqlite-utils; repositories return domain objects."""

from console.store.database import default_db_path, open_database
from console.store.sessions import SessionRepository
from console.store.tours import TourRepository

__all__ = ["SessionRepository", "TourRepository", "default_db_path", "open_database"]
