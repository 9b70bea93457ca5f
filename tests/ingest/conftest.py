from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LIVEBLOG = REPO / "data" / "cnn-ukraine-liveblog-2022-01-21.txt"


def real_news_dir() -> Path:
    """The 181 real articles; the tests that need them skip with the reason when absent."""
    for candidate in (REPO.parent / "shared" / "data" / "real-news",
                      Path("/work/shared/data/real-news")):
        if (candidate / "ground-truth.json").is_file():
            return candidate
    pytest.skip("real-news data set not found (expected ../shared/data/real-news)")


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
