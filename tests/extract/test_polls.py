"""Golden cases for poll answers read as reported speech: a share of respondents says,
thinks or wants something. The claim names no speaker, cites the poll its sentence or
paragraph names and keeps its figures."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.extract.polls import answers_poll, poll_named, respondents

# (text, expected (cue, cited_source) of the one indirect claim, or None for no claim)
CASES = [
    ("Fifty-two percent said they would back the mayor.", ("said", None)),
    ("Seven in 10 Ohio Republican caucusgoers said the senator is honest.", ("said", None)),
    ("About 3 in 10 say they want a third party.", ("say", None)),
    ("Roughly half said they prefer a governor to a senator.", ("said", None)),
    ("Only 18% say the city is on the right track.", ("say", None)),
    ("One in four think the tax is unfair.", ("think", None)),
    ("Most voters split, with 31 percent saying they would stay home.", ("saying", None)),
    ("A large majority of union members want a strike.", ("want", None)),
    ("Nearly two-thirds of those polled believe the race is close.", ("believe", None)),
    ("One might think the mayor would win.", None),
    ("Nearly eight out of 10 say they will vote.", ("say", None)),
    ("Most of them said they had loved the plant.", ("said", None)),
    ("The state has an electorate in which 61 percent of voters say taxes are too high.",
     ("say", None)),
    ("Ortiz won among the 40 percent of voters who said schools mattered most.", ("said", None)),
    ("Most disliked him, including 12% who say they would move.", ("say", None)),
    # the poll named in the sentence, or before it in its paragraph
    ("In a Marist College survey released Monday, 44 percent said the plan would fail.",
     ("said", "Marist College survey")),
    ("A new Gallup poll of 1,000 adults was out Tuesday. Just 29 percent said they trust"
     " Congress.", ("said", "Gallup poll")),
    ("Exit polls conducted by Meridian Research were grim for her. Six in 10 said the"
     " economy was poor.", ("said", "Exit polls conducted by Meridian Research")),
    # a share of a thing, an act or a count of things is no poll answer
    ("Forty-seven percent of the budget went to roads.", None),
    ("Half of the money was spent by June.", None),
    ("The county has 1,280 pledged delegates.", None),
    ("Nearly 90,000 showed up for the rally.", None),
    ("One of the plans she talks about is a new bridge.", None),
    ("No one said the vote was rigged.", None),
    ("The share of Democrats saying the race is close rose by 8 points.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_poll_answers(text: str, expected: tuple[str, str | None] | None) -> None:
    claims = [c for c in extract(text) if c.kind != "numeric"]
    if expected is None:
        assert claims == []
        return
    (claim,) = claims
    assert (claim.kind, claim.speaker, claim.speaker_mention) == ("indirect", None, None)
    assert (claim.cue, claim.cited_source) == expected


def test_a_poll_answer_keeps_its_figures_and_spans_its_sentence() -> None:
    text = "The race is close. About 4 in 10 say they want a new candidate."
    (claim,) = [c for c in extract(text) if c.kind == "indirect"]
    assert claim.text == "About 4 in 10 say they want a new candidate."
    assert [q.surface for q in claim.quantities] == ["About 4 in 10"]


def test_a_named_speaker_wins_over_a_poll_answer() -> None:
    (claim,) = extract("Sixty percent said the plan was flawed, Senator Ann Ortiz said.")
    assert (claim.kind, claim.speaker) == ("indirect", "Ann Ortiz")


@pytest.mark.parametrize(("mention", "expected"), [
    ("Forty-seven percent", True),
    ("Six in 10 Virginia voters", True),
    ("half of Democrats", True),
    ("61 percent of those polled", True),
    ("a majority of her backers", True),
    ("47 percent of the budget", False),
    ("half of the money", False),
    ("the senator", False),
    ("No one", False),
    ("Ann Ortiz turns 70 on Tuesday", False),
    ("a full 79 percent of Democrats", True),
    ("a strategist for one of the candidates", False),
    ("Nearly nine out of 10", True),
    ("most of them", True),
])
def test_respondents(mention: str, expected: bool) -> None:
    assert respondents(mention) is expected


def test_answers_poll_reads_views_and_speech_only() -> None:
    assert answers_poll("Forty percent", "say")
    assert answers_poll("Forty percent", "want")
    assert not answers_poll("Forty percent", "show")
    assert not answers_poll("Forty percent", "pledge")


@pytest.mark.parametrize(("text", "expected"), [
    ("according to a Lakeside-Channel 9 News survey", "Lakeside-Channel 9 News survey"),
    ("the latest Herald/Dunmore University poll found", "Herald/Dunmore University poll"),
    ("a new poll by the Ohio Institute of Civics. Forty said",
     "poll by the Ohio Institute of Civics"),
    ("exit polls conducted for the Daily Star and", "exit polls conducted for the Daily Star"),
    ("the survey found", "survey"),
    ("In the poll, most said no", "poll"),
    ("a U.S. News poll of 900 adults", "U.S. News poll"),
    ("the Rock the Vote survey", "Rock the Vote survey"),
    ("the pollster was late", None),
    ("voters going to the polls Tuesday", None),
    ("according to the survey", "survey"),
    ("according to the polls", "polls"),
    ("by the Ohio Institute of Politics.", None),
    ("a poll by the Ohio Institute of Politics.", "poll by the Ohio Institute of Politics"),
])
def test_poll_named(text: str, expected: str | None) -> None:
    assert poll_named(text, 0, len(text), 0, len(text)) == expected
