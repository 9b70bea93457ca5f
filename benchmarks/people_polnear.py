"""People across articles on PolNeAR (../shared/eval/polnear-train): of the quotes whose
annotated source is a full name, the share linked to that name's one stored person.

usage: python -m benchmarks.people_polnear [--limit N]   (prints one JSON line)

Every article is extracted and stored (a temporary SQLite database, tracking on). Each
annotated attribution whose Source is a full name (two capitalised words or more, e.g.
"Hillary Clinton", titles dropped) is matched with the stored claims whose span overlaps
its Content. For each such name, the person most of its claims are linked to is its
person; ``linked_share`` is the share of the matched claims linked to their name's
person (a claim with no person, or another, counts against): that figure includes the
extractor's misses (no speaker, a pronoun left unresolved, another speaker). The
``linking_share`` figures count only the claims whose extracted speaker has the
annotated surname, so what they measure is the linking. ``merged_people`` counts
stored people whose claims carry two different full speaker names: two people joined,
which must never happen.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from factcheck.documents import SourceDocument
from factcheck.extract import extract
from factcheck.store import open_database, save_source
from factcheck.store.database import Database
from factcheck.store.models import Claim, Source
from factcheck.tracking.names import is_full_name, is_person_name, name_key

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-train"
RETRIEVED = datetime(2026, 12, 1, tzinfo=UTC)


def _attributions(root: Path, document: str) -> list[tuple[tuple[int, int], str]]:
    """(content span, source text) of the first annotator's attributions of one article."""
    files = sorted((root / "attributions").glob(f"{document}_*.ann"))
    if not files:
        return []
    text = (root / "text" / f"{document}.txt").read_text(encoding="utf-8")
    spans: dict[str, list[tuple[int, int]]] = {}
    found: list[tuple[tuple[int, int], str]] = []
    relations: list[dict[str, str]] = []
    for line in files[0].read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            _kind, _, where = parts[1].partition(" ")
            spans[parts[0]] = [tuple(map(int, p.split())) for p in where.split(";")]  # type: ignore[misc]
        elif parts[0].startswith("E") and len(parts) >= 2:
            relations.append(dict(role.split(":") for role in parts[1].split()))
    for relation in relations:
        content, source = spans.get(relation.get("Content", "")), spans.get(
            relation.get("Source", ""))
        if content and source:
            found.append(((content[0][0], content[-1][1]),
                          text[source[0][0]:source[-1][1]]))
    return found


def ingest(db: Database, root: Path, limit: int | None) -> list[str]:
    documents = sorted(p.stem for p in (root / "text").glob("*.txt"))[:limit]
    for name in documents:
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        source = SourceDocument(kind="text", location=name, name=name, text=text,
                                retrieved=RETRIEVED)
        with db.write() as session:
            save_source(session, source, extract(text, document=name))
    return documents


def measure(db: Database, root: Path, documents: list[str]) -> dict[str, Any]:
    with db.sessions.begin() as session:
        rows = session.execute(
            select(Source.location, Claim.start, Claim.end, Claim.person_id, Claim.speaker)
            .join(Source, Claim.source_id == Source.id)
        ).all()
    by_document: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_document[row.location].append(row)
    persons_of: dict[str, list[int | None]] = defaultdict(list)
    right_speaker: dict[str, list[int | None]] = defaultdict(list)
    articles_of: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for (start, end), source_text in _attributions(root, document):
            key = name_key(source_text)
            if key is None or not is_full_name(key) or not is_person_name(source_text):
                continue
            for claim in by_document[document]:
                if min(end, claim.end) - max(start, claim.start) > 0:
                    persons_of[key].append(claim.person_id)
                    articles_of[key].add(document)
                    said = name_key(claim.speaker) or ""
                    if said.rsplit(" ", 1)[-1] == key.rsplit(" ", 1)[-1]:
                        right_speaker[key].append(claim.person_id)
    matched, linked, across, across_linked = _shares(persons_of, articles_of)
    right, right_linked, right_across, right_across_linked = _shares(right_speaker, articles_of)
    speakers_of: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        key = name_key(row.speaker) if row.person_id is not None else None
        if key is not None and is_full_name(key):
            speakers_of[row.person_id].add(key)
    merged = sorted(sorted(keys) for keys in speakers_of.values() if len(keys) > 1)
    return {
        "articles": len(documents),
        "full_names": len(persons_of),
        "names_in_several_articles": sum(len(a) > 1 for a in articles_of.values()),
        "matched_claims": matched,
        "linked_share": round(linked / matched, 4) if matched else None,
        "linked_share_across_articles": round(across_linked / across, 4) if across else None,
        "right_speaker_claims": right,
        "linking_share": round(right_linked / right, 4) if right else None,
        "linking_share_across_articles": (
            round(right_across_linked / right_across, 4) if right_across else None),
        "merged_people": len(merged),
        "merged_examples": merged[:5],
    }


def _shares(persons_of: dict[str, list[int | None]], articles_of: dict[str, set[str]]
            ) -> tuple[int, int, int, int]:
    """(claims, linked to their name's person; the same for names seen in several
    articles)."""
    matched = linked = across = across_linked = 0
    for key, persons in persons_of.items():
        majority = Counter(p for p in persons if p is not None).most_common(1)
        hits = majority[0][1] if majority else 0
        matched += len(persons)
        linked += hits
        if len(articles_of[key]) > 1:
            across += len(persons)
            across_linked += hits
    return matched, linked, across, across_linked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "polnear.sqlite3"))
        try:
            documents = ingest(db, args.root, args.limit)
            print(json.dumps(measure(db, args.root, documents)))
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
