"""Word lists for sentence splitting, quotes and attribution, kept in one place.

Everything that is English-newswire knowledge rather than logic lives here, so that a rule
module reads as logic and a new cue word or title is a one-line change.
"""

from __future__ import annotations

from typing import Literal

# --- Sentence splitting -------------------------------------------------------------------

# Abbreviations whose full stop does not end a sentence ("Mr. Lavrov", "Gen. Milley").
# Lower-cased, without the final dot.
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cmdr adm sen rep gov pres rev hon st sr jr
    messrs mme mlle""".split()
)
# Abbreviations that may end a sentence only when the next word plainly starts one;
# inside a sentence they are common ("at 1:02 p.m. ET", "the U.S. Army", "Jan. 21").
MIDDLE_ABBREVIATIONS = frozenset(
    """a.m p.m u.s u.k u.n e.u u.s.a d.c no nos vs v etc e.g i.e approx est inc corp co ltd
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
    sun dept univ ave blvd fig figs vol ch pp""".split()
)

# --- Quotation marks ----------------------------------------------------------------------

DOUBLE_OPENERS = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSERS = "\u201d\u00bb"  # ” »
DOUBLE_AMBIGUOUS = '"\u201f'  # " ‟
SINGLE_OPENERS = "\u2018\u201a\u2039"  # ‘ ‚ ‹
SINGLE_CLOSERS = "\u2019\u203a"  # ’ ›
SINGLE_AMBIGUOUS = "'"

# --- Reporting cues -----------------------------------------------------------------------

# Reporting verbs in the forms newswire uses. Lemma -> inflected forms.
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say"),
    "tell": ("told", "tells", "tell"),
    "add": ("added", "adds"),
    "explain": ("explained", "explains"),
    "warn": ("warned", "warns"),
    "claim": ("claimed",),
    "estimate": ("estimated",),
    "note": ("noted",),
    "state": ("stated",),
    "argue": ("argued", "argues"),
    "insist": ("insisted", "insists"),
    "assert": ("asserted", "asserts"),
    "acknowledge": ("acknowledged", "acknowledges"),
    "admit": ("admitted", "admits"),
    "announce": ("announced", "announces"),
    "confirm": ("confirmed", "confirms"),
    "deny": ("denied", "denies"),
    "write": ("wrote", "writes"),
    "predict": ("predicted", "predicts"),
    "suggest": ("suggested", "suggests"),
    "declare": ("declared", "declares"),
    "reiterate": ("reiterated", "reiterates"),
    "stress": ("stressed", "stresses"),
    "emphasize": ("emphasized", "emphasizes", "emphasised", "emphasises"),
    "reply": ("replied",),
    "respond": ("responded", "responds"),
    "recall": ("recalled", "recalls"),
    "remark": ("remarked",),
    "observe": ("observed", "observes"),
    "conclude": ("concluded", "concludes"),
    "caution": ("cautioned", "cautions"),
    "urge": ("urged", "urges"),
    "indicate": ("indicated", "indicates"),
    "tweet": ("tweeted",),
    "report": ("reported",),
    "complain": ("complained", "complains"),
    "forecast": ("forecast",),
    "maintain": ("maintained", "maintains"),
    "concede": ("conceded", "concedes"),
    "proclaim": ("proclaimed", "proclaims"),
    "ask": ("asked", "asks"),
    "continue": ("continued", "continues"),
    "describe": ("described", "describes"),
    "call": ("called",),
}

# Verbs of the manner of speaking, which in news introduce the speaker's own words
# ('"Get out!" he yelled', 'the sign read: "..."', '"No," she snapped'); they report no
# proposition of their own, so they are quote-only below.
MANNER_VERBS: dict[str, tuple[str, ...]] = {
    "quip": ("quipped", "quips"),
    "retort": ("retorted", "retorts"),
    "chant": ("chanted", "chant"),
    "yell": ("yelled", "yells"),
    "shout": ("shouted", "shouts"),
    "joke": ("joked", "jokes"),
    "bark": ("barked",),
    "exclaim": ("exclaimed", "exclaims"),
    "snap": ("snapped",),
    "scoff": ("scoffed",),
    "muse": ("mused", "muses"),
    "post": ("posted",),
    "email": ("emailed",),
    "read": ("reads", "read"),
    "react": ("reacted",),
    "recount": ("recounted", "recounts"),
    "interject": ("interjected",),
    "counter": ("countered", "counters"),
    "thunder": ("thundered",),
    "gush": ("gushed",),
}
SPEECH_VERBS.update(MANNER_VERBS)

# Words right before a quote that present it as words said, chanted or written, so that
# even a short or capitalised one is kept ('chanting "Dump Trump."', 'a sign reading
# "Hispanics 4 Trump"', 'a memo titled "The Facts"', 'one message: "..."').
QUOTE_INTRODUCERS = frozenset(
    """saying reading read reads chanting chanted yelling yelled shouting shouted titled
    entitled message slogan motto sign banner chant chants words""".split()
)
# Nouns of voices raised together that present the quote after "of" as words said:
# 'chants of "Ted! Ted! Ted!"', 'calls of "Feel the Bern"', 'cries of "Shame!"'.
QUOTE_INTRODUCERS_OF = frozenset(
    """chant chants cry cries call calls shout shouts cheer cheers chorus scream screams
    yell yells""".split()
)

# Nouns for a work or a programme, right before its quoted title, which names it and says
# nothing: 'the reality TV show "The Apprentice,"', 'his book, "The Art of the Deal."',
# 'a book called "Women Who Work"', 'the hit Disney film "Frozen"'.
WORK_NOUNS = frozenset(
    """show shows program programme book books movie film series novel documentary album
    song memoir play sitcom drama podcast miniseries musical""".split()
)
# Words that may join a work's noun to its title: 'a show called "Brokers"'.
WORK_NAMERS = frozenset("called titled entitled named".split())
# Possessives that own a programme rather than say words: 'on ABC's "This Week,"',
# 'Fox News Channel's "Hannity,"', 'on Friday's "PBS NewsHour."'. A capitalised acronym
# (ABC, MSNBC, POLITICO) or one of these words, before 's.
BROADCAST_OWNERS = frozenset(
    """Channel News Network Radio Television TV Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
)



