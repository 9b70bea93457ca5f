"""Golden cases for who said a quote, in the shapes political news uses.

Each case is (text, [(quote, speaker)]); the sentences are made up for the shape they show.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract

CASES = [
    # an inverted subject with a long aside after it
    ('"It is close," said Ann Marsh, who teaches politics at the state university.',
     [("It is close,", "Ann Marsh")]),
    ('"We will win," said Ben Ortiz, 44, a retired teacher from Tulsa.',
     [("We will win,", "Ben Ortiz")]),
    ('"Nobody saw it coming," said Carl Reyes, citing the late polls.',
     [("Nobody saw it coming,", "Carl Reyes")]),
    ('"The mood is sour," said Dana Whit of the county party.',
     [("The mood is sour,", "Dana Whit")]),
    ('"He is tired," said Dole of his rival.', [("He is tired,", "Dole")]),
    # inverted subjects that open with a lower-case word or a determiner
    ('"The map favours us," said former party chairman Ed Lowe.',
     [("The map favours us,", "Ed Lowe")]),
    ('"It was chaos," said one county clerk.', [("It was chaos,", "county clerk")]),
    ('"Turnout will tell," added another Iowa Democrat.',
     [("Turnout will tell,", "Iowa Democrat")]),
    ('"Call me," replied Fay Grant, the host.', [("Call me,", "Fay Grant")]),
    ('"It is over," said a campaign aide who spoke on condition of anonymity.',
     [("It is over,", "campaign aide")]),
    # an age standing for a person is a description that speaks
    ('"We will fight on," said the 46-year-old.', [("We will fight on,", "46-year-old")]),
    ('"Why now?" the 17-year-old asked in the video.', [("Why now?", "17-year-old")]),
    # ... but an age before a noun or a possessive leaves the speaker as it was
    ('Ben Ortiz said the 83-year-old judge\'s "mind is gone."', [("mind is gone.", "Ben Ortiz")]),
    # an aside between the subject and its cue
    ('"We disagree," Gil Park, director of the budget office, said in a statement.',
     [("We disagree,", "Gil Park")]),
    ('"Not today," Hal Bright, 57, told a voter.', [("Not today,", "Hal Bright")]),
    ('"Maybe," Ida Moss, after a long pause, said of the plan.', [("Maybe,", "Ida Moss")]),
    ('"No records exist," Jo Quinn, who ran the office for a decade, told the Tribune.',
     [("No records exist,", "Jo Quinn")]),
    # a description whatever its noun
    ('"Nobody cares," the insider said.', [("Nobody cares,", "insider")]),
    ('"Vote early," a narrator says in the ad.', [("Vote early,", "narrator")]),
    # verbs of the manner of speaking
    ('"Go home!" the protester yelled.', [("Go home!", "protester")]),
    ('"Not bad," Lou Kent quipped.', [("Not bad,", "Lou Kent")]),
    # the speaker opens the next sentence: the splitter ends one at "?" and a mark
    ('Rae Lin took questions. "Why now?" Tom Udall asked.', [("Why now?", "Tom Udall")]),
    # a verb the lexicon does not know, right after the quote
    ('"We are done here," Vera Holt started.', [("We are done here,", "Vera Holt")]),
    ('"This is fantastic!" beamed Walt Ames of Ohio.', [("This is fantastic!", "Walt Ames")]),
    ('"Jeb is weak," Trump shot back.', [("Jeb is weak,", "Trump")]),
    ('Dan Roe spoke.\n\n"Quiet," he demanded, as Bush continued.', [("Quiet,", "Dan Roe")]),
    ('"Who pays?"\n\n"Mexico!" the audience screamed back.', [("Who pays?", None),
                                                              ("Mexico!", "audience")]),
    ('"It is over," James B. Comey Jr., the director, said.',
     [("It is over,", "James B. Comey Jr.")]),
    # no cue: the subject of the sentence is who is quoted
    ('Mia Stone defended the vote, calling it "the only honest choice."',
     [("the only honest choice.", "Mia Stone")]),
    ('Ned Cole: "We are not done."', [("We are not done.", "Ned Cole")]),
    ('At the town hall on Monday, the Ortiz supporter retorted: "Shame on you."',
     [("Shame on you.", "Ortiz supporter")]),
    ('Olga Berg spoke first. She then held up a sign reading "Vote No."',
     [("Vote No.", "Olga Berg")]),
    ('Pat Quill spoke. Quill did not name his rival, but told the crowd, "He is weak."',
     [("He is weak.", "Pat Quill")]),
    ('On Monday, after a long silence, Quinn Lowe endorsed her, saying, "She will win."',
     [("She will win.", "Quinn Lowe")]),
    ('Republican presidential candidate Rob Vance took to Twitter, writing: "Sad!"',
     [("Sad!", "Rob Vance")]),
    ('Rep. Sam Tate (R-Ohio): "Who told you that?"', [("Who told you that?", "Sam Tate")]),
    ('Rep. Sam Tate (R-Ohio) said "the memo is clear."', [("the memo is clear.", "Sam Tate")]),
    ('Lee protesters interrupted the speech, shouting "Go home!"',
     [("Go home!", "Lee protesters")]),
    ('The ad ends with a warning: "Vote while you can."',
     [("Vote while you can.", "ad")]),
    ('Tuesday in Erie, after the vote, Gov. Al Roe (R-Pa.), said, "I am ready."',
     [("I am ready.", "Al Roe")]),
    # the sentence after a quote that ends in "?" is narration unless it is short
    ('Ann Bell was asked about it. "Why now?" Her critics cited it as proof of panic.',
     [("Why now?", None)]),
    ('Ann Bell was asked about it. Cal Ray spoke. "Why now?" Ray wondered.',
     [("Why now?", "Cal Ray")]),
    # the subject of the clause nearest the quote, when the sentence opens with none
    ('Eight years ago, Al Sharp backed Obama and said, "She did nothing for us."',
     [("She did nothing for us.", "Al Sharp")]),
    ('Lu Park spoke. The hall was so quiet that Mr. Park was moved to say, "Thank you."',
     [("Thank you.", "Lu Park")]),
    ('Ty Rowe: "We go on."', [("We go on.", "Ty Rowe")]),
    ('Polls were right - Cara Bell: "The late polls were closest."',
     [("The late polls were closest.", "Cara Bell")]),
    ('As Professor Ada Foner put it: "We do better."', [("We do better.", "Ada Foner")]),
    # a verb after a subject, not a modifier or an apposition
    ('Hours later, she issued a statement calling it "a step back."',
     [("a step back.", None)]),
    ('She spoke to her husband, Rob Fry, that night about a "hard choice" ahead.', []),
    ('He asked for a fair sentence. "Yes," he said.', [("Yes,", None)]),
    # "Mr." picks the man of a surname shared with a woman named later
    ('Don Lark spoke. Ivy Lark spoke. "Go," Mr. Lark said.', [("Go,", "Don Lark")]),
    # ... but not a subject that names nobody
    ('The deal was "a disaster for all of us," the county heard.',
     [("a disaster for all of us,", None)]),
    ('Washington has "no plan for the border."', [("no plan for the border.", None)]),
    # words in marks that nobody says are no claim: a scare quote, a title, markup
    ('The deal was "a disaster" for the county.', []),
    ('She appeared on "Meet the Press Daily" last week.', []),
    ('<tweet datetime="2016-06-29">We won</tweet>', []),
    # the title of a work or a programme is no claim, even with a cue in its sentence
    ('"We will win," Ann Ortiz said on NBC\'s "Meet the Press."', [("We will win,", "Ann Ortiz")]),
    ('Speaking on Fox News Channel’s “Hannity,” Ben Ortiz said the plan would fail.', []),
    ('He told ABC News\'s "This Week" on Sunday that "the deal is dead."',
     [("the deal is dead.", None)]),
    ('Ann Ortiz, a former host of the reality show "The Apprentice," said she would run.', []),
    ("''We lost,'' Ben Ortiz wrote in his 2012 book, ''An American Son.''",
     [("We lost,", "Ben Ortiz")]),
    ('She is writing a book called "Women Who Work" this year.', []),
    # ... but a statement after a possessive or a noun is still one
    ('Ann Ortiz said the NRA’s “We will not back down” pledge was real.',
     [("We will not back down", "Ann Ortiz")]),
    ('He dismissed the show as "a total waste of time," Ann Ortiz said.',
     [("a total waste of time,", "Ann Ortiz")]),
    ('On CNN\'s program, Ben Ortiz said, "We will not back down."',
     [("We will not back down.", "Ben Ortiz")]),
    # a headline's name and colon say the capitalised words after them
    ("Ann Ortiz: ‘It Is Not A Radical Idea’ To Ask For A Raise.\n\nShe spoke.",
     [("It Is Not A Radical Idea", "Ann Ortiz")]),
    ('The phrase: "Make Ohio Great Again"', []),
    # ... unless a cue says them, or a word presents them as said, chanted or written
    ('The protesters gathered outside, chanting "Dump Vance."',
     [("Dump Vance.", "protesters")]),
    ('He wore a hat reading, "Make Ohio Great Again"', [("Make Ohio Great Again", None)]),
    # ... or a noun of voices raised together before "of" does
    ('Her speech was drowned out by chants of "Ann! Ann! Ann! Ann" from the floor.',
     [("Ann! Ann! Ann! Ann", None)]),
    ('There were constant calls of "Vote Them Out" as the senator passed by.',
     [("Vote Them Out", None)]),
    ('The hall erupted in cries of “Shame On Ortiz” before the vote.',
     [("Shame On Ortiz", None)]),
    # ... but not any noun before "of": a title stays one
    ('She drew on memories of "Meet the Press" for the speech.', []),
    ('The board heard reports of "Operation Desert Storm" veterans.', []),
    ('The deal was "a disaster," she said.', [("a disaster,", None)]),
    # a place or a publication named last is not who "he" or "she" is
    ('Ken Ortiz flew to San Diego on Monday. "It is close," he said.',
     [("It is close,", "Ken Ortiz")]),
    ('Ken Ortiz spoke to the Boston Herald. "It is close," he said.',
     [("It is close,", "Ken Ortiz")]),
    ('Ken Ortiz spoke first. "It is close," he told Fox News.', [("It is close,", "Ken Ortiz")]),
    ('Speaking at a rally in Salem, New Hampshire, he said "we will win."',
     [("we will win.", None)]),
    # a name does not run across a full stop, nor start with a sentence's first word
    ('Nina Hale arrived in Benghazi. Bob Stone stayed home.\n\n"We left," he said.',
     [("We left,", "Bob Stone")]),
    ('Then Al Brafman spoke. "Judge," he said.', [("Judge,", "Al Brafman")]),
    # a participle's subject comes after an opening phrase, and after a dateline
    ('Instead, Ann Ortiz was back to boasting, saying "we are winning."',
     [("we are winning.", "Ann Ortiz")]),
    ('To wit, Ben Ortiz told the paper it was over, adding, "We lost the vote."',
     [("We lost the vote.", "Ben Ortiz")]),
    ('Appearing before supporters on Monday, Ann Ortiz thanked them, saying "we won."',
     [("we won.", "Ann Ortiz")]),
    ('Outside the arena, about 200 protesters gathered, chanting "No more war."',
     [("No more war.", "about 200 protesters")]),
    ('SALEM, Ore. (AP) — Ann Ortiz rallied supporters, saying: "We have to be ready."',
     [("We have to be ready.", "Ann Ortiz")]),
    ('Lee Ortiz wrote to her. Minutes later, Ann Ortiz sent an email saying, "done."',
     [("done.", "Ann Ortiz")]),
    # ... but a participle right after a cue goes on from that cue's subject
    ('The two leaders will meet next week, Ann Ortiz said, adding, "They need a talk."',
     [("They need a talk.", "Ann Ortiz")]),
    ('Ben Reyes left early, the aide Carla Diaz said, adding, "He was not well."',
     [("He was not well.", "Carla Diaz")]),
    # ... not when the cue is inverted or opens the sentence with its subject
    ('Ann Ortiz said the vote was close, adding, "We will see."',
     [("We will see.", "Ann Ortiz")]),
    ('"It is early," said Ben Reyes, adding, "We will see."',
     [("It is early,", "Ben Reyes"), ("We will see.", "Ben Reyes")]),
    # ... and after a stray mark left over from an excerpt, whose paragraphs open with one
    ('"Ann Ortiz tried to laugh it off by interjecting, “Only Ben Reyes.” He did not.',
     [("Only Ben Reyes.", "Ann Ortiz")]),
    ('"CNN’s Ben Reyes ridiculed that as “political theater” and said, “Nobody believes it.”',
     [("political theater", "Ben Reyes"), ("Nobody believes it.", "Ben Reyes")]),
    # ... while a quote opening the sentence is still no subject
    ('"We lost," Ann Ortiz said, adding, "Nobody saw it."',
     [("We lost,", "Ann Ortiz"), ("Nobody saw it.", "Ann Ortiz")]),
    # a quote left open at a paragraph's end may go on in the next without a mark
    ('"We must be united. We have not been since the election in.\n\n'
     '1988. The one thing we lack is unity," Ann Ortiz says.',
     [("We must be united. We have not been since the election in.", None),
      ("1988. The one thing we lack is unity,", "Ann Ortiz")]),
    # ... but only after a paragraph that ended inside a quote
    ('"We must be united," she said.\n\nThe one thing we lack is unity," Ann Ortiz says.',
     [("We must be united,", None)]),
    # ... and never inside the quote the sentence opens in
    ('"We failed. It is a disaster," Ben Ortiz said, adding, "Nobody cares."',
     [("We failed. It is a disaster,", "Ben Ortiz"), ("Nobody cares.", "Ben Ortiz")]),
    ('"Everything. Everything is on the table," Ann Ortiz told reporters, hinting at more.',
     [("Everything. Everything is on the table,", "Ann Ortiz")]),
    # ... but a name ending in -ing is the subject itself
    ('Dan Boreing sided with the club, saying "it is time we change."',
     [("it is time we change.", "Dan Boreing")]),
    ('Manning sided with the unions, saying "the law is clear."',
     [("the law is clear.", "Manning")]),
    # after "!" or "?" a verb of saying in the next sentence may go on with a phrase
    ('Ann Ortiz spoke. "We need our fix!" Ortiz said to People on Monday.',
     [("We need our fix!", "Ann Ortiz")]),
    ('"Pat is the greatest!!!" Ben Ortiz wrote in a September 16, 2012 email to staff.',
     [("Pat is the greatest!!!", "Ben Ortiz")]),
    # ... but not with words of its own, nor after a full stop
    ('Ann Ortiz ran. "Why now?" Ben Reyes said he would fire her.', [("Why now?", None)]),
    ('"We are refugees," Ann Ortiz said. "We are not terrorists." Ben Reyes said: "No."',
     [("We are refugees,", "Ann Ortiz"), ("We are not terrorists.", "Ann Ortiz"),
      ("No.", "Ben Reyes")]),
    # a quote that is a sentence of its own goes on with the speech before it, even
    # capitalised as a title is
    ('"We have one common enemy," Ann Ortiz told the delegates. "Donald Vance."',
     [("We have one common enemy,", "Ann Ortiz"), ("Donald Vance.", "Ann Ortiz")]),
    ('Ben Ortiz smiled. "Politics is hard," he said. "That\'s The Way It Is, Carla."',
     [("Politics is hard,", "Ben Ortiz"), ("That's The Way It Is, Carla.", "Ben Ortiz")]),
    # ... but not a title in a sentence of narration, nor one without a stop
    ('"I love it," Ann Ortiz said. "The Walking Dead." is her favourite show.',
     [("I love it,", "Ann Ortiz")]),
    ('"I love it," Ann Ortiz said. She watches "The Walking Dead."',
     [("I love it,", "Ann Ortiz")]),
    ('"I love it," Ann Ortiz said. "The Walking Dead"', [("I love it,", "Ann Ortiz")]),
    # a digest credits the name between a dash and a colon after its headline
    ('VOTERS ARE NOT WRONG, JUST EARLY - Ann Ortiz and Ben Reyes: “The polls missed it.”',
     [("The polls missed it.", "Ben Reyes")]),
    ('Pollsters agree - Carla Diaz: “Keep calling voters late.”',
     [("Keep calling voters late.", "Carla Diaz")]),
    # ... not words after a dash that name nobody
    ('Voters are angry - and here is why: “The polls missed it.”',
     [("The polls missed it.", None)]),
    # a share of people names nobody
    ('Forty percent of voters said they were "very worried."', [("very worried.", None)]),
    ('"Not at all likely," said 14 percent.', [("Not at all likely,", None)]),
    ('In a city poll, 31% of renters said they were "very worried."', [("very worried.", None)]),
    # the state of a dateline is where, and "with" a name before a participle is who
    ('At a rally in Mobile, Alabama, on Friday, a heckler was led out, with Ortiz '
     'reportedly shouting: "Get him out of here!"', [("Get him out of here!", "Ortiz")]),
    ('At a town hall in Ames, Iowa, on Sunday, Mrs. Vance went further, saying the state '
     'should "lead the way."', [("lead the way.", "Vance")]),
    ('Sen. Tom Reyes of Texas, who mused that the bill was "dead on arrival," left early.',
     [("dead on arrival,", "Tom Reyes")]),
    # ... but a person named like a place, and a publication that states a view, speak
    ('"It was fun," said Paris Hilton, who flew in from Austin, Texas.',
     [("It was fun,", "Paris Hilton")]),
    ('The Washington Post editorial board wrote that the bill "fails the test."',
     [("fails the test.", "Washington Post editorial board")]),
    # a "he" or "she" never points back at a publication or agency: none, if no one fits
    ("''It is unkind,'' Xinhua, the official news agency, wrote. ''It is not true,'' he said.",
     [("It is unkind,", "Xinhua"), ("It is not true,", None)]),
    ('As Reuters has reported, the accounts leak. "I am ahead of every parent," she said.',
     [("I am ahead of every parent,", None)]),
    ('As both NBC News and Bloomberg have reported, the accounts leak. "I am ahead of every '
     'parent," she said.', [("I am ahead of every parent,", None)]),
    # ... but a person of that name is a person
    ('Mr. Bloomberg said the plan works. "We will win," he said.',
     [("We will win,", "Bloomberg")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(c.quote, c.speaker) for c in extract(text) if c.kind == "quote"]
    assert got == expected
