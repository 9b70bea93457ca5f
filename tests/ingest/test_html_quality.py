"""The main text we store, against the hand-checked text of 181 real articles.

Token-level F1 (bag of lower-cased words) is insensitive to paragraph layout and rewards
both keeping the article and leaving the boilerplate out. Measured with trafilatura 2.3:
mean 0.965; the floor below is what we promise not to fall under.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.ingest.html import extract_html
from tests.ingest.conftest import article_html

MEAN_F1_FLOOR = 0.96
_WORD = re.compile(r"\w+")


def token_f1(ours: str, truth: str) -> float:
    got, want = Counter(_WORD.findall(ours.lower())), Counter(_WORD.findall(truth.lower()))
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def test_token_f1_basics() -> None:
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("", "a") == 0.0
    assert token_f1("a b", "a b c d") == pytest.approx(2 / 3)


@pytest.mark.slow
def test_main_text_of_the_real_articles_matches_the_ground_truth(
    real_news: Path, ground_truth: dict[str, dict[str, str]]
) -> None:
    scores: dict[str, float] = {}
    for article_id, truth in sorted(ground_truth.items()):
        try:
            text = extract_html(article_html(real_news, article_id), name=article_id,
                                url=truth["url"]).text
        except InputError:
            text = ""
        scores[article_id] = token_f1(text, truth["articleBody"])
    assert len(scores) == 181
    mean = sum(scores.values()) / len(scores)
    assert mean >= MEAN_F1_FLOOR, f"mean token F1 {mean:.4f} under the floor {MEAN_F1_FLOOR}"
    assert sum(score < 0.5 for score in scores.values()) <= 3  # paywalls, not regressions
