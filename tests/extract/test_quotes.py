"""Golden cases for quote pairing: (paragraph, expected quoted texts)."""

from __future__ import annotations

import pytest

from factcheck.extract.quotes import find_quotes

CASES = [
    # straight marks
    ('He said "we will win" today.', ["we will win"]),
    # curly marks, comma kept inside
    ("“It is over,” she said.", ["It is over,"]),
    # an opening curly mark closed by a straight one
    ("“Based on the facts, it is wrong,\" he added.", ["Based on the facts, it is wrong,"]),
    # nested single quotes stay inside the outer quote
    ("“I said, 'Mr. Lavrov, stop,'” Blinken said.", ["I said, 'Mr. Lavrov, stop,'"]),
    # apostrophes are not quote marks
    ("Russia’s troops didn't move and the Russians' plans changed.", []),
    # two quotes in one sentence
    ('"It is hard to see" the demand "as a clock-ticking exercise," he added.',
     ["It is hard to see", "as a clock-ticking exercise,"]),
    # a partial quote inside a sentence
    ('Biden predicts Russia will "move in" to Ukraine.', ["move in"]),
    # several sentences in one quote
    ('"One. Two. Three," she said.', ["One. Two. Three,"]),
    # a quote left open at the end of a paragraph (it runs on into the next one)
    ("“The first part of a long statement.", ["The first part of a long statement."]),
    # the same double mark nested inside an open double quote stays part of it
    ("He tweeted: “People wearing “Settle For Hillary” shirts. Ouch.”",
     ["People wearing “Settle For Hillary” shirts. Ouch."]),
    ('He said, "If a man says, "I want 10,000 rounds," you might wonder."',
     ['If a man says, "I want 10,000 rounds," you might wonder.']),
    # ... but if the outer quote never closes, its mark was stray
    ("He wrote, “stray words “A,” he said, “B.” Then.", ["A,", "B."]),
    # ... unless a short cue between commas stands before the inner one: the outer
    # quote's closing mark was left out before the cue
    ('"Without troops on the ground, he added, "this is how it will end."',
     ["Without troops on the ground,", "this is how it will end."]),
    ('“We lost the vote, Ann Ortiz said, “and we may lose again.”',
     ["We lost the vote,", "and we may lose again."]),
    # ... or a single mark after a stop closed it by mistake
    ("Ann tweeted: “Let’s go. We can stop it.’ She was at the film “Trainwreck.”",
     ["Let’s go. We can stop it.", "Trainwreck."]),
    # ... but not one a single opening mark nests
    ("“She said ‘go home.’ Then he left for “Home.”", ["Home."]),
    # ... not a longer clause between commas
    ('"Stray, as the report put it in a long footnote, "A," and "B."', ["A,", "B."]),
    # ... and another glyph makes the first mark stray (a paragraph wrapped in marks)
    ('"“We lost,” Ann Ortiz said on Monday."', ["We lost,"]),
    # an opening glyph after a full stop and before no word closes the quote
    ("The blog: “Polls were wrong. We listened.“[Source.] Next.",
     ["Polls were wrong. We listened."]),
    ('She wrote: "Not now. Not ever!"(laughs) and left.', ["Not now. Not ever!"]),
    # ... but before a word it still opens one
    ("He left.“Next time,” she said.", ["Next time,"]),
    # a closing mark whose opening one was left out after a short cue sentence
    ("''It is not true,'' he said. I do not know why they say it.'' Then he left.",
     ["It is not true,", "I do not know why they say it."]),
    ('"We won," Ann Ortiz added. It was close." She smiled.', ["We won,", "It was close."]),
    # ... but not after narration, nor with no quote before it
    ('"We won," she said after the long count was over. It was close." Then.', ["We won,"]),
    ('It was close." Ann Ortiz said.', []),
    # a stray closing mark is ignored
    ("The value was 5” long, officials said.", []),
    # top-level single quotes, British style
    ("Biden says Russia will 'move in' to Ukraine", ["move in"]),
    # an apostrophe between letters does not close a single quote (headline style)
    ("Trump: ‘I’m the Worst Thing That Ever Happened to Them’",
     ["I’m the Worst Thing That Ever Happened to Them"]),
    ("Bolton: ‘Hillary’s Campaign Slogan Might as Well Be No’",
     ["Hillary’s Campaign Slogan Might as Well Be No"]),
    ("Reyes: ‘You Don’t Win by States’ and other lessons", ["You Don’t Win by States"]),
    # ... but one before a space or a stop does
    ("Ortiz says ‘no deal’ with the unions", ["no deal"]),
    # an elision is not an opening quote
    ("Music from the '90s was 'great' he said", ["great"]),
    # two apostrophes as a double mark, a single quote nested inside
    ("''It draws people in,'' Mr. Pawlenty said.", ["It draws people in,"]),
    ("''She said, 'not now,' and left,'' he said. Mr. Ames's plan.",
     ["She said, 'not now,' and left,"]),
    ("''It was 'the end.''' Then he went home.", ["It was 'the end.'"]),
    # German low-high marks
    ("Er sagte „Wir schaffen das“ gestern.", ["Wir schaffen das"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == expected


def test_spans_exclude_the_marks() -> None:
    text = "He said “yes” twice."
    (quote,) = find_quotes(text)
    assert text[quote.open] == "“" and text[quote.close] == "”"
    assert (quote.start, quote.end) == (quote.open + 1, quote.close)


def test_quote_left_open_is_marked() -> None:
    (quote,) = find_quotes("“Words that go on")
    assert quote.closed is False


@pytest.mark.parametrize(("text", "expected"), [
    # the paragraph before ended inside a quote: a closing mark after a comma ends it
    ('1988. The one thing we lack is unity,” Ann Ortiz says.',
     ["1988. The one thing we lack is unity,"]),
    ('and more to come," she said. "Next."', ["and more to come,", "Next."]),
    # ... not one after a stop (the name signing a quoted letter), nor one after an opener
    ('Ann Ortiz, Center for Policy."', []),
    ('She said, “We won,” and left.', ["We won,"]),
])
def test_quote_running_on_from_the_paragraph_before(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text, running=True)
    assert [text[q.start : q.end] for q in quotes] == expected
    assert find_quotes(text) == [q for q in quotes if text[q.open] in "“\""]

