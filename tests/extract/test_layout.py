"""Live-blog structure: header, posts, bylines, captions and chrome are not body text."""

from __future__ import annotations

from factcheck.extract.layout import analyse
from tests.conftest import SAMPLE

LIVEBLOG = """Big story live

By Ann Writer and Bo Reporter, CNN

Updated 9:06 p.m. ET, January 21, 2022
3 Posts
Sort byDropdown arrow
1:02 p.m. ET, January 21, 2022

Officials meet in Geneva

From CNN's Barbara Starr

The talks began, officials said.

A man walks past the building in Geneva on Friday.
A man walks past the building in Geneva on Friday. (Photographer/Agency)

The talks ended.

12:56 p.m. ET, January 21, 2022

Second headline

Plain paragraph.
"""


def _kinds(text: str) -> list[tuple[str, str]]:
    layout = analyse(text)
    return [(b.kind, text[b.start : b.end]) for b in layout.blocks]


def test_liveblog_blocks() -> None:
    kinds = _kinds(LIVEBLOG)
    assert kinds[:5] == [
        ("title", "Big story live"),
        ("byline", "By Ann Writer and Bo Reporter, CNN"),
        ("meta", "Updated 9:06 p.m. ET, January 21, 2022"),
        ("meta", "3 Posts"),
        ("meta", "Sort byDropdown arrow"),
    ]
    assert ("timestamp", "1:02 p.m. ET, January 21, 2022") in kinds
    assert ("headline", "Officials meet in Geneva") in kinds
    assert ("byline", "From CNN's Barbara Starr") in kinds
    assert [k for k, t in kinds if t.startswith("A man walks")] == ["caption", "caption"]
    assert ("body", "The talks ended.") in kinds


def test_liveblog_posts() -> None:
    layout = analyse(LIVEBLOG)
    assert layout.title == "Big story live"
    assert layout.authors == "Ann Writer and Bo Reporter, CNN"
    assert layout.updated == "Updated 9:06 p.m. ET, January 21, 2022"
    first, second = layout.posts
    assert first.time == "1:02 p.m. ET, January 21, 2022"
    assert first.headline == "Officials meet in Geneva"
    assert first.byline == "CNN's Barbara Starr"
    assert second.headline == "Second headline" and second.byline is None
    assert LIVEBLOG[first.start : first.end].startswith("1:02 p.m.")
    assert LIVEBLOG[first.start : first.end].endswith("The talks ended.")


def test_sample_has_nine_posts() -> None:
    layout = analyse(SAMPLE.read_text(encoding="utf-8"))
    assert len(layout.posts) == 9
    assert all(post.headline for post in layout.posts)


def test_plain_article_is_body_text() -> None:
    text = "A headline without a stop\n\nFirst paragraph. It has two sentences.\n\nSecond one.\n"
    assert _kinds(text) == [
        ("title", "A headline without a stop"),
        ("body", "First paragraph. It has two sentences."),
        ("body", "Second one."),
    ]


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = (
        "The minister said on Friday that the talks in Geneva had gone\n"
        "better than expected and that another round would follow soon\n"
        "after the holidays.\n"
    )
    assert _kinds(text) == [("body", text.strip())]


def test_crlf_lines() -> None:
    text = "Title here\r\n\r\nBody text, officials said.\r\n"
    assert _kinds(text) == [("title", "Title here"), ("body", "Body text, officials said.")]
