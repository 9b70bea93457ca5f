"""Live-blog structure: header, posts, bylines, captions and chrome are not body text."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
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


# AP's "The Latest": a time stamp line (with a colon, sometimes), then the post's first
# sentence, no headline.
THE_LATEST = """The Latest: Talks end in Geneva

GENEVA (AP) - The Latest on the talks (all times local):

6:01 p.m.

Ann Ortiz says the talks in Geneva have ended without a deal.

She told reporters, "We will be back."

4:40 p.m.:

Officials meet in Geneva

The talks began, officials said.
"""


def test_post_opening_with_a_sentence_has_no_headline() -> None:
    layout = analyse(THE_LATEST)
    kinds = [(b.kind, THE_LATEST[b.start : b.end]) for b in layout.blocks]
    assert ("body", "Ann Ortiz says the talks in Geneva have ended without a deal.") in kinds
    assert ("body", 'She told reporters, "We will be back."') in kinds
    first, second = layout.posts
    assert first.time == "6:01 p.m." and first.headline is None
    # ... while one without a stop at its end still is its headline
    assert second.time == "4:40 p.m.:" and second.headline == "Officials meet in Geneva"
    assert ("body", "The talks began, officials said.") in kinds


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


# Stats tables (from /work/shared/data/real-news/ground-truth.json): rows and the header line
# right above them are "table" blocks; the prose around them, figures and all, stays "body".
NASCAR = """Classificação final da Monster Energy NASCAR Cup Series em 2019 após 36 etapas:

Pos. Piloto Pontos Vitórias Poles Top 5 Top 10
1 Kyle Busch 5040 5 1 17 27
2 Martin Truex Jr. 5035 7 0 15 24
40 Casey Mears 1 0 0 0 0

* O calendário da Cup é composto por 36 corridas.
"""
SNAP_COUNTS = """Defensive Line

Pos Player Plays % Stats
DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.
DL Myles Garrett 57 77% 1 tackle (1 combined). 3 QH.
DL Devaroe Lawrence 28 38% No stats registered.
DL Eli Ankou 13 18% 1 tackle (1 combined). 1 TFL.

There is a lot to sort through here. 5 of those hits were from two players facing suspension now (2 for Larry Ogunjobi, 3 for Myles Garrett).
"""  # noqa: E501
BOX_SCORE = """Palm Bay d. Rockledge 70-44

Rockledge 14 11 6 15 — 44

Palm Bay 18 22 13 17 — 70

Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points.
"""
# Prose with many figures, two such paragraphs in a row, and a lone row-like line.
PROSE = """5 of those hits were from two players facing suspension now (2 for Larry Ogunjobi, 3 for Myles Garrett).
The Dow fell 1.2%, the S&P 500 0.9% and the Nasdaq 1.5%.
Unemployment rose from 3.5% in 2019 to 14.7% in April 2020, then fell to 6.7% by December.

Some 1 234 567 euros were spent on the programme last year.

Some 2 345 678 euros will be spent on it this year.

Rockledge 14 11 6 15 — 44

The final was played on Friday.
"""  # noqa: E501

TABLE_CASES = [
    (NASCAR, [
        ("body", "Classificação final da Monster Energy NASCAR Cup Series em 2019 após 36 etapas:"),
        ("table", "Pos. Piloto Pontos Vitórias Poles Top 5 Top 10"),
        ("table", "1 Kyle Busch 5040 5 1 17 27"),
        ("table", "2 Martin Truex Jr. 5035 7 0 15 24"),
        ("table", "40 Casey Mears 1 0 0 0 0"),
        ("body", "* O calendário da Cup é composto por 36 corridas."),
    ]),
    (SNAP_COUNTS, [
        ("title", "Defensive Line"),
        ("table", "Pos Player Plays % Stats"),
        ("table", "DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH."),
        ("table", "DL Myles Garrett 57 77% 1 tackle (1 combined). 3 QH."),
        ("table", "DL Devaroe Lawrence 28 38% No stats registered."),  # two cells, in a table
        ("table", "DL Eli Ankou 13 18% 1 tackle (1 combined). 1 TFL."),
        ("body", SNAP_COUNTS.rstrip().rsplit("\n", 1)[1]),
    ]),
    (BOX_SCORE, [
        ("title", "Palm Bay d. Rockledge 70-44"),
        ("table", "Rockledge 14 11 6 15 — 44"),  # rows in consecutive paragraphs
        ("table", "Palm Bay 18 22 13 17 — 70"),
        ("body", "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points."),
    ]),
    (PROSE, [("body", line) for line in PROSE.splitlines() if line]),
]


@pytest.mark.parametrize("text, expected", TABLE_CASES, ids=["nascar", "snaps", "box", "prose"])
def test_table_rows_and_headers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


def test_table_rows_are_not_joined_as_hard_wrapped_lines() -> None:
    # Lines 40 to 110 characters long and within 30 of each other look hard-wrapped.
    rows = [
        "DL Chad Thomas 57 77% 3 tackles (3 combined). 1 sack.",
        "DL Sheldon Richardson 49 66% 2 tackles, 1 assist (3 combined).",
        "DL Chris Smith 29 39% 1 assist (1 combined). 1 QH.",
    ]
    assert _kinds("\n".join(rows) + "\n") == [("table", row) for row in rows]


def test_header_must_be_short_and_not_a_lead_in() -> None:
    rows = "1 Kyle Busch 5040 5 1 17 27\n2 Martin Truex Jr. 5035 7 0 15 24\n"
    lead_in = "Final standings of the 2019 Cup Series after 36 races:"
    kinds = _kinds(f"Standings\n\n{lead_in}\n{rows}")
    assert kinds[1] == ("body", lead_in)
    assert [kind for kind, _ in kinds[2:]] == ["table", "table"]
    assert _kinds(f"Standings\n\nHere are the standings\n{rows}")[1][0] == "body"


def test_a_table_needs_a_row_with_three_cells_side_by_side() -> None:
    text = "Scores\n\nLB Sione Takitaki 6 8% No stats registered.\n\nCB Tavierre Thomas 1 1%\n"
    assert [kind for kind, _ in _kinds(text)] == ["title", "body", "body"]


def test_tables_yield_no_claims_beside_prose_that_does() -> None:
    prose = SNAP_COUNTS.rstrip().rsplit("\n", 1)[1]
    claims = extract(SNAP_COUNTS)
    assert [(c.kind, c.text) for c in claims] == [("numeric", prose[prose.index("5 of") :])]
    assert [q.surface for q in claims[0].quantities] == ["5", "two", "2", "3"]
    assert [(c.kind, c.text) for c in extract(NASCAR)] == [
        ("numeric", NASCAR.split("\n")[0]),
        ("numeric", "* O calendário da Cup é composto por 36 corridas."),
    ]
    assert extract(BOX_SCORE.split("\n\nPalm Bay (")[0]) == []


def test_names_in_a_table_are_not_learned() -> None:
    # The last driver listed is not the "he" of the quote after the standings.
    text = "Standings\n\n" + "\n".join(NASCAR.split("\n")[3:5]) + '\n\n"Great year," he said.\n'
    (quote,) = extract(text)
    assert quote.kind == "quote" and quote.speaker is None
