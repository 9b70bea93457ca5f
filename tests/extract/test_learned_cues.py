"""The learned cue table: its contexts, and that its training script reproduces it."""

from __future__ import annotations

import pytest

from benchmarks.train_cues import SHIPPED, half_of, lemma_of, render, train
from factcheck.extract.learned_cues import CUES, context, learned_spans
from tests.conftest import shared_path

CONTEXTS = [
    ("Cruz hopes to win.", "hopes", "cap|to"),
    ("Cruz has also publicly opposed the deal.", "opposed", "aux|det"),
    ("They might oppose it.", "oppose", "modal|word"),
    ("the party's support for Ortiz", "support", "poss|prep"),
    ("the concern that it fails", "concern", "det|that"),
    ("they've backed Lopez", "backed", "aux|cap"),
]


@pytest.mark.parametrize(("text", "form", "expected"), CONTEXTS)
def test_context(text: str, form: str, expected: str) -> None:
    at = text.index(form)
    assert context(text, at, at + len(form)) == expected


def test_a_form_counts_only_in_a_context_of_its_own() -> None:
    assert "declined" in CUES
    assert learned_spans("Mr. Thiel declined to comment.") == [(10, 18)]
    assert learned_spans("The number of uninsured declined.") == []


def test_lemmas_and_halves_are_stable() -> None:
    vocabulary = {"support", "hope", "plan", "deny", "push"}
    assert [lemma_of(f, vocabulary) for f in ("supporting", "hoped", "planned", "denies",
                                              "pushes", "sought")] == [
        "support", "hope", "plan", "deny", "push", "sought"]
    assert half_of("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie.txt") in "ab"


def test_training_reproduces_the_shipped_table() -> None:
    directory = shared_path("eval", "polnear-train")
    if not (directory / "attributions").is_dir():
        pytest.skip(f"no PolNeAR annotations at {directory}")
    assert render(train(directory)) == SHIPPED.read_text(encoding="utf-8"), (
        "learned_cues.json is not what benchmarks/train_cues.py writes: run it and commit")
