"""Score direct quotes, speakers and reported speech on PolNeAR with its own scorer.

Run ``.venv/bin/python benchmarks/polnear_eval.py [DIR] [--keep FILE]``; DIR defaults to
``../shared/eval/polnear-train`` beside the repository (``FACTCHECK_SHARED`` may name the
shared folder). It extracts every ``DIR/text/*.txt`` in-process, as ``factcheck extract
--format jsonl`` would, writes the claims to a temporary JSON-lines file (or ``--keep``
FILE), runs ``DIR/score.py`` on it and prints the four figures the issue is judged by:
``direct_recall``, ``speaker_acc``, ``quote_precision`` and ``indirect_recall``.

The scorer is the data set's own and is run as it is, in a child process, so what is
printed here is exactly what it says; the articles are read as it reads them (UTF-8,
universal newlines), so the offsets of the claims index the same text.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract import extract

FIGURES = ("direct_recall", "speaker_acc", "quote_precision", "indirect_recall")


def default_dir() -> Path:
    shared = os.environ.get("FACTCHECK_SHARED")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared"
    return base / "eval" / "polnear-train"


def articles(directory: Path) -> list[Path]:
    return sorted((directory / "text").glob("*.txt"))


def write_claims(directory: Path, out: Path, *, figures: bool = True) -> tuple[int, float]:
    """Extract every article into ``out`` as JSON lines; the characters read and seconds."""
    size = 0
    began = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        for path in articles(directory):
            text = path.read_text(encoding="utf-8")
            size += len(text.encode("utf-8"))
            for claim in extract(text, document=path.name, figures=figures):
                sink.write(json.dumps(claim.to_dict(), ensure_ascii=False))
                sink.write("\n")
    return size, time.perf_counter() - began


def score(directory: Path, claims: Path) -> dict[str, Any]:
    """The figures of ``directory/score.py`` for a JSON-lines file of claims."""
    done = subprocess.run(
        [sys.executable, str(directory / "score.py"), str(directory), str(claims)],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"score.py failed: {done.stderr.strip().splitlines()[-1:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def evaluate(directory: Path, keep: Path | None = None) -> dict[str, Any]:
    """Extract and score; the scorer's figures plus ``bytes`` and ``seconds``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp) / "claims.jsonl"
        size, seconds = write_claims(directory, out)
        figures = score(directory, out)
    figures["bytes"], figures["seconds"] = size, seconds
    return figures


def missing(directory: Path) -> str | None:
    """Why ``directory`` cannot be scored, or None."""
    if not (directory / "score.py").is_file() or not articles(directory):
        return f"no PolNeAR split at {directory} (needs text/*.txt and score.py)"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=default_dir())
    parser.add_argument("--keep", type=Path, metavar="FILE",
                        help="write the claims here (JSON lines) instead of a temporary file")
    args = parser.parse_args(argv)
    if reason := missing(args.directory):
        print(reason, file=sys.stderr)
        return 2
    figures = evaluate(args.directory, args.keep)
    print("  ".join(f"{name} {figures[name]:.3f}" for name in FIGURES))
    print(
        f"({figures['articles']} articles; direct {figures['direct_found']}/"
        f"{figures['direct_total']}, speakers {figures['speaker_right']}/"
        f"{figures['speaker_checked']}, {figures['quotes_emitted']} quotes emitted, "
        f"indirect {round(figures['indirect_recall'] * figures['indirect_total'])}/"
        f"{figures['indirect_total']}; extraction {figures['bytes'] / 1e6:.1f} MB in "
        f"{figures['seconds']:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
