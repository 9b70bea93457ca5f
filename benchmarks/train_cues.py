"""Learn the cue table of ``factcheck/extract/learned_cues.py`` from PolNeAR's annotations.

Run ``.venv/bin/python benchmarks/train_cues.py`` to write ``learned_cues.json`` from all
840 training articles (``../shared/eval/polnear-train``; ``FACTCHECK_SHARED`` may name
the shared folder); ``--check`` only says whether the shipped file is what this script
writes. ``--half a`` or ``--half b`` trains on one half of the articles (split by a hash
of the file name, as ``half_of`` says), for measuring on the other.

For every word form the hand-written cues do not read, in every context (the classes of
the word before and after it, ``learned_cues.context``), it counts the occurrences in the
texts and how many of them annotators marked as (part of) the cue of an attribution whose
source stands before the cue: the speaker the rules read. A context's share is smoothed
toward its form's share over all contexts; the contexts whose share reaches ``THRESHOLD``
with at least ``MIN_POSITIVES`` marked occurrences are kept. The output is deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.polnear_eval import default_dir
from factcheck.extract.learned_cues import MODEL_FILE, WORD, context
from factcheck.extract.lexicon import ACT_VERBS, CUE_VERBS, PHRASE_CUES, VERB_MODIFIERS

THRESHOLD = 0.4
MIN_POSITIVES = 3
SMOOTHING = 4.0  # occurrences' worth of the form's own share added to each context
# How far before its cue an attribution's source may end and count as its subject.
SOURCE_REACH = 200
SHIPPED = Path(__file__).resolve().parents[1] / "factcheck" / "extract" / MODEL_FILE
# Forms the rules read already (``lexicon``); the light words and particles that stand
# inside a cue beside its head ("has also publicly supported", "pointed out"), which is
# what the rules read as the cue.
KNOWN = frozenset(form for forms in CUE_VERBS.values() for form in forms) | frozenset(
    phrase for phrase in PHRASE_CUES if " " not in phrase
) | {"according"} | VERB_MODIFIERS | frozenset("out up down off back over away".split())
_LOWER_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


def half_of(name: str) -> str:
    """"a" or "b": the half of the split an article (its text's file name) falls in."""
    return "ab"[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def verb_like(form: str, vocabulary: set[str]) -> bool:
    """Whether a form is a verb's: it ends in -ed or -ing, or the texts have its -ed or
    -ing form ("support": "supported"; "opposes": "opposing"; "cast": "casting"). A cue
    that is a noun or an adjective ("the claim that", "eager to") has no subject before
    it for the rules to read."""
    if form.endswith(("ed", "ing")):
        return True
    stems = {form}
    if form.endswith("s"):
        stems |= {form[:-1], form[:-2]}  # "hopes" -> hope, "pushes" -> push
    return any(stem + ending in vocabulary or stem[:-1] + ending in vocabulary
               for stem in stems if len(stem) > 2 for ending in ("ed", "ing", "d"))


def _spans(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


def annotations(directory: Path) -> Iterator[tuple[str, str, set[int]]]:
    """Each article as (text file name, text, start offsets of the words marked as cues of
    an attribution with its source before the cue), one annotator per article as
    ``score.py`` takes them (the first file)."""
    seen: set[str] = set()
    for ann in sorted((directory / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]+$", "", ann.stem)
        if name in seen:
            continue
        seen.add(name)
        text = (directory / "text" / f"{name}.txt").read_text(encoding="utf-8")
        spans: dict[str, list[tuple[int, int]]] = {}
        events = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            if parts[0].startswith("T"):
                _kind, _, where = parts[1].partition(" ")
                spans[parts[0]] = _spans(where)
            elif parts[0].startswith("E"):
                events.append(dict(role.split(":", 1) for role in parts[1].split()))
        marked: set[int] = set()
        for event in events:
            cue, source = spans.get(event.get("Cue", "")), spans.get(event.get("Source", ""))
            if not cue or not source:
                continue
            gap = cue[0][0] - source[-1][1]
            if not 0 <= gap <= SOURCE_REACH:
                continue
            for start, end in cue:
                marked.update(m.start() for m in WORD.finditer(text, start, end))
        yield f"{name}.txt", text, marked


def lemma_of(form: str, vocabulary: set[str]) -> str:
    """The bare form of a verb form when the texts have it, else the form itself:
    "supporting" -> support, "hoped" -> hope, "planned" -> plan, "denies" -> deny,
    "pushes" -> push, "sought" -> sought."""
    if form.endswith("ing"):
        stem = form[:-3]
        candidates = [stem, stem + "e", stem[:-1]]
    elif form.endswith("ied"):
        candidates = [form[:-3] + "y"]
    elif form.endswith("ed"):
        candidates = [form[:-2], form[:-1], form[:-3]]
    elif form.endswith("ies"):
        candidates = [form[:-3] + "y"]
    elif form.endswith("es"):
        candidates = [form[:-2], form[:-1]]
    elif form.endswith("s") and not form.endswith("ss"):
        candidates = [form[:-1]]
    else:
        return form
    return next((c for c in candidates if len(c) > 2 and c in vocabulary), form)


def train(directory: Path, half: str | None = None) -> dict[str, object]:
    """The cue table from the articles of ``directory`` (of one ``half``, if given).

    Counts are pooled over a verb's forms ("support", "supports", "supported") and
    smoothed in two steps: a context's share (word before and after) toward that of the
    word after alone, and that toward the verb's share in all contexts."""
    occurrences: Counter[tuple[str, str]] = Counter()
    positives: Counter[tuple[str, str]] = Counter()
    vocabulary: set[str] = set()  # every lower-case word of the texts
    articles = 0
    for name, text, marked in annotations(directory):
        if half is not None and half_of(name) != half:
            continue
        articles += 1
        for match in _LOWER_WORD.finditer(text):
            form = match.group(0)
            vocabulary.add(form)
            if form in KNOWN or len(form) < 3 or form.endswith("ly"):
                continue
            start, end = match.span()
            if start and (text[start - 1].isalnum() or text[start - 1] in "’'-"):
                continue
            key = form, context(text, start, end)
            occurrences[key] += 1
            if start in marked:
                positives[key] += 1
    lemmas = {form: lemma_of(form, vocabulary) for form, _ in occurrences}
    seen: Counter[tuple[str, ...]] = Counter()
    hits: Counter[tuple[str, ...]] = Counter()
    for (form, where), count in occurrences.items():
        lemma, after = lemmas[form], where.split("|")[1]
        for key in ((lemma,), (lemma, after), (lemma, where)):
            seen[key] += count
            hits[key] += positives[(form, where)]
    cues: dict[str, dict[str, float]] = {}
    for form, where in sorted(occurrences):
        lemma, after = lemmas[form], where.split("|")[1]
        if hits[(lemma, after)] < MIN_POSITIVES or not hits[(lemma, where)]:
            continue
        if not (verb_like(form, vocabulary) or verb_like(lemma, vocabulary)):
            continue
        if lemma in ACT_VERBS or form in ACT_VERBS:
            continue  # "signed a deal", "decided to run": an act, not a statement
        if form.endswith("ing") and not where.startswith("aux|"):
            continue  # a participle ("..., calling for"): its subject stands elsewhere
        share = hits[(lemma,)] / seen[(lemma,)]
        for key in ((lemma, after), (lemma, where)):
            share = (hits[key] + SMOOTHING * share) / (seen[key] + SMOOTHING)
        if share >= THRESHOLD:
            cues.setdefault(form, {})[where] = round(share, 3)
    return {
        "about": "Cue forms and their contexts (learned_cues.context): the smoothed share "
                 "of occurrences PolNeAR's annotators marked as a cue with its source "
                 "before it, pooled over the forms of a verb. Written by "
                 "benchmarks/train_cues.py; do not edit.",
        "trained_on": f"polnear-train{'' if half is None else ' half ' + half}",
        "articles": articles,
        "threshold": THRESHOLD,
        "min_positives": MIN_POSITIVES,
        "smoothing": SMOOTHING,
        "cues": cues,
    }


def render(table: dict[str, object]) -> str:
    return json.dumps(table, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=default_dir())
    parser.add_argument("--half", choices=("a", "b"), help="train on one half of the split")
    parser.add_argument("--out", type=Path, default=SHIPPED)
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the shipped table is not what training writes")
    args = parser.parse_args(argv)
    if not (args.directory / "attributions").is_dir():
        print(f"no PolNeAR split at {args.directory}", file=sys.stderr)
        return 2
    written = render(train(args.directory, args.half))
    if args.check:
        same = args.out.read_text(encoding="utf-8") == written
        print("shipped table is up to date" if same else f"{args.out} differs from training")
        return 0 if same else 1
    args.out.write_text(written, encoding="utf-8")
    print(f"wrote {args.out} ({len(written)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
