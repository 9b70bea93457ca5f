from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.conftest import shared_path

REPO = Path(__file__).resolve().parents[2]
LIVEBLOG = REPO / "data" / "cnn-ukraine-liveblog-2022-01-21.txt"


def real_news_dir() -> Path:
    """The 181 real articles; the tests that need them skip with the reason when absent."""
    return shared_path("data", "real-news", "ground-truth.json").parent


@pytest.fixture(scope="session")
def real_news() -> Path:
    return real_news_dir()


@pytest.fixture(scope="session")
def ground_truth(real_news: Path) -> dict[str, dict[str, str]]:
    truth: dict[str, dict[str, str]] = json.loads(
        (real_news / "ground-truth.json").read_text(encoding="utf-8"))
    return truth


def article_html(real_news: Path, article_id: str) -> bytes:
    return gzip.decompress((real_news / "html" / f"{article_id}.html.gz").read_bytes())
