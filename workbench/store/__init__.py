"""Project store: SQLModel tables, engine and session factory, migrations."""
