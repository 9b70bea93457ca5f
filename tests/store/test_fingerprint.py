"""Fingerprints: what counts as the same claim when a source is ingested again."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

import pytest

from factcheck.extract.records import Claim
from factcheck.store.fingerprint import Occurrences, claim_key, fingerprints, normalise

BASE = Claim(document="d", kind="quote", start=0, end=20, text='Psaki said "we are ready".',
             quote="we are ready", speaker="Jen Psaki")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cHello,\u201d  he said", '"hello," he said'),
        ("It\u2019s 9\u201310\u00a0a.m.", "it's 9-10 a.m."),
        ("  Line\r\nbreak\t", "line break"),
        ("soft\u00adhyphen", "softhyphen"),
        (None, ""),
    ],
)
def test_normalise(text: str | None, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "same",
    [
        replace(BASE, start=500, end=520, quote_start=None, document="other"),
        replace(BASE, text="Psaki  said \u201cwe are ready\u201d."),
        replace(BASE, speaker="JEN PSAKI", speaker_role="Press Secretary", cue="told"),
    ],
)
def test_the_same_claim_moved_or_retyped_keeps_its_fingerprint(same: Claim) -> None:
    assert claim_key(same) == claim_key(BASE)


@pytest.mark.parametrize(
    "different",
    [
        replace(BASE, kind="indirect"),
        replace(BASE, text='Psaki said "we are not ready".'),
        replace(BASE, quote="we are not ready"),
        replace(BASE, speaker="Antony Blinken"),
        replace(BASE, quote=None),
    ],
)
def test_a_different_claim_has_a_different_fingerprint(different: Claim) -> None:
    assert claim_key(different) != claim_key(BASE)


def test_repeats_within_a_source_are_numbered() -> None:
    other = replace(BASE, speaker="Blinken")
    key, other_key = claim_key(BASE), claim_key(other)
    assert list(fingerprints([BASE, other, BASE, BASE])) == [
        key, other_key, f"{key}#2", f"{key}#3"]
    assert all(len(p) <= 64 for p in fingerprints([BASE] * 1000))


def test_occurrences_count_as_a_dict_would() -> None:
    # Enough fingerprints to grow the table several times, a third of them repeated, and
    # the values that look like its empty slot or a half of one.
    rng = random.Random(16)
    repeated = [rng.getrandbits(128) for _ in range(3000)] + [0, 7, 1 << 64, (1 << 128) - 1]
    counts: Counter[int] = Counter()
    table = Occurrences()
    for _ in range(30_000):
        number = rng.choice(repeated) if rng.random() < 0.3 else rng.getrandbits(128)
        counts[number] += 1
        assert table.add(number) == counts[number]
