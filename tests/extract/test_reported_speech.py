"""Golden cases for reported speech without quote marks: (text, expected (kind, speaker)).

Each case is a kind of sentence, written for this file; an indirect claim spans its
sentence and carries the speaker as it resolves.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract

CASES = [
    # verbs of statement beyond "say": accusing, vowing, dismissing, praising
    ("Senator Ann Ortiz accused the governor of hiding the audit.",
     [("indirect", "Ann Ortiz")]),
    ("The spokeswoman vowed to reopen the clinic by March.", [("indirect", "spokeswoman")]),
    ("Governor Tom Reyes dismissed the report as a partisan smear.",
     [("indirect", "Tom Reyes")]),
    ("The union endorsed Maria Lopez for the open seat.", [("indirect", "union")]),
    # beliefs and expectations
    ("Dana Whitfield believes the vote was rigged.", [("indirect", "Dana Whitfield")]),
    ("Ken Ito, an analyst at Lazard, expected a slower quarter.", [("indirect", "Ken Ito")]),
    # findings of polls and documents
    ("A new poll shows the senator trailing by six points.", [("indirect", "new poll")]),
    # polls, studies and records find and show, with a clause or without
    ("A new poll found the senator trailing by six points.", [("indirect", "new poll")]),
    ("The senator lent his campaign money in May, campaign finance records show.",
     [("indirect", "campaign finance records")]),
    ("Polls show that voters are angry.", [("indirect", "Polls")]),
    ("A study by the watchdog group Civic Count found the senator ahead by six points.",
     [("indirect", "Civic Count")]),
    ("Tom Reyes found it hard to win Miami.", []),
    # clause-only verbs: a clause reports, an object does not
    ("The court ruled that the map was drawn unlawfully.", [("indirect", "court")]),
    ("The court ruled the district for a decade.", []),
    ("Jo Park knew that the budget was short.", [("indirect", "Jo Park")]),
    ("Jo Park knew the senator well.", []),
    ("Mr. Hale tweeted that the plant would close.", [("indirect", "Hale")]),
    ("Mr. Hale tweeted a photo of the plant.", []),
    # a bare form needs a plural subject or an auxiliary; else it is a noun
    ("The two senators want a new trade deal.", [("indirect", "two senators")]),
    ("Pat Quinn would want a recount.", [("indirect", "Pat Quinn")]),
    ("The Lopez want ads ran all week.", []),
    # a form in -ing needs an auxiliary: else it is a participle
    ("Luis Ortega is warning that the fund will run dry.", [("indirect", "Luis Ortega")]),
    ("The fear is that Ortega saying this will calm nobody.", []),
    # nouns that look like verbs are not cues
    ("The Paris attacks shook the campaign.", []),
    ("Questions about her emails persist.", []),
    # a subject does not run across a verb or end in a possessive
    ("The governor threw his support behind Ortiz.", []),
    ("Reporters said the mayor's aides knew that the audit was late.",
     [("indirect", "Reporters"), ("indirect", "mayor's aides")]),
    # a passive's subject is spoken to or of, not the speaker
    ("Tom Reyes was charged with assault after the rally.", []),
    ("Dana Whitfield was asked about the audit.", []),
    ("Tom Reyes had been told that he would lose.", []),
    ("The ministry, which has been accused of fraud, denies it.", [("indirect", "ministry")]),
    ("Tom Reyes, who was asked about it, said the vote would fail.",
     [("indirect", "Tom Reyes")]),
    # "rules" and "shown" are nouns or passives far more often
    ("Under the party's delegate rules, candidates pick their slates.", []),
    ("Her emails would have shown up in the search.", []),
    # a share of people is a poll's result: reported speech with no speaker (test_polls.py)
    ("Sixty percent of voters said the economy was weak.", [("indirect", None)]),
    ("Nearly half of Ohio Democrats said the economy was weak.", [("indirect", None)]),
    ("All three candidates said the economy was weak.", [("indirect", "All three candidates")]),
    ("A strategist for one of the campaigns said the race was over.",
     [("indirect", "strategist for one of the campaigns")]),
    # asides in a row between a subject and its cue: a state or party tag, an apposition,
    # a participle
    ("Sen. Ann Ortiz, D-Ore., a long-shot candidate, said the mayor is overselling the deal.",
     [("indirect", "Ann Ortiz")]),
    ("Sen. Ann Ortiz, D-Ore., appearing on a talk show after the speech, said the mayor"
     " failed to answer.", [("indirect", "Ann Ortiz")]),
    ("Dana Cole, a teacher from Macon, Ga., attending the rally, said she could not vote"
     " for him.", [("indirect", "Dana Cole")]),
    # a name after an opener is no aside; a clause after the cue is no name
    ("Still, Tom Reyes, who backs the plan, argued that it was late.",
     [("indirect", "Tom Reyes")]),
    ("The plant closed, forcing the town to borrow, said Tom Reyes, the mayor.",
     [("indirect", "Tom Reyes")]),
    # writing, maintaining and responding report with a clause only
    ("James Baker wrote the letter on Friday.", []),
    ("James Baker wrote in a memo that the deal was off.", [("indirect", "James Baker")]),
    ("Al Gore has maintained his silence.", []),
    ("The ministry responded with a lawsuit.", []),
    # a phrase opened by a preposition is no subject
    ("In the final two years of his term confirmed nothing.", []),
    # conditions and questions report nothing
    ("If they want a deal, they should call.", []),
    ("Do you endorse Maria Lopez?", []),
    # a participle's subject is the subject of its sentence
    ("In May, a federal judge sided with the unions, saying the law was void.",
     [("indirect", "federal judge")]),
    ("Senator Ann Ortiz toured the plant on Monday, warning that jobs would go.",
     [("indirect", "Ann Ortiz")]),
    # a subject with a label in brackets, an aside, a name set off by commas, a suffix
    ("Sen. Ann Ortiz (D-Ore.) said the vote would fail.", [("indirect", "Ann Ortiz")]),
    ("Ann Ortiz, who ran for governor in 2012, said the vote would fail.",
     [("indirect", "Ann Ortiz")]),
    ("The spokesman, Tom Reyes, said the vote would fail.", [("indirect", "Tom Reyes")]),
    ("Dana Whitfield, 21, a student from Ohio, said the vote would fail.",
     [("indirect", "Dana Whitfield")]),
    ("Tom Reyes Jr. warned that the vote would fail.", [("indirect", "Tom Reyes Jr.")]),
    ("Tom Reyes, in a statement on Monday, said the vote would fail.",
     [("indirect", "Tom Reyes")]),
    # a verb joined to the first by "and" shares its subject
    ("Governor Tom Reyes toured the plant and warned that jobs would go.",
     [("indirect", "Tom Reyes")]),
    # an inverted subject may open with a description, and its apposition with a title
    ("Jobs will go, says political scientist Dana Whitfield.",
     [("indirect", "Dana Whitfield")]),
    ("Jobs will go, said Dana Whitfield, director of the Ohio Labor Project.",
     [("indirect", "Dana Whitfield")]),
    ("Jobs will go, said on Tuesday.", []),
    # more verbs of saying invert after a comma; a relative clause may follow the name
    ("Jobs will go, argues economist Dana Whitfield.", [("indirect", "Dana Whitfield")]),
    ("Jobs will go, predicted Dana Whitfield, the former governor.",
     [("indirect", "Dana Whitfield")]),
    ("Jobs will go, said Tom Reyes, who ran for governor in 2012.",
     [("indirect", "Tom Reyes")]),
    ("Jobs will go, said Tom Reyes, an economist who wrote two books, a play and a memoir.",
     [("indirect", "Tom Reyes")]),
    ("He smiled, noting the irony.", []),
    ("Jobs will go, said Tom Reyes, a professor at M.I.T., who wrote two books.",
     [("indirect", "Tom Reyes")]),
    ("Jobs will go, said Reyes, but the plant will stay.", [("indirect", "Reyes")]),
    ("The economy, said Tom Reyes, is fine.", [("indirect", "Tom Reyes")]),
    ("The vote, said Monday, is off.", []),
    # a participle set off by commas stands between a subject and its verb
    ("The poll, released on Wednesday by the institute, showed the senator ahead.",
     [("indirect", "poll")]),
    # any short aside after a name
    ("Mr. Hale, now a paid television commentator, has denied that he knew.",
     [("indirect", "Hale")]),
    # a description is a statement; talking about something is one too
    ("Tom Reyes described the plan as a giveaway.", [("indirect", "Tom Reyes")]),
    ("Dana Whitfield talked about her record on taxes.", [("indirect", "Dana Whitfield")]),
    # a view needs "as"; a phrase of statement reads like a verb
    ("Tom Reyes sees the deal as a mistake.", [("indirect", "Tom Reyes")]),
    ("Tom Reyes saw his lead grow.", []),
    ("Dana Whitfield made the case that the tax was fair.", [("indirect", "Dana Whitfield")]),
    ("Dana Whitfield pushed back on the report.", [("indirect", "Dana Whitfield")]),
    # a meeting's discussion is not a statement
    ("Tom Reyes and Dana Whitfield discussed the budget.", []),
    # nouns of statement: the possessor speaks; without one, nobody does
    ("Dana Whitfield's claim that the vote was rigged fell flat.",
     [("indirect", "Dana Whitfield")]),
    ("The allegation that the vote was rigged fell flat.", []),
    # ... so do nouns of hope, fear and belief; a noun owned by no one names no speaker
    ("Dana Whitfield's hope that the plant would reopen faded.",
     [("indirect", "Dana Whitfield")]),
    ("His fears that the plant would close proved right.", []),
    ("The Ohio Democrats' fears that the plant would close grew.",
     [("indirect", "Ohio Democrats")]),
    ("The senator's nagging concern that the plant would close grew.", []),
    ("Tom Reyes hopes that the plant will reopen.", [("indirect", "Tom Reyes")]),
    # beliefs stated with an adjective after a copula
    ("Tom Reyes is confident that the plant will reopen.", [("indirect", "Tom Reyes")]),
    ("The senator was adamant that the bill would pass.", [("indirect", "senator")]),
    ("Tom Reyes remained convinced that the vote was rigged.", [("indirect", "Tom Reyes")]),
    ("Tom Reyes resigned, convinced that the vote was rigged.", []),
    ("It's a claim that nobody believes.", []),
    ("Ann Ortiz claims that the vote was rigged.", [("indirect", "Ann Ortiz")]),
    # "according to" opening a sentence names its speaker, unless someone else speaks
    ("According to the Lopez campaign, the rally drew a big crowd.",
     [("indirect", "Lopez campaign")]),
    ("According to the audit, the spokeswoman said the rally drew a big crowd.",
     [("indirect", "spokeswoman")]),
    # ... with a figure too, as when it closes the sentence ("4,000 came, according to X")
    ("According to the Lopez campaign, 4,000 people came.", [("indirect", "Lopez campaign")]),
    ("4,000 people came, according to the Lopez campaign.", [("indirect", "Lopez campaign")]),
    # ... but a record opening the sentence is its figures' cited source
    ("According to UN figures, more than 3,000 people died.", []),
    ("According to a 2018 survey, 40 percent of voters back the plan.", []),
    # closing the sentence or set off by commas, it reports the sentence, figures and all
    ("The talks failed, according to two senior officials.",
     [("indirect", "senior officials")]),
    ("The deal, according to the ministry, is off.", [("indirect", "ministry")]),
    ("Turnout rose to 4,000 voters, according to the county clerk on Friday.",
     [("indirect", "county clerk")]),
    ("The plan stalled according to the ministry's own timetable.", []),
    ("Most voters - 63 percent, according to the Siena survey - back the plan.",
     [("indirect", "Siena survey")]),
    ("Reyes leads with 22%, according to a Suffolk University poll released Sunday.",
     [("indirect", "Suffolk University poll")]),
    # a name joined by a slash is one name; a place word opening a body's name is no place
    ("The mayor's lead has shrunk, according to a Herald/Channel 5 News survey.",
     [("indirect", "Herald/Channel 5 News survey")]),
    ("The mayor's lead has shrunk, according to a New Haven Register poll.",
     [("indirect", "New Haven Register poll")]),
    # a source closing its sentence may run long; election returns are a record
    ("Reyes won the county, according to early results of the exit poll conducted by"
     " Meridian Research for the Daily Star and two local stations.",
     [("indirect", "early results of the exit poll conducted by Meridian Research for the"
                   " Daily Star and two local stations")]),
    ("Ortiz lost the primary but led in Kent County, according to unofficial returns.",
     [("indirect", "unofficial returns")]),
    ("The fund grew, according to plans drawn up by the treasurer and two of his deputies over"
     " the long and hot summer months of the year before the vote was finally held.", []),
    # a poll answer cites the survey that opens its sentence (test_polls.py)
    ("According to a 2018 survey, 40 percent of voters said they back the plan.",
     [("indirect", None)]),
    # people named only by what they are speak as written, however vague (issue 11:
    # "sources" are real speakers), bare or modified
    ("Some experts said the plan would fail.", [("indirect", "experts")]),
    ("Sources say the deal is near.", [("indirect", "Sources")]),
    ("The deal is near, officials said.", [("indirect", "officials")]),
    ("Foreign diplomats and experts said the talks were stuck.",
     [("indirect", "Foreign diplomats and experts")]),
    ("Some residents of the town said the plan would fail.",
     [("indirect", "residents of the town")]),
    ("Democratic aides said the plan would fail.", [("indirect", "Democratic aides")]),
    # a declaration with an object is an act
    ("The rebels declared independence from the capital.", []),
    ("Senator Ann Ortiz declared that the bill was dead.", [("indirect", "Ann Ortiz")]),
    ("Critics fear the plan will fail.", [("indirect", "Critics")]),
    # a plural word for no person, capitalised only by its place, is nobody's name
    ("Photos showed mourners at the gate.", []),
    ("Rumors suggested the mayor would resign.", []),
    # ... unless the text capitalises it inside a sentence too
    ("The vote split the Democrats again. Democrats fear the plan will fail.",
     [("indirect", "Democrats")]),
    # cues learned from annotated news (learned_cues.json): stances, plans, refusals,
    # a subject named right before the verb
    ("Senator Ann Ortiz opposed the pipeline deal.", [("indirect", "Ann Ortiz")]),
    ("The teachers union backed Maria Lopez in the primary.", [("indirect", "teachers union")]),
    ("Mayor Tom Reyes hopes to reopen the clinic by March.", [("indirect", "Tom Reyes")]),
    ("A spokeswoman for the ministry declined to comment on the audit.",
     [("indirect", "spokeswoman for the ministry")]),
    ("Dana Whitfield railed against the new tax at a rally on Monday.",
     [("indirect", "Dana Whitfield")]),
    ("Luis Ortega refused to endorse the mayor.", [("indirect", "Luis Ortega")]),
    # ... but not with a pronoun for a subject, a possibility, a condition or an act
    ("Ortiz spoke first. She declined to comment on the audit.", []),
    ("Perhaps the ministry will oppose the deal.", []),
    ("If Tom Reyes hopes to win, he needs Miami.", []),
    ("Senate Democrats decided to mount a filibuster.", []),
    # ... nor a subject that is no speaker, or a learned verb used as a noun
    ("The party's support for Ortiz grew after the debate.", []),
    ("Reyes and his plans for the port drew a crowd.", []),
    # a relative clause reports for its antecedent, never the verb whose object it is
    ("The tariff has angered farmers who say it will ruin them.", [("indirect", "farmers")]),
    ("The rally drew activists, who pointed out that the law was never enforced.",
     [("indirect", "activists")]),
    ("The deal united liberals who decried the tests and voters who feared a cut.",
     [("indirect", "liberals"), ("indirect", "voters")]),
    ("The plan, uniting voters who fear a cut, passed.", [("indirect", "voters")]),
    ("The bill won't please lawmakers who think it goes too far.",
     [("indirect", "lawmakers")]),
    ("The ruling caused alarm among legal experts, who warned that it invites abuse.",
     [("indirect", "legal experts")]),
    ("The party leaders and elected officials who met on Monday said the rules would stand.",
     [("indirect", "elected officials")]),
    ("The retired generals who signed the letter said the war was lost.",
     [("indirect", "retired generals")]),
    # ... and a relative clause with no cue reports nothing
    ("The company fired the people who built the bridge.", []),
    ("The man who said he was nervous left early.", [("indirect", "man")]),
    # some people picked out of a group speak as written; a share of respondents does not
    ("The campaign will move staff to Iowa, one of his senior aides said.",
     [("indirect", "one of his senior aides")]),
    ("Two of her advisers said she would not run.", [("indirect", "Two of her advisers")]),
    ("Most of the candidates said they back the boycott.",
     [("indirect", "Most of the candidates")]),
    ("Six in 10 voters said the economy was weak.", [("indirect", None)]),
    ("Most of the respondents said the economy was weak.", [("indirect", None)]),
    ("One of the things he wanted was a truck.", []),
    # where a person is from, a town and its state, is an aside before the cue
    ("Maria Lopez, of Dayton, Ohio, attending the rally, said the economy was her worry.",
     [("indirect", "Maria Lopez")]),
    ("Tom Reyes, of Austin, Texas, said he would vote for the mayor.",
     [("indirect", "Tom Reyes")]),
    ("Ann Cole, 45, from Grand Rapids, Michigan, said she backs the mayor.",
     [("indirect", "Ann Cole")]),
    ("Still, Jill Martin, of course, said the vote was close.", [("indirect", "Jill Martin")]),
    # an object relative: the named subject after it reports, not the antecedent
    ("The council dropped the toll, which Mayor Tom Reyes vehemently opposed.",
     [("indirect", "Tom Reyes")]),
    ("Voters turned on Ann Ortiz, whom many activists believed was tilting the race.",
     [("indirect", "activists")]),
    ("The rule, which officials said will start in May, covers the port.",
     [("indirect", "officials")]),
    ("He named the winner, at which point the judges said the vote was over.",
     [("indirect", "judges")]),
    # ... but "which has said" keeps the antecedent, and a pronoun is left as before
    ("The union, which has said the law is unfair, sued.", [("indirect", "union")]),
    # a state after a city, or a list of states, says where: who is before it
    ("Ken Ito, who lost his house in Mobile, Alabama, said the storm was worse than 2005.",
     [("indirect", "Ken Ito")]),
    ("Most older voters in Utah, Idaho and Nevada said they distrust the count.",
     [("indirect", "Most older voters")]),
    # (a subject that runs on through "in" keeps its places: a noun phrase all the same)
    ("Farmers in Iowa and Kansas say the drought is the worst in years.",
     [("indirect", "Farmers in Iowa and Kansas")]),
    # ... and the relative after "X of State" stands for X
    ("Sen. Rita Vance of Ohio, who has blasted the tariffs, is running again.",
     [("indirect", "Rita Vance")]),
    ("Teachers in Oregon who joined the strike said the pay offer was too low.",
     [("indirect", "Teachers in Oregon")]),
    # ... but a country alone may stand for its government, and a person named like a
    # country or a state is a person
    ("Iran insists it does not know where the contractor is.", [("indirect", "Iran")]),
    ("Jordan Ellis, a lawyer in Austin, Texas, said the ruling would be appealed.",
     [("indirect", "Jordan Ellis")]),
    # a subject pronoun after an adverb, a day or the object of another verb is the subject
    ("Dana Whitfield spoke on Tuesday. Then she said the plan was dead.",
     [("indirect", "Dana Whitfield")]),
    ("Bo Lin skipped the debate but said Wednesday he agrees with the verdict.",
     [("indirect", "Bo Lin")]),
    ("The heads of both firms told reporters they concluded there was no duty to disclose.",
     [("indirect", "heads of both firms")]),
    # a part of a group keeps its count: "Some of the women", never "of the women"
    ("Some of the nurses said they had testified at the hearing.",
     [("indirect", "Some of the nurses")]),
    ("Many in the crowd said the mayor was the only one they trusted.",
     [("indirect", "Many in the crowd")]),
    ("Those in favor of the fine have said that Lee started the fight.",
     [("indirect", "Those in favor of the fine")]),
    # a word that opens the clause is no part of its subject ("Recently she", "Although it")
    ("Ann Lee spoke first. Recently she announced the plan was dead.",
     [("indirect", "Ann Lee")]),
    ("Although it was far from the last word on the case, Attorney General Ann Lee took the "
     "last step Wednesday, announcing that no charges would be filed.",
     [("indirect", "Ann Lee")]),
    # where someone is from is an aside between the name and the cue
    ("Mara Quinn, 29, of Dothan, Ala., says her biggest worry is rent.",
     [("indirect", "Mara Quinn")]),
    # a phrase of place, time or medium is no subject: the subject follows it
    ("By contrast, in the final two years of the term, Democrats had confirmed 68 nominees.",
     [("indirect", "Democrats")]),
    ("And Ms. Khan, in an op-ed published in The Post, rebuked Mr. Trump for suggesting she "
     "had been silenced.", [("indirect", "Khan")]),
    # a day or a time that opens the sentence is no subject ("Sunday morning, Clinton ...")
    ("Sunday morning, Ann Lee slammed the shift and accused Reyes of a flip-flop.",
     [("indirect", "Ann Lee")]),
    ("Tuesday, the Vermont senator opened a rally blasting Reyes for his votes.",
     [("indirect", "Vermont senator")]),
    ("Monday at Tulane University in Hammond, LA, front-runner Ann Lee addressed students, "
     "saying the country was lost.", [("indirect", "Ann Lee")]),
    # ... but a first name that is a month is a name
    ("June Smith said the vote was rigged.", [("indirect", "June Smith")]),
    # ... and a clause is not read as the subject of a participle
    ("On Friday night, in the 24th district, Sanders let Kingson speak first, praising him "
     "as a fighter.", [("indirect", "Sanders")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_speech(text: str, expected: list[tuple[str, str]]) -> None:
    claims = [c for c in extract(text) if c.kind != "numeric"]
    assert [(c.kind, c.speaker) for c in claims] == expected


def test_an_indirect_claim_spans_its_sentence_and_names_its_speaker_exactly() -> None:
    text = "The vote was close. Senator Ann Ortiz accused the governor of hiding the audit."
    (claim,) = extract(text)
    assert text[claim.start : claim.end] == (
        "Senator Ann Ortiz accused the governor of hiding the audit."
    )
    assert claim.speaker_mention is not None and claim.speaker_start is not None
    assert text[claim.speaker_start : claim.speaker_end] == "Senator Ann Ortiz"
    assert claim.speaker_role == "Senator"
