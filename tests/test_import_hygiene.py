"""The core never imports Textual: only ``factcheck.tui``'s app, screens and widgets do,
and the CLI imports them only when the TUI is asked for (harlequin's import hygiene test)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CORE = (
    "factcheck.extract", "factcheck.store", "factcheck.workflow", "factcheck.ingest",
    "factcheck.export", "factcheck.cli", "factcheck.output", "factcheck.wording",
    # The TUI's own non-UI modules: the package, its queries and its workflow adapter.
    "factcheck.tui", "factcheck.tui.data", "factcheck.tui.actions",
)


def test_core_modules_do_not_import_textual() -> None:
    code = textwrap.dedent(f"""
        import importlib, importlib.util, sys
        missing = []
        for name in {CORE!r}:
            if importlib.util.find_spec(name) is None:
                missing.append(name)  # a room not merged into this branch yet
                continue
            importlib.import_module(name)
        import factcheck.cli
        factcheck.cli.main.make_context("factcheck", ["claims", "--help"], resilient_parsing=True)
        leaked = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        print("missing:", missing, file=sys.stderr)
        assert not leaked, leaked
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_tui_does_import_textual() -> None:
    """The check above would pass vacuously if nothing could import Textual."""
    code = "import sys, factcheck.tui.app; assert 'textual' in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
