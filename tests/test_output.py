"""The shared output helpers: files replaced only when complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.output import replace_when_done


def test_the_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    with pytest.raises(RuntimeError), replace_when_done(target) as out:
        out.write("half of a new export")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert list(tmp_path.iterdir()) == [target]

    with replace_when_done(target) as out:
        out.write("a whole new export\n")
    assert target.read_text(encoding="utf-8") == "a whole new export\n"
    assert list(tmp_path.iterdir()) == [target]


def test_an_unwritable_place_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError, match="is a directory"), replace_when_done(tmp_path):
        pass
    with pytest.raises(FactcheckError, match="cannot write it"), \
            replace_when_done(tmp_path / "missing" / "out.csv"):
        pass
