"""Alembic: the revisions build the whole schema, back and forth, with no drift."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from factcheck.store import migrate
from factcheck.store.database import create_engine_for, resolve_url
from factcheck.store.models import Base

ROOT = Path(__file__).resolve().parents[2]


def _tables(engine: object) -> set[str]:
    return set(inspect(engine).get_table_names())  # type: ignore[arg-type]


def test_upgrade_from_empty_to_head_and_downgrade_to_base(db_url: str) -> None:
    engine = create_engine_for(resolve_url(db_url))
    try:
        migrate.upgrade(engine)
        assert _tables(engine) == set(Base.metadata.tables) | {"alembic_version"}
        with engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        migrate.downgrade(engine, "base")
        assert _tables(engine) <= {"alembic_version"}
        with engine.connect() as connection:
            assert migrate.current_revision(connection) is None
        migrate.upgrade(engine)  # and up again, on a database that has been down
        assert _tables(engine) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


def test_alembic_check_finds_no_drift_between_models_and_migrations(db_url: str) -> None:
    engine = create_engine_for(resolve_url(db_url))
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            command.check(migrate.alembic_config(connection))  # raises on any difference
    finally:
        engine.dispose()


def test_migrations_are_found_in_the_source_tree() -> None:
    assert migrate.migrations_dir() == ROOT / "migrations"


def test_migrations_are_found_inside_an_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a wheel puts them: ``factcheck/migrations`` next to the package's modules."""
    package = tmp_path / "factcheck"
    (package / "migrations").mkdir(parents=True)
    (package / "migrations" / "env.py").write_text("# packaged\n")

    class FakeFiles:
        def __truediv__(self, name: str) -> Path:
            return package / name

    monkeypatch.setattr(migrate.resources, "files", lambda _name: FakeFiles())
    assert migrate.migrations_dir() == package / "migrations"


def test_the_wheel_carries_the_migrations_and_they_run_from_it(tmp_path: Path) -> None:
    """Build the wheel as ``pip install .`` would, install it away from the source tree,
    and create a database with it."""
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels),
         str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip().splitlines()[-1:]}")
    (wheel,) = wheels.glob("factcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factcheck/migrations/env.py" in names
    assert "factcheck/migrations/script.py.mako" in names
    for revision in ("0001", "0002", "0003", "0004", "0005", "0006"):
        assert any(n.startswith(f"factcheck/migrations/versions/{revision}") for n in names)

    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    script = (
        "import factcheck.store.migrate as m, sys\n"
        "from factcheck.store import open_database, schema_status\n"
        "print(m.migrations_dir())\n"
        "db = open_database(sys.argv[1]); print(schema_status(db.engine).state.name)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "w.sqlite3")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    where, state = run.stdout.split()
    assert Path(where) == target / "factcheck" / "migrations"
    assert state == "CURRENT"
