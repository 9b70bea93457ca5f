"""The TUI's arrows run one way: app -> screens -> widgets -> the modules below them
(workers, data, messages, actions, text, commands). Read from the source with ``ast``, so
an import inside a function or under ``TYPE_CHECKING`` counts as much as one at the top."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import factcheck.tui

TUI = Path(factcheck.tui.__file__).parent
BELOW = ("workers", "data", "messages", "actions", "text", "commands")


def _module_name(path: Path) -> str:
    parts = path.relative_to(TUI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it (``from a import b`` counts as
    ``a`` and ``a.b``, since ``b`` may be a module)."""
    package = _module_name(path).rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _files(*where: str) -> list[Path]:
    files: list[Path] = []
    for name in where:
        target = TUI / name
        files.extend(sorted(target.glob("*.py")) if target.is_dir()
                     else [target.with_suffix(".py")])
    return files


def _hits(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        name for name in imported(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


@pytest.mark.parametrize("path", _files("screens", "widgets"), ids=lambda p: p.name)
def test_screens_and_widgets_never_import_the_app(path: Path) -> None:
    assert _hits(path, ("factcheck.tui.app",)) == []


@pytest.mark.parametrize("path", _files("widgets"), ids=lambda p: p.name)
def test_widgets_never_import_screens(path: Path) -> None:
    assert _hits(path, ("factcheck.tui.app", "factcheck.tui.screens")) == []


@pytest.mark.parametrize("path", _files(*BELOW), ids=lambda p: p.name)
def test_the_modules_below_import_no_app_screen_or_widget(path: Path) -> None:
    assert _hits(path, ("factcheck.tui.app", "factcheck.tui.screens",
                        "factcheck.tui.widgets")) == []


IMPORTS = [
    ("from factcheck.tui.app import FactcheckApp", {"factcheck.tui.app",
                                                   "factcheck.tui.app.FactcheckApp"}),
    ("from factcheck.tui import app", {"factcheck.tui", "factcheck.tui.app"}),
    ("if TYPE_CHECKING:\n    import factcheck.tui.app", {"factcheck.tui.app"}),
    ("def f():\n    from ..app import X", {"factcheck.tui.app", "factcheck.tui.app.X"}),
]


@pytest.mark.parametrize(("source", "expected"), IMPORTS)
def test_imports_are_found_wherever_they_are(
    tmp_path: Path, source: str, expected: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above would pass vacuously if ``imported`` missed some form of import."""
    fake_tui = tmp_path / "factcheck" / "tui"
    (fake_tui / "screens").mkdir(parents=True)
    path = fake_tui / "screens" / "probe.py"
    path.write_text(source, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.TUI", fake_tui)
    assert imported(path) == expected