def _inflect(lemma: str) -> tuple[str, ...]:
    """The -s, -ed and -ing forms of a regular verb: "argue" -> argues, argued, arguing;
    "deny" -> denies, denied, denying; "stress" -> stresses, stressed, stressing."""
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def _regular(lemmas: str) -> dict[str, tuple[str, ...]]:
    return {lemma: _inflect(lemma) for lemma in lemmas.split()}


# Cues beyond the verbs of saying above, read for reported speech without quote marks
# (and for the speaker of a quote as well). Each group names the kind of report it makes.
CUE_VERBS: dict[str, tuple[str, ...]] = {
    **{lemma: forms for lemma, forms in SPEECH_VERBS.items()},
    # The participles of the verbs of saying: "..., saying the plan would fail".
    **{lemma: (*forms, participle) for lemma, forms, participle in (
        ("say", SPEECH_VERBS["say"], "saying"), ("tell", SPEECH_VERBS["tell"], "telling"),
        ("write", SPEECH_VERBS["write"], "writing"), ("add", SPEECH_VERBS["add"], "adding"),
    )},
    **{lemma: _inflect(lemma) for lemma in SPEECH_VERBS if lemma not in (
        "say", "tell", "write", "add", "forecast", "ask", "continue", "describe", "call",
        "admit", "tweet", "report", "note", "state", "claim", "estimate", "remark", "reply",
    )},
    "admit": ("admitted", "admits", "admitting"),
    "tweet": ("tweeted", "tweets", "tweeting"),
    "claim": ("claimed", "claims", "claiming"),
    "note": ("noted", "notes", "noting"),
    "state": ("stated",),  # not "state" or "states": nouns far more often
    "estimate": ("estimated", "estimates"),
    "report": ("reported", "reports"),
    "remark": ("remarked",),  # not "remarks": a noun far more often
    "reply": ("replied", "replies"),
    "forecast": ("forecast", "forecasts"),
    # Statements of other kinds: "Trump accused Clinton of lying", "Cruz vowed to repeal
    # it", "the senator dismissed the report as a smear", "she posted that ...".
    **_regular(
        """allege accuse blame charge contend counter retort quip joke boast lament assure
        reassure remind inform testify vouch hint imply signal mention cite reveal disclose
        promise vow pledge threaten propose recommend demand advise question dismiss reject
        criticize criticise praise defend denounce decry blast attack applaud hail
        tout thank congratulate apologize apologise agree disagree post express voice
        highlight outline detail"""
    ),
    "brag": ("brag", "brags", "bragged", "bragging"),
    # Views of someone as something: AS_ONLY_VERBS.
    "view": ("views", "viewed", "viewing"),
    "see": ("see", "sees", "saw", "seeing"),
    "regard": ("regards", "regarded"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "rule": ("ruled",),  # not "rules": a noun far more often
    # Beliefs, hopes and expectations: "Sanders believes the system is rigged".
    **_regular("believe fear hope worry doubt suspect wonder assume expect"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt"),
    "know": ("know", "knows", "knew"),
    "want": ("want", "wants", "wanted"),
    "wish": ("wish", "wishes", "wished"),
    # Findings of polls, reports and documents: "a new poll shows Clinton ahead".
    "show": ("show", "shows", "showed"),  # not "shown": passive, or "shown up"
    "find": ("find", "finds", "found"),
    # An endorsement is declared: "the union endorsed Sanders". (Support, opposition and
    # preference are positions, often votes, not statements: "6 in 10 men supported Sanders".)
    **_regular("endorse"),
}

# Forms of those verbs that are nouns far more often than verbs ("the Paris attacks",
# "questions about her emails", "fears of a recession", "a criminal charge", "electric
# charging"): they are not read as cues.
NOUN_LIKE_FORMS = frozenset(
    """attacks questions fears charges hopes demands estimates supports promises favors
    favours doubts wishes worries counters jokes posts signals pledges vows threats blames
    praises reports claims details highlights outlines
    charge question demand post stress attack signal counter joke vow pledge promise blast
    hail thank praise blame cite doubt wish worry slam brag boast lament quip tout detail
    outline highlight voice charging""".split()
)
CUE_VERBS = {
    lemma: tuple(form for form in forms if form not in NOUN_LIKE_FORMS)
    for lemma, forms in CUE_VERBS.items()
}

# Verbs that annotators of attribution (PolNeAR) often mark as cues but that report an
# act, not words, a view or a stance: "Trump signed a licensing agreement", "Democrats
# decided to mount a filibuster", "he cast his ballot", "Carlineo pleaded guilty". The
# cues learned from those annotations (``learned_cues``) leave them out, by bare form.
ACT_VERBS = frozenset(
    """decide sign cast raise avoid vote file block order send sent hit put laid lay make
    made give gave take took win won lose lost spend spent run ran meet met build
    pass move start stop help try tried use used serve lead led go goes went stand stood
    come came count launch plead pleaded""".split()
)

# Verbs that put their subject after them when it closes the sentence: "..., said the
# minister.", "So says Tom Reyes.", "Jobs will go, argues economist Dana Whitfield." Only
# their finite forms invert ("..., noting the irony." is a participle with an object).
INVERTING_VERBS = frozenset(
    """say add write ask continue explain argue note warn insist contend caution observe
    predict suggest acknowledge admit conclude complain recall remark reply counter quip
    assert declare stress emphasize claim""".split()
)

# Verbs that introduce a quote but not a reported proposition of their own
# ("called it "a disgrace"", "asked whether ...", "continued: "..."). A description is a
# statement: "Trump described the country as beset by crime".
QUOTE_ONLY_VERBS = frozenset({"ask", "continue", "call"}) | (
    # verbs of the manner of speaking report no proposition, except those read above
    frozenset(MANNER_VERBS) - {"quip", "retort", "joke", "counter", "post"}
)

# Verbs that report speech only with a clause or at the end of the sentence:
# "..., he added." and "she added that ..." but not "Beauvillier added his seventh goal";
# "Trump tweeted that ..." but not "Trump tweeted a photo"; "she knew that ..." but not
# "she knew the senator"; "the court ruled that ..." but not "the party ruled the state";
# "she declared that ..." but not "the rebels declared independence" (an act).
# So with "wrote the letter", "maintained his silence", "responded with a lawsuit".
CLAUSE_ONLY_VERBS = frozenset(
    {"add", "tweet", "post", "know", "feel", "rule", "find", "declare", "write", "maintain",
     "respond"}
)

# Verbs that report a view only with "as": "voters see Clinton as honest", "he regarded
# the deal as a mistake", but not "Trump saw his lead grow" or "she views the site daily".
AS_ONLY_VERBS = frozenset({"view", "see", "regard"})

# Nouns of statement that are never read as verbs when no possessor owns them: "Trump's
# nagging concern that ..." (no possessor right before it) names no speaker.
NOUN_ONLY_CUES = frozenset(
    """concern concerns expectation expectations confidence doubts assurance assurances
    threat""".split()
)
# Words that join a subject to an adjective of belief: "Cruz is confident that", "aides
# remain convinced that", "Rubio seemed hopeful that".
COPULAS = frozenset(
    """is are was were be been am 'm ’m 're ’re 's ’s remain remains remained seem seems
    seemed appear appears appeared became become""".split()
)
BELIEF_ADJECTIVE_CUE = "be sure"

# Multi-word cues, with the lemma they report ("pointed out", "called for").
PHRASE_CUES: dict[str, str] = {
    "pointed out": "point out",
    "points out": "point out",
    "pointing out": "point out",
    "according to": "according to",
    "called for": "call for",
    "calls for": "call for",
    "calling for": "call for",
    "called on": "call for",
    "calls on": "call for",
    "made clear": "make clear",
    "made it clear": "make clear",
    "made the case": "make the case",
    "makes the case": "make the case",
    "raised concerns": "raise concerns",
    "raised questions": "raise concerns",
    "cast doubt": "cast doubt",
    "took issue with": "take issue",
    "pushed back": "push back",
    "weighed in": "weigh in",
    "went on to say": "say",
    "talked about": "talk about",
    "talks about": "talk about",
    "spoke about": "talk about",
    "spoke of": "talk about",
    "speaks about": "talk about",
    # Nouns of statement before their clause, "Trump's claim that ...": NOUN_CUES.
    **{f"{noun} that": "claim that" for noun in (
        "claim claims allegation allegations assertion assertions argument contention "
        "insistence suggestion warning warnings promise pledge belief view accusation "
        "accusations charge prediction statement admission complaint assessment "
        "conclusion testimony "
        # hopes, fears and beliefs: "Trump's hope that ...", "their fears that ..."
        "hope hopes fear fears concern concerns worry worries expectation expectations "
        "confidence doubts assurance assurances vow threat demand demands"
    ).split()},
    # Beliefs stated with an adjective: "Cruz is confident that ...", "she was adamant
    # that ...", "aides are convinced that ...". The subject is read past the copula.
    **{f"{adjective} that": BELIEF_ADJECTIVE_CUE for adjective in (
        "confident adamant sure convinced certain optimistic hopeful skeptical sceptical "
        "worried concerned afraid insistent"
    ).split()},
}
# The lemma of those noun cues: their speaker is the possessor before the noun
# ("Trump's claim that", "his warning that"); without one, the words are read as a verb
# ("Trump claims that") or give no speaker ("the allegation that").
NOUN_CUE = "claim that"

# Light words allowed between a subject and its reporting verb ("Blinken also claimed").
VERB_MODIFIERS = frozenset(
    """also later earlier previously then again has have had will would may might could
    did does do is are am was were be been being repeatedly reportedly recently further once
    separately privately publicly flatly since instead twice still even just""".split()
)

# Words right before a cue that deny the report ("did not say", "never claimed").
NEGATIONS = frozenset(
    """not never didn't didn’t don't don’t doesn't doesn’t won't won’t wouldn't wouldn’t
    cannot can't can’t couldn't couldn’t""".split()
)

# --- Speakers -----------------------------------------------------------------------------

DETERMINERS = frozenset(
    """a an the one two three four five six several some another this that these those
    other both many""".split()
)
PRONOUNS = {
    "he": "person",
    "she": "person",
    "they": "group",
    "it": "thing",
    "i": "self",
    "we": "self",
}
RELATIVE_PRONOUNS = frozenset({"who", "which", "whom"})

# Words of a title that precede a name ("White House Press Secretary Jen Psaki").
TITLE_WORDS = frozenset(
    """president vice secretary minister prime press chancellor premier ambassador envoy
    senator sen. rep. representative congressman congresswoman governor gov. mayor general
    gen. admiral colonel major captain lieutenant sergeant commander chief director
    spokesperson spokesman spokeswoman chairman chairwoman chair ceo cfo coo founder
    king queen prince princess pope bishop archbishop judge justice attorney state foreign
    defense defence interior finance treasury health deputy assistant acting former
    editor correspondent reporter analyst professor prof. dr. mr. mrs. ms. sir dame lord
    lady leader speaker officer official diplomat counselor adviser advisor commissioner
    inspector superintendent dean president-elect secretary-general undersecretary
    under-secretary house white national security affairs international diplomatic
    senior executive head""".split()
)

# Nouns that name a person by description ("the official", "a NATO diplomat").
PERSON_NOUNS = frozenset(
    """official officials diplomat diplomats spokesperson spokesman spokeswoman editor
    correspondent reporter analyst expert experts source sources officer officers aide
    aides adviser advisor advisers advisors minister ministers secretary president leader
    leaders lawmaker lawmakers senator senators ambassador envoy general commander chief
    director executive negotiator negotiators observer observers witness witnesses
    resident residents professor researcher researchers economist economists scientist
    scientists doctor doctors lawyer lawyers attorney prosecutor prosecutors judge
    spokespeople representative representatives member members person people man woman
    manager founder investor investors analyst analysts strategist strategists""".split()
) | frozenset(
    # people in political news: "Sanders protesters", "the Christie supporter", "a narrator"
    """protester protesters demonstrator demonstrators supporter supporters voter voters
    delegate delegates activist activists insider insiders pollster pollsters donor donors
    nominee worker workers student students fan fans critic critics
    opponent opponents rival rivals ally allies friend friends colleague colleagues
    neighbor neighbors parent parents host anchor moderator narrator writer author
    columnist blogger commentator pundit consultant operative legislator legislators
    veteran veterans teacher teachers citizen citizens attendee attendees participant
    participants governor mayor congressman congresswoman chairman chairwoman
    spokespeople staffer staffers organizer organizers volunteer volunteers crowd
    audience farmer farmers liberals conservatives progressives evangelicals""".split()
)

# People a poll counts, besides PERSON_NOUNS: "half of respondents", "60 percent of men".
RESPONDENT_NOUNS = frozenset(
    """respondents adults men women independents moderates conservatives liberals
    evangelicals millennials whites blacks households families parents""".split()
)

# What respondents do in a poll's result, by lemma: "47 percent said ...", "half think
# ...", "6 in 10 want ...". Not the findings or acts a count can also be the subject of:
# "1,280 pledged delegates", "120,000 showed up", "one of the jobs he talks about".
POLL_ANSWER_LEMMAS = frozenset(
    """say tell think believe feel want expect hope fear worry doubt know agree disagree
    see view regard wish suspect assume endorse""".split()
)

# Heads of a mention that count people rather than name them ("a majority of voters",
# "most respondents"); with percent words and fractions they are never a speaker.
SHARE_WORDS = frozenset("majority minority plurality share most bulk rest".split())

# Words of a title or description that tell a person's gender ("Mr. Trump", "the
# spokeswoman", "his wife Jill"); a "he" or "she" only points back at a compatible person.
MALE_WORDS = frozenset(
    """mr mr. mister sir lord king prince duke emperor father son husband brother uncle
    nephew grandfather grandson boy man gentleman spokesman chairman congressman
    businessman councilman alderman actor widower""".split()
)
FEMALE_WORDS = frozenset(
    """mrs mrs. ms ms. miss madam dame lady queen princess duchess empress mother daughter
    wife sister aunt niece grandmother granddaughter girl woman spokeswoman chairwoman
    congresswoman businesswoman councilwoman alderwoman actress widow""".split()
)
# Pronouns with a gender: what "he" and "she" need of the person they point at.
PRONOUN_GENDERS: dict[str, Literal["m", "f"]] = {"he": "m", "she": "f"}

# Records and studies whose findings are reported like speech, in the plural too:
# "campaign finance records show ...", "Polls show ...", "the 50-state poll finds ...".
DOCUMENT_NOUNS = frozenset(
    """poll polls survey surveys study studies report reports analysis analyses record
    records document documents file files filing filings data figures findings audit
    audits paper papers review estimates projections tally census returns results""".split()
)

# Nouns for bodies and documents that can be speakers or cited sources.
GROUP_NOUNS = DOCUMENT_NOUNS | frozenset(
    """government ministry department agency administration office committee council
    commission court company firm bank union alliance bloc army military police kremlin
    pentagon statement intelligence""".split()
) | frozenset(
    # bodies and writings that are quoted: "Ryan's campaign shrugged it off", "The ad claims"
    """campaign ad ads email letter memo footnote document tweet sign message headline
    website release filing lawsuit petition video transcript article editorial column
    book complaint""".split()
)

# Capitalised words that begin a sentence or clause but are not names.
NON_NAME_CAPITALS = frozenset(
    """The A An This That These Those It He She They We I You There Here But And Or So Yet
    In On At For With From By As If When While After Before Although Though Because Since
    Some Many Most All Both Each Every No Not One Two Three Largely Broadly Additionally
    However Meanwhile Still Also Normally""".split()
) | frozenset(
    # more words that open a sentence before a name: "To Sexton, ...", "Now Bloomberg says"
    """To Does Did Do Then Now Neither Nor Without Within Even Just Only Why What How Who
    Where Whether Like Unlike Under Over Against Despite Through Until About Among Between
    Of Is Was Are Were Has Have Had Asked Yes Perhaps Maybe Instead Indeed Today Yesterday
    Tonight Once Again Ask Tell Let Please Thanks Dear Sure""".split()
)

# Members of a party or a camp, capitalised as party names are: "Democrats say ...",
# "Republicans fear ...": many people, never one person's surname.
PARTY_MEMBERS = frozenset(
    "democrat republican conservative liberal progressive libertarian socialist tory".split()
)

# Prepositions that end the head of a noun phrase: "spokesperson for US Special
# Operations Command Europe", "supporters of Trump" (the head is the word before).
HEAD_PREPOSITIONS = frozenset("for of at from with in to on".split())

# Adjectives that follow the noun they describe, before their preposition: "people close
# to the campaign", "officials familiar with the matter": the noun before them is the head.
POSTPOSED_ADJECTIVES = frozenset(
    "close familiar loyal allied linked tied connected opposed sympathetic aligned".split()
)

# Quantifiers that open a run of capitals before a name used as a modifier, anywhere in a
# sentence: "More Hillary Clinton supporters", "Several Cruz aides" name Hillary Clinton
# and Cruz. (Not NON_NAME_CAPITALS: "Several Democrats said" keeps its subject whole.)
QUANTIFIER_CAPITALS = frozenset(
    """More Most Several Few Fewer Other Another Such Any Many Much Some All Both Each
    Every Numerous Various""".split()
)

# Words that end the name of a publication or broadcaster ("The Washington Post", "Fox
# News", "the Milwaukee Journal Sentinel"): such a name is where words were printed or
# said, never a person a "he" or "she" points back at.
MEDIA_WORDS = frozenset(
    """Post Times News Journal Sentinel Tribune Herald Gazette Magazine Press Radio
    Network Channel Globe Chronicle Register Examiner Politics Review Wire Star Caller
    Beast Monitor Observer Inquirer Dispatch Courier Bulletin Telegraph Guardian
    Independent Mail Express Standard Daily Weekly Report Reports""".split()
)

# Publications, broadcasters and agencies known by one name ("Xinhua", "Reuters",
# "Bloomberg"), and the nouns that say a name is one ("Xinhua, the official Chinese news
# agency"): a "he" or "she" never points back at them. (MEDIA_WORDS covers "... News".)
OUTLET_NAMES = frozenset(
    """CNN MSNBC CNBC Fox NBC CBS ABC NPR PBS BBC C-SPAN Reuters AP AFP Politico POLITICO
    Axios Bloomberg Xinhua Yahoo HuffPost Newsweek Slate Vox Breitbart BuzzFeed WIRED Wired
    Vice Univision Telemundo Interfax TASS RIA Al-Jazeera""".split()
)
OUTLET_NOUNS = frozenset(
    """agency newspaper paper tabloid daily weekly magazine network broadcaster channel
    outlet station service website site wire""".split()
)

# Words that make a capitalised pair a place, not a person: "New Hampshire", "San Diego",
# "South Carolina" (first words) and "Kansas City", "Palm Beach" (last words).
PLACE_FIRST_WORDS = frozenset(
    """New San Santa Los Las Fort Saint St. North South East West Lake Mount Port El
    Puerto Rhode Salt Baton Des Little""".split()
)
PLACE_LAST_WORDS = frozenset(
    """City Beach Rapids Springs Falls Island Islands County Valley Heights Bay Harbor
    Harbour Hampshire Jersey York Mexico Angeles Vegas Diego
    Francisco Orleans Moines""".split()
)

# Trailing time phrases trimmed from a subject ("US intelligence findings in December").
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    week month year morning afternoon evening night weekend earlier later""".split()
)

# Words that end a clause when scanning left from a reporting verb for its subject.
CLAUSE_BOUNDARIES = frozenset(
    """that though although while because since when whereas but and where if after
    before as so than what how why whether""".split()
)

# Places that stand alone as one capitalised name: US states and countries ("Alabama",
# "New Hampshire", "Germany"). After "City," (a dateline: "in Birmingham, Alabama,") or
# after "of"/"in" ("Sen. Marco Rubio of Florida", "voters in Virginia") such a name says
# where, never who. Alone as a subject it may stand for a government ("Iran insists").
US_STATES = frozenset(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming""".split()
) | frozenset(
    """New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|South
    Carolina|South Dakota|Rhode Island|West Virginia""".replace("\n    ", " ").split("|")
)
COUNTRIES = frozenset(
    """Afghanistan Albania Algeria America Argentina Armenia Australia Austria Azerbaijan
    Bahrain Bangladesh Belarus Belgium Bolivia Brazil Britain Bulgaria Cambodia Canada
    Chile China Colombia Croatia Cuba Cyprus Denmark Ecuador Egypt England Estonia
    Ethiopia Finland France Germany Greece Guatemala Haiti Honduras Hungary Iceland India
    Indonesia Iran Iraq Ireland Israel Italy Japan Kazakhstan Kenya Kuwait Kyrgyzstan
    Latvia Lebanon Libya Lithuania Malaysia Mexico Moldova Mongolia Morocco Myanmar Nepal
    Netherlands Nicaragua Nigeria Norway Pakistan Panama Peru Philippines Poland Portugal
    Qatar Romania Russia Scotland Serbia Singapore Slovakia Somalia Spain Sudan Sweden
    Switzerland Syria Taiwan Tajikistan Thailand Tunisia Turkey Turkmenistan Uganda
    Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zimbabwe""".split()
) | frozenset(
    """United States|United Kingdom|Saudi Arabia|South Africa|North Korea|South Korea|Hong
    Kong|New Zealand|Puerto Rico""".replace("\n    ", " ").split("|")
)
STATES_AND_COUNTRIES = US_STATES | COUNTRIES
