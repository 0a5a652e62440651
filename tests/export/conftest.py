from tests.store.backends import db_url  # noqa: F401  (fixture: SQLite, and PostgreSQL if set)
