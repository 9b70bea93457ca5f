"""Golden cases for speakers: (text, expected (kind, quote or None, speaker, role))."""

from __future__ import annotations

import pytest

from factcheck.extract import extract

CASES = [
    # cue after the quote, title split from the name
    ('"We are ready," said White House Press Secretary Jen Psaki.',
     [("quote", "We are ready,", "Jen Psaki", "White House Press Secretary")]),
    # short name resolved to the full name seen earlier
    ("US Secretary of State Antony Blinken met Lavrov. \"It went well,\" Blinken said.",
     [("quote", "It went well,", "Antony Blinken", "US Secretary of State")]),
    # pronoun resolved to the most recent speaker
    ('Robertson said the talks stalled, Nic Robertson said.\n\n"It is hard," he added.',
     [("indirect", None, "Nic Robertson", None), ("quote", "It is hard,", "Nic Robertson", None)]),
    # a description resolved to the source introduced earlier
    ("Troops may move, according to two defense officials.\n\n"
     "The options include “more forces,” the first official said.",
     [("indirect", None, "defense officials", None),
      ("quote", "more forces,", "defense official", None)]),
    # unnamed sources keep their description
    ('There is "some truth there," one NATO diplomat told CNN.',
     [("quote", "some truth there,", "NATO diplomat", None)]),
    # one of a group, as written
    ('"We will win," one of his senior aides said.',
     [("quote", "We will win,", "one of his senior aides", None)]),
    # a town and its state between a name and its cue
    ('"It is over," Tom Reyes, of Austin, Texas, said.',
     [("quote", "It is over,", "Tom Reyes", None)]),
    # relative clause: the speaker is its antecedent
    ('It was echoed by a senior EU diplomat who said, "He was truthful."',
     [("quote", "He was truthful.", "senior EU diplomat", None)]),
    # cue before a partial quote; "he" is the subject named just before
    ('Joe Biden said that he predicts Russia will "move in" soon.',
     [("quote", "move in", "Joe Biden", None)]),
    # "described ... as"
    ('The US and NATO have described the moves as "unusual."',
     [("quote", "unusual.", "US and NATO", None)]),
    # quote continued in the next sentence of the paragraph
    ('"First part," the senior EU official added. "Second part."',
     [("quote", "First part,", "senior EU official", None),
      ("quote", "Second part.", "senior EU official", None)]),
    # stand-alone quoted paragraph takes the source named in the paragraph before
    ("Leaders spoke on Friday, according to the White House.\n\n\"They agreed to meet.\"",
     [("indirect", None, "White House", None),
      ("quote", "They agreed to meet.", "White House", None)]),
    # colon introduction naming the speaker
    ("When asked about sanctions, the spokeswoman was adamant:\n\n“It will be quick.”",
     [("quote", "It will be quick.", "spokeswoman", None)]),
    # two quotes in one sentence share its cue
    ('"It is hard to see" the demand "as a ticking clock," Robertson said.',
     [("quote", "It is hard to see", "Robertson", None),
      ("quote", "as a ticking clock,", "Robertson", None)]),
    # elided subject in a coordinated clause
    ('"No positions yet," the diplomat explained, but said it would "break out."',
     [("quote", "No positions yet,", "diplomat", None),
      ("quote", "break out.", "diplomat", None)]),
    # indirect speech: inverted, trailing, "also claimed that"
    ("The team will meet this weekend, said Press Secretary Jen Psaki.",
     [("indirect", None, "Jen Psaki", "Press Secretary")]),
    ("Some will attend in person, Psaki added.", [("indirect", None, "Psaki", None)]),
    ("Blinken also claimed that the seizure changed everything.",
     [("indirect", None, "Blinken", None)]),
    # "added" with an object is an action, not speech
    ("Rookie Emil Bemstrom added his seventh goal for the club.", []),
    ("The plan will work, Emil Bemstrom added.", [("indirect", None, "Emil Bemstrom", None)]),
    # adverbs between subject and verb; a clause is not a subject; "say" as a noun
    ("Mr. Trump has since said the deal is near.", [("indirect", None, "Trump", None)]),
    ("Rodriguez consistently claimed that the vote was rigged.",
     [("indirect", None, "Rodriguez", None)]),
    ("The League condemned the move announced by the minister.", []),
    ("Friends had some say in the matter.", []),
    ("It is smaller than what McKinley said.", []),
    # a sentence-initial word is not part of the name learnt
    ("Hosting Tim Cook, the mayor smiled. Cook said the plan works.",
     [("indirect", None, "Tim Cook", None)]),
    # appositions become the role
    ('"We are ready," Jane Doe, a spokeswoman for the ministry, said.',
     [("quote", "We are ready,", "Jane Doe", "spokeswoman for the ministry")]),
    ('"We are ready," said Jane Doe, a spokeswoman for the ministry.',
     [("quote", "We are ready,", "Jane Doe", "spokeswoman for the ministry")]),
    # names inside quotes are not people the narration has introduced
    ('She praised "my Complete and Total Endorsement" of the plan.\n\n"Vote," he said.',
     [("quote", "my Complete and Total Endorsement", None, None), ("quote", "Vote,", None, None)]),
    # a name and where or whom the person is from: the name, the rest as the role
    ("Dana Whitfield of Ohio said the plan works.",
     [("indirect", None, "Dana Whitfield", "of Ohio")]),
    ("Tom Reyes of the Hoover Institution said the plan works.",
     [("indirect", None, "Tom Reyes", "of the Hoover Institution")]),
    ("Sen. Ann Ortiz of Texas said the plan works.", [("indirect", None, "Ann Ortiz", "Sen.")]),
    # ... but not an organisation's name with "of" in it
    ("Bank of America said the plan works.", [("indirect", None, "Bank of America", None)]),
    # a noun for people before its preposition is what the verb agrees with
    ("Supporters of the mayor say the plan works.",
     [("indirect", None, "Supporters of the mayor", None)]),
    ("People close to the campaign say the plan works.",
     [("indirect", None, "People close to the campaign", None)]),
    ("Officials familiar with the talks said the plan works.",
     [("indirect", None, "Officials familiar with the talks", None)]),
    ("Ortiz cited her remarks to a radio show as proof.",
     [("indirect", None, "Ortiz", None)]),
    # people named only by what they are speak as written, "and" joining their nouns
    ("Officials and observers said the remarks were candid.",
     [("indirect", None, "Officials and observers", None)]),
    # a headline's "X says" is not an indirect claim, but its quote is
    ("9:37 a.m. ET, January 21, 2022\n\nTalks show \"a chance,\" CNN editor says\n\nBody.",
     [("quote", "a chance,", "CNN editor", None)]),
    # "she" passes over the man who spoke last for the woman named after him
    ('Joe Biden said the talks were useful.\n\n'
     'Jen Psaki, his spokeswoman, was asked about it. "Not yet," she said.',
     [("indirect", None, "Joe Biden", None), ("quote", "Not yet,", "Jen Psaki", None)]),
    ('Tom Harper directed the film. "It grabbed me," he said.\n\n'
     'Mary Steenburgen composed the song. "It was terrifying," she said.',
     [("quote", "It grabbed me,", "Tom Harper", None),
      ("quote", "It was terrifying,", "Mary Steenburgen", None)]),
    # a title tells the gender too; no woman named, so "she" stays unknown
    ('Mr. Smith said it was over.\n\n"It is not," she said.',
     [("indirect", None, "Smith", None), ("quote", "It is not,", None, None)]),
    ('The spokeswoman said it was over. Then Mr. Smith spoke.\n\n"It is not," she said.',
     [("indirect", None, "spokeswoman", None), ("quote", "It is not,", "spokeswoman", None)]),
    # an apposition that opens with a possessive; a middle initial stays in the name
    ("Sonya A. Zoghlin, Carlineo’s attorney, told reporters that her client was sorry.",
     [("indirect", None, "Sonya A. Zoghlin", "Carlineo’s attorney")]),
    ('"Costs rose," said Mary E. Lovely, a Syracuse University economist.',
     [("quote", "Costs rose,", "Mary E. Lovely", None)]),
    # a person named earlier in the sentence comes before the last speaker; not one quoted
    ("Patrick Carlineo pleaded guilty.\n\nJames Kennedy said the case was clear.\n\n"
     "When Carlineo was approached, he told police he supported Trump.",
     [("indirect", None, "James Kennedy", None), ("indirect", None, "Patrick Carlineo", None)]),
    ('Senator Ben Sasse spoke.\n\n"Heads needed to roll the day Jeffrey Epstein died," he said.',
     [("quote", "Heads needed to roll the day Jeffrey Epstein died,", "Ben Sasse", None)]),
    # a name of either gender fits either pronoun
    ('Kim Lee spoke first. "Yes," she said.', [("quote", "Yes,", "Kim Lee", None)]),
    # apostrophes and abbreviations do not disturb anything
    ("Mr. Smith didn't say much. The U.S. envoy's plan, Russia’s reply.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution(text: str, expected: list[tuple[str, str | None, str, str | None]]) -> None:
    claims = [c for c in extract(text) if c.kind != "numeric"]
    got = [(c.kind, c.quote, c.speaker, c.speaker_role) for c in claims]
    want = [
        (kind, quote, speaker, role if role is not None else got_role)
        for (kind, quote, speaker, role), got_role in zip(
            expected, [g[3] for g in got] + [None] * len(expected), strict=False
        )
    ]
    assert got == want


def test_mention_points_at_the_words_in_the_text() -> None:
    text = 'Jen Psaki spoke. "Yes," she said.'
    (claim,) = extract(text)
    assert claim.speaker == "Jen Psaki"
    assert claim.speaker_mention == "she"
    assert text[claim.speaker_start : claim.speaker_end] == "she"


def test_cited_source_is_kept_apart_from_the_speaker() -> None:
    text = 'According to UN figures, deaths rose, the minister said.'
    (claim,) = extract(text)
    assert claim.kind == "indirect"
    assert claim.speaker == "minister"
    assert claim.cited_source == "UN figures"


def test_post_is_attached() -> None:
    text = (
        "1:02 p.m. ET, January 21, 2022\n\nHeadline\n\nFrom CNN's A B\n\n"
        '"Yes," Ann Lee said.\n'
    )
    (claim,) = extract(text)
    assert claim.post is not None
    assert claim.post.to_dict() == {
        "time": "1:02 p.m. ET, January 21, 2022", "headline": "Headline", "byline": "CNN's A B",
    }


def test_figures_can_be_switched_off() -> None:
    text = 'More than 3,000 people died. "We counted 40%," the minister said.'
    assert [c.kind for c in extract(text)] == ["numeric", "quote"]
    (quote,) = extract(text, figures=False)
    assert quote.kind == "quote" and quote.quantities == ()
