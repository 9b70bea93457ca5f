"""Whole-document extraction: layout, sentences, quotes, attribution, figures -> claims.

Paragraphs are read in order because attribution depends on what came before: a pronoun
or "the official" points back at an earlier speaker, a quote with no cue continues the
previous speaker, and a paragraph that is only a quote takes the speaker named in the
paragraph before it ("... according to the White House." then the quote).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from factcheck.extract.attribution import (
    Attribution,
    cue_spans,
    read_cues,
    sentence_subject,
    speaker_after_quote,
)
from factcheck.extract.layout import Block, Sliceable, analyse, window_end
from factcheck.extract.learned_cues import learned_spans
from factcheck.extract.lexicon import (
    AS_ONLY_VERBS,
    BROADCAST_OWNERS,
    CLAUSE_ONLY_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEDIA_WORDS,
    NON_NAME_CAPITALS,
    PERSON_NOUNS,
    PRONOUN_GENDERS,
    PRONOUNS,
    QUOTE_INTRODUCERS,
    QUOTE_INTRODUCERS_OF,
    TITLE_WORDS,
    VERB_MODIFIERS,
    WORK_NAMERS,
    WORK_NOUNS,
)
from factcheck.extract.numbers import find_quantities, may_hold_figures
from factcheck.extract.polls import answers_poll, number_phrase, poll_named
from factcheck.extract.quotes import POSSIBLE_QUOTE, QuoteIndex, QuoteSpan, find_quotes
from factcheck.extract.records import Claim, Post, Quantity
from factcheck.extract.sentences import split_sentences
from factcheck.extract.speakers import (
    Parsed,
    Speaker,
    SpeakerContext,
    parse_mention,
    picks_from_group,
    singular,
)

# Blocks whose sentences can be claims; captions, tables, bylines and page chrome never are.
CLAIM_BLOCKS = frozenset({"title", "headline", "body"})
# Headlines compress reported speech ("X says ..."); the body states it with attribution.
INDIRECT_BLOCKS = frozenset({"body"})
# Words that count a group without saying which: "some experts", "most officials".
_QUANTIFIERS = frozenset("some many most all several few numerous various".split())
_VERBS_AFTER_COLON_SUBJECT = frozenset(
    "was is were are has had remained seemed appeared sounded became".split()
)
# How much of a pronoun's sentence before it is searched for a person it may stand for
# ("When Carlineo was approached, he told police"): far more than a sentence of news
# needs, and a bound for a text whose "sentence" never ends (a transcript without stops).
_PRONOUN_LEAD_WINDOW = 600
_NON_SPACE = re.compile(r"\S")
# Quoted words this few, with nobody said to say them, are a scare quote or a name.
_SCARE_QUOTE_WORDS = 2
_INTRODUCER_REACH = 20
_COLON_NAME_WORDS = 4
_TITLE_MAX_WORDS = 8
_TITLE_MAX_CHARS = 120
_IRREGULAR_PASTS = frozenset("shot began spoke put cut went came wrote said".split())
_NOT_VERBS = frozenset("this thus plus less unless across perhaps always its his as us".split())
# The last character of quoted speech, as opposed to a quoted phrase: '"...," he said'.
_SPEECH_CLOSE = ",!?—…"
# Lower-case words that open a subject right after a quote: '"Quiet," he demanded',
# '"Mexico!" the audience screamed back'.
_OPEN_SUBJECT = frozenset(["he", "she", "they", "the", "a", "an", "his", "her", "their"])
# Where a clause may start inside a sentence, for its subject: after a comma, a dash or
# a clause word ("..., he said", "When he returned he began", "so subdued that Mr. Trump").
_CLAUSE_START = re.compile(
    r"[,;—–]\s*|\s-\s+|\b(?:that|when|as|then|why|while|because|and|from)\s+", re.IGNORECASE
)
_MAX_CLAUSES = 4
# A dash set off by spaces, between a digest's headline and the name it credits.
_HEADLINE_DASH = re.compile(r"\s[-—–]\s+")
_CREDITED_WORDS = 6  # "Mark Blumenthal and Jon Cohen"
# Verbs that report the words of a quote before them, and what may follow them then: a
# phrase of where, when or to whom ('"...!" Sessions said as he launched the process').
_SAYING = frozenset({"say", "write", "tell", "ask", "add"})
_SAYING_TAIL = re.compile(
    r"\s+(?:to|in|on|at|as|during|after|before|while|when|of|with|from|about|outside)\b"
)
# What may follow the verb of '"...?" Beck questioned.': a word or two, then a stop.
_SHORT_TAIL = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:[.,;!?—–]|$)")
# The first word after a closing mark, past spaces and a comma: '," Hannity started'.
_WORD = re.compile(r"[\s,]*([A-Za-z][\w’'.-]*)")


@dataclass(frozen=True, slots=True)
class Said:
    """An attribution with the speaker it resolved to."""

    attribution: Attribution
    speaker: Speaker | None
    named_by: Attribution | None = None  # whose words name the speaker, when left out here

    @property
    def explicit(self) -> bool:
        return self.attribution.mention is not None

    @property
    def mention(self) -> Attribution | None:
        return self.attribution if self.explicit else self.named_by


def extract(text: str | Sliceable, *, document: str = "", figures: bool = True) -> list[Claim]:
    """Every attributable claim in ``text``, in document order.

    With ``figures=False`` numbers are not read: no numeric claims, empty ``quantities``
    (quotes and speakers only, about two and a half times as fast)."""
    return list(iter_claims(text, document=document, figures=figures))


def iter_claims(
    text: str | Sliceable, *, document: str = "", figures: bool = True,
    window: int | None = None,
) -> Iterator[Claim]:
    """``extract``, one paragraph's claims at a time: the same claims in the same order
    (it is the same loop, with the speaker context carried from paragraph to paragraph),
    without holding them all, so a big source can be stored as it is read.

    With ``window`` (characters; the default for a text that is not a ``str``, such as a
    big source kept as its bytes), the text is read a window at a time, each cut at a
    paragraph boundary (``layout.window_end``), with the speaker context, the speaker
    carried into the next paragraph and the current post going on from window to window:
    the same claims again, with the text never needed whole as a ``str``."""
    if window is None and isinstance(text, str):
        yield from _Reader(figures=figures, document=document).claims(text)
        return
    reader = _Reader(figures=figures, document=document)
    size = window or WINDOW
    length = len(text)
    start = 0
    while start < length:
        end = window_end(text, start, size, in_posts=reader.in_posts)
        low, high = max(0, start - _MARGIN), min(length, end + _MARGIN)
        yield from reader.claims(
            text[low:high], core=(start - low, end - low), offset=low,
            first=start == 0, more_follows=end < length,
        )
        start = end


WINDOW = 1 << 20
"""Characters read at a time from a text that is not a ``str`` (``iter_claims``)."""
# Text read on each side of a window, for the rules that look a little beyond a
# paragraph (``_proper_nearby`` looks 3000 characters either way).
_MARGIN = 4096


class _Reader:
    """What goes on from one window of a document to the next: the speaker context, the
    speaker a quote-only paragraph takes from the one before, and the current post."""

    def __init__(self, *, figures: bool, document: str) -> None:
        self.figures = figures
        self.document = document
        self.context = SpeakerContext()
        self.carried: Said | None = None
        self.running = False  # the paragraph before ended inside a quote
        self.post_number: int | None = None  # the current post, counted in the document
        self.posts_before = 0  # posts in the windows before this one
        self.in_posts = False

    def claims(self, text: str, *, core: tuple[int, int] | None = None, offset: int = 0,
               first: bool = True, more_follows: bool = False) -> Iterator[Claim]:
        """The claims of the paragraphs of ``text[core[0]:core[1]]`` (all of ``text``
        without ``core``), the rest of ``text`` read only around them; their offsets
        ``offset`` on, so that they index the whole document."""
        if core is None:
            layout = analyse(text)
            low = 0
        else:
            low, high = core
            layout = analyse(text[low:high], first=first, more_follows=more_follows)
        posts = layout.posts if not low + offset else tuple(
            replace(post, start=post.start + low + offset, end=post.end + low + offset)
            for post in layout.posts
        )
        context = self.context
        cues = _Cues(text)
        learned = _Cues(text, learned_spans(text))  # read for indirect claims only
        marks = array("q", (match.start() for match in POSSIBLE_QUOTE.finditer(text)))
        if self.carried is not None and offset:
            self.carried = _shifted_said(self.carried, -offset)
        for block in layout.blocks:
            if low:
                block = replace(block, start=block.start + low, end=block.end + low)
            number = None if block.post is None else self.posts_before + block.post
            if number != self.post_number:
                self.post_number = number
                context.new_post()
                self.carried = None
            # A caption introduces the people it names; a table only lists them (and its
            # header cells, "Pos Player Plays", would read as a name), so later pronouns
            # and surnames do not resolve to a row of it.
            if block.kind == "caption":
                context.learn_names(text, block.start, block.end)
            if block.kind not in CLAIM_BLOCKS:
                continue
            post = posts[block.post] if block.post is not None else None
            reader = _Paragraph(
                text, block, post, self.document, context, self.carried, cues, marks,
                figures=self.figures, learned=learned, running=self.running,
            )
            if offset:
                yield from (_shifted_claim(claim, offset) for claim in reader.claims())
            else:
                yield from reader.claims()
            self.carried = reader.trailing()
            self.running = bool(reader.quotes) and not reader.quotes[-1].closed
        self.posts_before += len(layout.posts)
        self.in_posts = self.in_posts or bool(layout.posts)
        if self.carried is not None and offset:
            self.carried = _shifted_said(self.carried, offset)


def _shifted_claim(claim: Claim, by: int) -> Claim:
    """``claim`` with its offsets ``by`` further on; its post is already placed."""
    return replace(
        claim, start=claim.start + by, end=claim.end + by,
        quote_start=_plus(claim.quote_start, by), quote_end=_plus(claim.quote_end, by),
        speaker_start=_plus(claim.speaker_start, by), speaker_end=_plus(claim.speaker_end, by),
        quantities=tuple(
            replace(q, start=q.start + by, end=q.end + by) for q in claim.quantities
        ),
    )


def _shifted_attribution(attribution: Attribution, by: int) -> Attribution:
    return replace(
        attribution, cue_start=attribution.cue_start + by, cue_end=attribution.cue_end + by,
        start=_plus(attribution.start, by), end=_plus(attribution.end, by),
    )


def _shifted_said(said: Said, by: int) -> Said:
    """A carried speaker's offsets moved with the window, from one text to the next."""
    return Said(
        _shifted_attribution(said.attribution, by), said.speaker,
        None if said.named_by is None else _shifted_attribution(said.named_by, by),
    )


def _plus(value: int | None, by: int) -> int | None:
    return None if value is None else value + by


class _Cues:
    """The reporting cues of a document from one scan; a sentence takes its own by
    bisection, and most sentences have none."""

    def __init__(self, text: str, spans: Iterable[tuple[int, int]] | None = None) -> None:
        """``spans`` are other cues found by one scan of ``text`` (``learned_spans``)."""
        # Two arrays of 8-byte offsets, not a list of tuples (about 120 bytes a cue).
        self.starts = array("q")
        self.ends = array("q")
        for cue_start, cue_end in cue_spans(text) if spans is None else spans:
            self.starts.append(cue_start)
            self.ends.append(cue_end)

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        at = bisect_left(self.starts, start)
        if at == len(self.starts) or self.starts[at] >= end:
            return []
        stop = bisect_left(self.starts, end, at)
        # A match running past the end crosses into the next paragraph ("according\nto").
        return [
            (cue_start, cue_end)
            for cue_start, cue_end in zip(self.starts[at:stop], self.ends[at:stop], strict=True)
            if cue_end <= end
        ]


class _Paragraph:
    """The claims of one paragraph; holds its sentences, quotes and attributions."""

    def __init__(
        self,
        text: str,
        block: Block,
        post: Post | None,
        document: str,
        context: SpeakerContext,
        carried: Said | None,
        cues: _Cues,
        possible_quotes: Sequence[int],
        *,
        figures: bool,
        learned: _Cues | None = None,
        running: bool = False,
    ) -> None:
        self.text = text
        self.block = block
        self.post = post
        self.document = document
        self.context = context
        self.carried = carried
        # The title of a work names it ('Rubio said on ABC's "This Week."'): not a quote,
        # said or not, so the sentence around it reads as if it had no quote marks.
        self.quotes = [
            quote for quote in find_quotes(text, block.start, block.end, running=running)
            if not _names_work(text, block.start, quote)
        ] if _any_between(possible_quotes, block.start, block.end) else []
        self.quote_index = QuoteIndex(self.quotes)
        # A paragraph with no digit or number word has no figure in any sentence.
        figures = figures and may_hold_figures(text, block.start, block.end)
        # Without figures, quotes, cues or a closing colon no sentence can give a claim or
        # a speaker to carry on, so the paragraph is not split.
        # A learned cue can give an indirect claim only in the body.
        if block.kind not in INDIRECT_BLOCKS:
            learned = None
        self.sentences = split_sentences(text, block.start, block.end) if (
            figures or self.quotes or cues.within(block.start, block.end)
            or (learned is not None and learned.within(block.start, block.end))
            or _ends_with_colon(text, block.start, block.end)
        ) else []
        self.sentence_ends = [sentence_end for _, sentence_end in self.sentences]
        # Names in the narration, not inside quotes ("my Complete and Total Endorsement").
        cursor = block.start
        for quote in self.quotes:
            context.learn_names(text, cursor, quote.open)
            cursor = quote.close + 1
        context.learn_names(text, cursor, block.end)
        self.said: list[list[Said]] = []
        self.learned: list[list[Said]] = []  # from learned cues, for indirect claims only
        self.figures: list[list[Quantity]] = []
        self.busy: list[int] = []  # sentences with an attribution or a figure
        previous: Said | None = None
        for index, (start, end) in enumerate(self.sentences):
            resolved = []
            if here := cues.within(start, end):
                for attribution in read_cues(text, start, end, self.quote_index, here):
                    said = self._resolve(attribution, previous, start)
                    resolved.append(said)
                    if said.speaker is not None and not attribution.source:
                        previous = said
            self.said.append(resolved)
            learned_here = self._learned_said(start, end, resolved, learned)
            self.learned.append(learned_here)
            found = find_quantities(text, start, end) if figures else []
            if found and resolved:
                found = _asserted(found, resolved)
            self.figures.append(found)
            if resolved or found or learned_here:
                self.busy.append(index)
        self.last_quote: Said | None = None

    # --- resolution ------------------------------------------------------------------

    def _learned_said(
        self, start: int, end: int, resolved: list[Said], learned: _Cues | None
    ) -> list[Said]:
        """The attributions of the learned cues of a sentence that names no speaker by a
        hand-written cue and holds no quote: "Sanders opposes the pipeline", "Cruz hopes to
        win Iowa". Only those whose subject is named before the cue count."""
        if learned is None or any(s.explicit and s.speaker is not None for s in resolved):
            return []
        here = learned.within(start, end)
        if not here or self.quote_index.overlapping(start, end):
            return []
        said = []
        for attribution in read_cues(self.text, start, end, self.quote_index, here):
            if attribution.mention is None or attribution.source or attribution.inverted:
                continue
            if not _next_to(self.text, attribution):
                continue  # "Ahead of the primary, Clinton met ... in hopes of persuading"
            if attribution.mention.split()[-1] in MEDIA_WORDS:
                continue  # "The Washington Post published ...": the medium, not a speaker
            if not _names_speaker(attribution.mention):
                continue  # "Kaine's full embrace", "Her message starkly contrasts with past"
            parsed = parse_mention(attribution.mention)
            if parsed is None or not self.context.can_speak(parsed):
                continue  # a person, a person noun or a body only
            resolved_said = self._resolve(attribution, None, start)
            if resolved_said.speaker is not None and _common_in(
                    self.text, resolved_said.speaker.name, attribution.mention, start):
                continue  # a name learned with a capital that starts a sentence: "More Clinton"
            said.append(resolved_said)
        return said

    def _resolve(self, attribution: Attribution, previous: Said | None, sentence: int) -> Said:
        if attribution.mention is None:
            # "the diplomat explained, but said ...": the subject is the one before.
            if previous is None:
                # "Carson did not name his rivals, but told his supporters, ...": the
                # subject of the sentence
                subject = self._subject_said(sentence, attribution.cue_start)
                if subject is None:
                    return Said(attribution, None)
                return Said(attribution, subject.speaker, subject.attribution)
            return Said(attribution, previous.speaker, previous.mention)
        parsed = parse_mention(attribution.mention)
        if parsed and attribution.role and parsed.kind == "person" and not parsed.role:
            parsed = replace(parsed, role=attribution.role)
        if parsed is None:
            return Said(attribution, None)
        lead = None
        if parsed.kind == "pronoun" and attribution.start is not None:
            # "When Carlineo was approached, he told police": the narration of the sentence
            # before the pronoun, quoted words left out
            lead_start = max(sentence, attribution.start - _PRONOUN_LEAD_WINDOW)
            lead = self.text, _outside(lead_start, attribution.start, self.quote_index)
        return Said(attribution, self.context.resolve(parsed, lead))

    def _clause_subject(self, start: int, end: int) -> Said | None:
        """The subject of the sentence, else of the clause nearest the quote that has one
        which can speak: "Eight years ago, he supported Obama and said, "..."", "When he
        returned he began by saying", "Or, as Tom Ridge put it: "..."". A name alone
        before a colon opening the quote counts too ("Ryan: "...""). """
        if subject := self._subject_said(start, end, beside_quote=_colon_before(
                self.text, start, end)):
            return subject
        clauses = [m.end() for m in _CLAUSE_START.finditer(self.text, start, end)]
        for at in reversed(clauses[-_MAX_CLAUSES:]):
            if _colon_before(self.text, at, end):  # "... - Philip Bump: "...""
                if subject := self._subject_said(at, end, beside_quote=True):
                    return subject
            elif subject := self._subject_said(at, end, short_tail=False):
                return subject  # a verb must follow: "..., Frank Fiorina, that" is not one
        return None

    def _subject_said(
        self, start: int, end: int, *, short_tail: bool | None = None,
        beside_quote: bool = False,
    ) -> Said | None:
        """The subject opening the narration ``[start, end)`` as a speaker, when it can be
        one: a person, a pronoun, a person noun ("the Christie supporter") or a body
        ("the DNC"); not a lone capital the text never gave as a name ("Washington").
        With ``short_tail`` set, the word after the subject must look like a verb, and
        when it is True the sentence must end a word or two after it."""
        found = sentence_subject(self.text, start, end)
        if found is None:
            return None
        s_start, s_end, word_start, word_end = found
        if short_tail is not None and (
                not _looks_like_verb(self.text[word_start:word_end])
                or (short_tail and not _SHORT_TAIL.match(self.text, word_end, end))):
            return None
        mention = self.text[s_start:s_end]
        parsed = parse_mention(mention)
        if parsed is None or not self.context.can_speak(parsed, beside_quote=beside_quote):
            return None
        lead = None
        if parsed.kind == "pronoun":
            lead = self.text, _outside(start, s_start, self.quote_index)
        speaker = self.context.resolve(parsed, lead)
        if speaker is None and not (beside_quote and parsed.pronoun in PRONOUN_GENDERS):
            return None
        cue = Attribution(
            self.text[word_start:word_end], "subject", word_start, word_end,
            mention, s_start, s_end,
        )
        return Said(cue, speaker)  # '"Quiet," he demanded' and no man named: no guess

    def _sentence_of(self, position: int) -> int:
        """The sentence holding ``position``, or the one before the gap it falls in."""
        index = bisect_right(self.sentence_ends, position)
        if index == len(self.sentences):
            return index - 1
        return index if position >= self.sentences[index][0] else max(index - 1, 0)

    # --- claims ----------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        found = [claim for quote in self.quotes if (claim := self._quote_claim(quote))]
        for index in self.busy:
            found.extend(self._sentence_claims(index, *self.sentences[index]))
        if len(found) > 1:
            found.sort(key=_claim_order)
        return found

    def _quote_claim(self, quote: QuoteSpan) -> Claim | None:
        """The quote as a claim; None for words in quote marks that nobody is said to
        say and that read as a name or a title, not a statement: the "new" Nixon, the
        party's "basement dwellers", the show "The Nightly Show with Larry Wilmore"."""
        first = self._sentence_of(quote.open)
        last = self._sentence_of(max(quote.close - 1, quote.open))
        introduced = _introduced(self.text, self.block.start, quote)
        # 'Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask ...': a headline capitalises
        # what the name before the colon says; that is no title
        titled = self.block.kind == "body" and not introduced and _is_title(
            self.text, quote) and not _name_colon_before(
                self.text, self.block.start, quote.open) and not self._goes_on(quote, first)
        said = self._attribution_for(quote, first, last, titled=titled)
        if said is None and not introduced and (
                titled or (
                    _is_scare_quote(self.text, quote) and not any(self.said[first : last + 1]))):
            return None  # a title, or a word or two with no cue in the sentence at all
        if said is not None and said.speaker is not None:
            self.last_quote = said
        start, end = self.sentences[first][0], self.sentences[last][1]
        sources = [s for i in range(first, last + 1) for s in self.said[i]]
        figures = [
            q for i in range(first, last + 1) for q in self.figures[i]
            if quote.start <= q.start and q.end <= quote.end
        ]
        return self._claim(
            "quote", start, end, said, quote=quote,
            cited=_cited_source(sources, said), quantities=figures,
        )

    def _goes_on(self, quote: QuoteSpan, first: int) -> bool:
        """Whether a quote that is a sentence of its own, closing on a stop, goes on with
        the speech of the sentence before, which a speaker's cue ends: '"It is a tough
        game," he said. "That's The Way It Is, Nicole."' is no title, unlike '"...," she
        said. "The Walking Dead" is her show.'"""
        if self.last_quote is None or not first or self.text[quote.end - 1] not in ".!?":
            return False
        start, end = self.sentences[first]
        if self.text[start : quote.open].strip() or self.text[quote.close + 1 : end].strip():
            return False
        return self._sentence_of(self.last_quote.attribution.cue_start) == first - 1

    def _attribution_for(
        self, quote: QuoteSpan, first: int, last: int, *, titled: bool = False
    ) -> Said | None:
        """Which attribution a quote belongs to, most specific first. A title ("The
        View") is only said by a cue of its own sentence, not by its subject or the
        paragraph's speaker."""
        after = [s for s in self.said[last] if s.attribution.cue_start > quote.close]
        ends_sentence = quote.close + 1 >= self.sentences[last][1]
        if not after and ends_sentence and last + 1 < len(self.sentences):
            # '"Why now?" Clinton asked.' is split after the mark: the cue opens the next
            # sentence, which only it may give, and ends it ('"Why now?" Her critics cited
            # it as proof of panic' is narration); after "!" or "?" a verb of saying may go
            # on with a phrase, not words of its own ('"...!" Clinton said to People.',
            # '"...!" McDonough wrote in an email', not '"...?" Kasich said he would ...')
            after = [s for s in self.said[last + 1][:1] if _SHORT_TAIL.match(
                self.text, s.attribution.cue_end, self.sentences[last + 1][1]) or (
                    s.attribution.lemma in _SAYING and self.text[quote.end - 1] in "!?"
                    and _SAYING_TAIL.match(self.text, s.attribution.cue_end))]
        for said in after[:1]:
            lead = said.attribution.start if said.explicit and not said.attribution.inverted \
                else said.attribution.cue_start
            gap = self.text[quote.close + 1 : lead or said.attribution.cue_start]
            if not gap.strip(" ,—–-\u00a0\n"):
                if said.speaker is not None:
                    return said  # '"...," the official said' / '"...," said Psaki'
                if (said.attribution.mention or "").lower() in PRONOUN_GENDERS:
                    return said  # '"...," she said' and no woman named: no guess
        if named := self._dash_name_colon(quote, first):
            return named  # 'Pollsters agree - Carl Bialik: "..."': a digest credits the name
        before = [s for s in self.said[first]
                  if s.attribution.cue_end <= quote.open and s.speaker is not None]
        if before:
            return before[-1]  # 'Biden said ... he predicts Russia will "move in"'
        if not titled and (speaker := self._speaker_right_after(quote, last, ends_sentence)):
            return speaker  # '"...," Hannity started.' / '"...!" beamed Donald Hartley.'
        if after and after[0].speaker is not None:
            return after[0]  # '"..." Russia's demand "as a clock-ticking exercise," he added'
        if titled:
            return None
        if subject := self._clause_subject(self.sentences[first][0], quote.open):
            return subject  # 'Trump defended it, calling him "a troublemaker."'
        if self.last_quote is not None:
            return self.last_quote  # a quote continued in the next sentence
        if self.carried is not None and self._opens_paragraph(quote):
            return self.carried  # a quoted paragraph standing alone
        return None

    def _dash_name_colon(self, quote: QuoteSpan, first: int) -> Said | None:
        """The name between a dash and a colon right before a quote, as a digest of
        excerpts credits them after their headline: 'IOWA POLLS NOT WRONG, JUST EARLY -
        Mark Blum and Jon Cohen: "..."', 'Pollsters agree - Carl Bialik: "..."'."""
        start = self.sentences[first][0]
        dashes = list(_HEADLINE_DASH.finditer(self.text, start, quote.open))
        if not dashes:
            return None
        dash = dashes[-1]
        head = self.text[dash.end() : quote.open].rstrip()
        words = head[:-1].split()
        if not head.endswith(":") or not 0 < len(words) <= _CREDITED_WORDS or not all(
                word[:1].isupper() or word == "and" for word in words):
            return None
        return self._subject_said(dash.end(), quote.open, beside_quote=True)

    def _speaker_right_after(self, quote: QuoteSpan, last: int, ends: bool) -> Said | None:
        """A speaker named right after a quote that closes on speech punctuation, whatever
        the verb: '"...," Hannity started', '"Go!" the crowd cried out', and inverted,
        '"This is fantastic!" beamed Donald Hartley'. After a quote that ends its sentence
        ('"...?" Beck questioned.') the next sentence must be that short: '"...?" Her
        critics cited it as evidence' is narration."""
        if self.text[quote.end - 1] not in _SPEECH_CLOSE:
            return None
        end = self.sentences[last + 1][1] if ends and last + 1 < len(self.sentences) \
            else self.sentences[last][1]
        word = _WORD.match(self.text, quote.close + 1, end)
        if word is None:
            return None
        if word.group(1).islower() and word.group(1) not in _OPEN_SUBJECT:
            # a verb first, the name after it
            if not _looks_like_verb(word.group(1)):
                return None
            inverted = speaker_after_quote(self.text, word.end(), end, self.quote_index)
            if inverted is None:
                return None
            s_start, s_end, _role = inverted
            parsed = parse_mention(self.text[s_start:s_end])
            if parsed is None or not self.context.can_speak(parsed, beside_quote=True):
                return None
            speaker = self.context.resolve(parsed)
            if speaker is None:
                return None
            cue = Attribution(word.group(1), "verb", word.start(1), word.end(1),
                              self.text[s_start:s_end], s_start, s_end, inverted=True)
            return Said(cue, speaker)
        # '"Bloodline," and the drama "Mercy Street," returns to ...': no verb of speech
        return self._subject_said(word.start(1), end, short_tail=ends, beside_quote=True)

    def _opens_paragraph(self, quote: QuoteSpan) -> bool:
        """Whether only white space stands before the quote in its paragraph."""
        first = _NON_SPACE.search(self.text, self.block.start, quote.open)
        return first is None

    def _sentence_claims(self, index: int, start: int, end: int) -> list[Claim]:
        """Indirect speech and figures stated outside quotes in one sentence."""
        inside = self.quote_index.overlapping(start, end)
        figures = self.figures[index]
        if figures and inside:
            figures = [q for q in figures if not self.quote_index.covering(q.start)]
        said_here = self.said[index]
        learned = self.learned[index]
        claims: list[Claim] = []
        if not said_here and not figures and not learned:
            return claims
        # A sentence ending in a colon introduces the quote that follows; it is not a claim.
        # A question reports nothing: "Do you support Ted Cruz?"
        if ((said_here or learned) and not inside and self.block.kind in INDIRECT_BLOCKS
                and not _ends_with(self.text, start, end, ":?")):
            claims = self._indirect_claims(said_here, said_here, start, end, figures)
            if not claims and learned:
                claims = self._indirect_claims(learned, said_here, start, end, figures)
        if figures and not claims:
            claims.append(self._claim(
                "numeric", start, end, None,
                cited=_cited_source(said_here, None), quantities=figures,
            ))
        return claims

    def _indirect_claims(
        self, candidates: list[Said], said_here: list[Said], start: int, end: int,
        figures: list[Quantity],
    ) -> list[Claim]:
        """The indirect claims of a sentence from ``candidates``, its attributions (those of
        its hand-written cues, ``said_here``, or of its learned ones), one a speaker."""
        claims: list[Claim] = []
        speakers: set[str] = set()
        initial = self.text[start : min(end, start + 40)].split(maxsplit=1)[0]
        # "According to the FBI summary, aides asked ...": the source is the speaker
        # when no one else in the sentence is, wherever it stands ("According to the
        # police, 4,000 came." as "4,000 came, according to the police."); a record
        # opening the sentence is its figures' cited source ("According to UN figures").
        for said in sorted(candidates, key=lambda s: s.attribution.source):
            attribution = said.attribution
            if attribution.source and (claims or (not attribution.set_off and (
                    (figures and _names_document(attribution.mention))
                    or not _opens(self.text, start, attribution)))):
                continue
            if (said.speaker is None or attribution.quote_only
                    or not said.explicit or said.speaker.name in speakers):
                continue
            if not self._reports_speech(attribution, end):
                continue
            parsed = parse_mention(attribution.mention or "")
            at_start = (attribution.mention or "").startswith(initial)
            if parsed is None:
                continue
            if at_start and _plural_common_noun(parsed, said.speaker) and not _proper_nearby(
                    self.text, attribution.mention or "", start):
                continue
            if number_phrase(attribution.mention or "") and not picks_from_group(
                    attribution.mention or ""):
                continue  # "Sixty percent said ...": a poll's share, not a speaker; but
                # "two of her advisers said" names them
            speakers.add(said.speaker.name)
            claims.append(self._claim(
                "indirect", start, end, said,
                cited=_cited_source(said_here, said),
                quantities=figures if not claims else [],
            ))
        if not claims and (answer := self._poll_answer(candidates, end)) is not None:
            # "Forty-seven percent said they would vote for Clinton": the poll's respondents
            # report; the claim names no speaker and cites the poll
            claims.append(self._claim(
                "indirect", start, end, None, cue=answer.attribution.cue,
                cited=_cited_source(said_here, None) or poll_named(
                    self.text, start, end, self.block.start, self.block.end),
                quantities=figures,
            ))
        return claims

    def _poll_answer(self, candidates: list[Said], sentence_end: int) -> Said | None:
        """The attribution whose subject is a share of respondents, reporting speech or a
        view: "Six in 10 voters said ...", "Nearly half think ..."."""
        for said in candidates:
            attribution = said.attribution
            if (attribution.mention is not None and not attribution.source
                    and not attribution.quote_only
                    and answers_poll(attribution.mention, attribution.lemma)
                    and self._reports_speech(attribution, sentence_end)):
                return said
        return None

    def _reports_speech(self, attribution: Attribution, sentence_end: int) -> bool:
        """Whether a cue reports a statement here, not an action ("added a goal")."""
        # Only the words just after the cue are read: a sentence may be a whole document.
        after = self.text[attribution.cue_end : min(sentence_end, attribution.cue_end + 200)]
        if attribution.lemma in AS_ONLY_VERBS:
            return " as " in after  # "sees the deal as a mistake"
        if attribution.lemma not in CLAUSE_ONLY_VERBS or attribution.inverted:
            return True
        if attribution.lemma == "find" and _names_document(attribution.mention):
            return True  # "A new poll found Clinton leading by six points."
        rest = after.strip()
        # "she added that ...", "he wrote in a memo that ...", "..., he added."
        return not rest.rstrip(".!?") or rest.startswith(",") or "that" in rest.split()[:6]

    def _claim(
        self,
        kind: str,
        start: int,
        end: int,
        said: Said | None,
        *,
        quote: QuoteSpan | None = None,
        cited: str | None = None,
        quantities: list[Quantity] | None = None,
        cue: str | None = None,
    ) -> Claim:
        name = role = mention = None
        if cue is not None:
            cue = " ".join(cue.split())
        mention_start = mention_end = None
        if said is not None and said.speaker is not None:
            name, role = said.speaker.name, said.speaker.role
            cue = " ".join(said.attribution.cue.split())
            if (named := said.mention) is not None:
                mention, mention_start, mention_end = named.mention, named.start, named.end
        return Claim(
            document=self.document,
            kind=kind,  # type: ignore[arg-type]
            start=start,
            end=end,
            text=self.text[start:end],
            quote=self.text[quote.start : quote.end] if quote else None,
            quote_start=quote.start if quote else None,
            quote_end=quote.end if quote else None,
            speaker=name,
            speaker_mention=mention,
            speaker_start=mention_start,
            speaker_end=mention_end,
            speaker_role=role,
            cue=cue,
            cited_source=cited,
            quantities=tuple(quantities) if quantities else (),
            post=self.post,
        )

    # --- what the next paragraph inherits --------------------------------------------

    def trailing(self) -> Said | None:
        """The speaker a following quote-only paragraph takes from this one."""
        if self.sentences and _ends_with_colon(self.text, self.block.start, self.block.end):
            last_said = [s for s in self.said[-1] if s.speaker is not None]
            if last_said:
                return last_said[-1]
            return self._colon_subject()
        if self.last_quote is not None:
            return self.last_quote
        for said_list in reversed(self.said):
            for said in reversed(said_list):
                if said.speaker is not None:
                    return said
        return None

    def _colon_subject(self) -> Said | None:
        """'..., the official was adamant:' -> the official, who speaks next."""
        start, end = self.sentences[-1]
        clause_start = self.text.rfind(",", start, end) + 1 or start
        words = self.text[clause_start:end].split()
        for k, word in enumerate(words):
            if k and word.lower() in _VERBS_AFTER_COLON_SUBJECT:
                mention = " ".join(words[:k])
                parsed = parse_mention(mention)
                speaker = self.context.resolve(parsed) if parsed else None
                if speaker is None:
                    return None
                at = self.text.find(words[0], clause_start, end)
                span_end = self.text.find(words[k - 1], at, end) + len(words[k - 1])
                verb_at = self.text.find(words[k], span_end, end)
                cue = Attribution(
                    self.text[verb_at:end].rstrip(": "), "colon", verb_at, end,
                    self.text[at:span_end], at, span_end,
                )
                return Said(cue, speaker)
        return None


_SPEAKER_HEADS = PERSON_NOUNS | GROUP_NOUNS | TITLE_WORDS
# Capitalised words that open a subject which names someone: "The", "Two", "Some".
_SUBJECT_OPENERS = DETERMINERS | _QUANTIFIERS | frozenset("each every".split())
# Words that may stand between a subject and its learned cue: "Cruz has also long opposed".
_BETWEEN_SUBJECT_AND_VERB = VERB_MODIFIERS | frozenset("is are was were am 's ’s".split())


def _next_to(text: str, attribution: Attribution) -> bool:
    """Whether the subject of a cue ends right before it, light words aside ("Cruz has
    long opposed"), or an aside set off after it ("Curiel, who through his office,
    declined"): not a subject read from the start of its sentence for a verb far on."""
    between = text[attribution.end : attribution.cue_start]
    if any(word.lower() in PRONOUNS for word in between.split()):
        return False  # "Megyn Kelly, who he claims has been unfair": his claim, not hers
    if between.lstrip().startswith((",", "(")):
        return True
    return all(
        word.lower() in _BETWEEN_SUBJECT_AND_VERB or (word.endswith("ly") and word.islower())
        for word in between.split()
    )


# Words after the head of a subject that open a phrase about it: "the council of ...".
_AFTER_HEAD = frozenset("of for at in from with among on to by".split())


def _names_speaker(mention: str) -> bool:
    """Whether a subject read before a learned cue names a speaker outright: its head (the
    word before any phrase after it) is a name, a person noun, a title or a body: "Sen.
    Ted Cruz", "many trial lawyers", "the Business Council of British Columbia", "The
    lawsuit"; not a pronoun (a weaker cue than "said" leaves too little to resolve it by)
    nor a phrase that is no subject ("Kaine's full", "Clinton's standing among Latinos")."""
    words = mention.split()
    if any(word.endswith("ing") and word.islower() for word in words):
        return False  # "Several superdelegates supporting Sanders": a phrase about him
    first = words[0] if words else ""
    if first in ("None", "Nobody", "Neither") or (
            first in NON_NAME_CAPITALS and first.lower() not in _SUBJECT_OPENERS):
        return False  # "If God is talking", "Perhaps Russia will oppose", "As a ..."
    head = next((k for k, word in enumerate(words) if k and word.lower() in _AFTER_HEAD),
                len(words))
    if not head:
        return False
    last = words[head - 1].strip("’'")
    low = last.lower()
    if low in PRONOUNS or last in NON_NAME_CAPITALS:
        return False
    if last[:1].isupper():
        return True
    return low in _SPEAKER_HEADS or singular(low) in _SPEAKER_HEADS


def _common_in(text: str, name: str, mention: str | None, at: int) -> bool:
    """Whether a word a resolved name adds to its mention stands in lower case near ``at``:
    "More" in "More Hillary Clinton" for "Clinton", a name learned from a sentence's first
    words, which is no name's own."""
    added = [word for word in name.split() if word not in (mention or "").split()]
    if not added:
        return False
    lo, hi = max(0, at - 3000), min(len(text), at + 3000)
    return any(
        re.search(r"\b" + re.escape(word.lower()) + r"\b", text[lo:hi]) is not None
        for word in added if word.isalpha()
    )


def _introduced(text: str, start: int, quote: QuoteSpan) -> bool:
    """Whether the word before the quote introduces words as said, chanted or written:
    'chanting "Dump Trump."', 'a hat reading, "Make Mexico Great Again"', 'one message:',
    'chants of "Lock her up!"'."""
    words = text[max(start, quote.open - _INTRODUCER_REACH) : quote.open].split()
    if len(words) >= 2 and words[-1] == "of":  # 'chants of "Ted! Ted! Ted!"'
        return words[-2].lower() in QUOTE_INTRODUCERS_OF
    return bool(words) and words[-1].strip(",:").lower() in QUOTE_INTRODUCERS


def _colon_before(text: str, start: int, end: int) -> bool:
    """Whether only a name and a colon stand before the quote: 'Ryan: "..."'."""
    head = text[start:end].rstrip()
    return head.endswith(":") and len(head.split()) <= _COLON_NAME_WORDS


def _name_colon_before(text: str, start: int, end: int) -> bool:
    """Whether only a name (capitalised words) and a colon stand before the quote: 'Bernie
    Sanders: ‘...’', not 'The phrase: "..."'."""
    return _colon_before(text, start, end) and all(
        word[:1].isupper() for word in text[start:end].split())


def _looks_like_verb(word: str) -> bool:
    """A lower-case word that may be a verb in the past or present after a speaker:
    "started", "barks", "shot" ("...," Trump shot back), not "and" or "to"."""
    return word.islower() and word not in _NOT_VERBS and (
        word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))
        or word in _IRREGULAR_PASTS
    )


def _is_scare_quote(text: str, quote: QuoteSpan) -> bool:
    """A word or two in lower case: a "stand down" order, the "new" Nixon."""
    return text[quote.start].islower() and (
        len(text[quote.start : quote.end].split()) <= _SCARE_QUOTE_WORDS
    )


def _is_title(text: str, quote: QuoteSpan) -> bool:
    """Whether the quoted words are capitalised as a title or a name is: "The View",
    "Hawaii Five-0", "Let's Get Loud" (every word of four letters or more)."""
    if quote.end - quote.start > _TITLE_MAX_CHARS:
        return False
    return _title_words(text[quote.start : quote.end], long_words=2)


def _title_words(quoted: str, *, long_words: int) -> bool:
    """Whether the words are capitalised as a title is, with at least ``long_words`` of
    four letters or more, all capitalised; a question or an exclamation is not one."""
    if len(quoted) > _TITLE_MAX_CHARS or not quoted[:1].isupper():
        return False
    if quoted.endswith(("?", "!")):
        return False  # "Which is it?": a question
    words = quoted.rstrip(".,").split()
    if not words or len(words) > _TITLE_MAX_WORDS or not words[0][:1].isupper():
        return False
    long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= long_words and all(w[:1].isupper() for w in long)


# The word before a quoted title: "MSNBC's", "Channel’s", "show," or "book called".
_WORK_LEAD = re.compile(r"(\S+)(?:\s+(\S+))?[\s,:]*$")
_ACRONYM_POSSESSIVE = re.compile(r"[A-Z]{2,}[A-Za-z]*(?:'s|’s)")
_WORK_REACH = 40


def _names_work(text: str, start: int, quote: QuoteSpan) -> bool:
    """Whether the quote is the title of a work or a programme, by the words before it:
    'on NBC's "Meet the Press."', 'the reality show "The Apprentice,"', 'his 2012 book,
    "An American Son."'. Its words are capitalised as a title's are, a single one too
    ("Hannity", "Spotlight"); 'Trump's "Make America Great Again"' is a slogan, not this."""
    if not _title_words(text[quote.start : quote.end], long_words=1):
        return False
    lead = _WORK_LEAD.search(text, max(start, quote.open - _WORK_REACH), quote.open)
    if lead is None:
        return False
    first, second = lead.group(1), lead.group(2)
    last = second or first
    if _ACRONYM_POSSESSIVE.fullmatch(last) or (
            last[-2:] in ("'s", "’s") and last[:-2] in BROADCAST_OWNERS):
        return True
    if last.strip(",:").lower() in WORK_NOUNS:
        return True
    return second is not None and second.lower() in WORK_NAMERS and (
        first.strip(",").lower() in WORK_NOUNS)


def _proper_nearby(text: str, word: str, at: int) -> bool:
    """Whether ``word`` stands capitalised inside a sentence near ``at``, so that its capital
    is its own: "Democrats said ..." where the text also has "... the Democrats ..."."""
    lo, hi = max(0, at - 3000), min(len(text), at + 3000)
    return re.search(r"[a-z,;] " + re.escape(word) + r"\b", text[lo:hi]) is not None


_OF_PHRASE = frozenset("by of from for in at".split())


def _names_document(mention: str | None) -> bool:
    """Whether a mention's head is a poll, study or record: "the 50-state poll", "a study
    by the group Media Matters" (the head stands before its phrase)."""
    words = (mention or "").lower().split()
    head = next((k for k, word in enumerate(words) if k and word in _OF_PHRASE), len(words))
    return head > 0 and words[head - 1] in DOCUMENT_NOUNS


def _opens(text: str, start: int, attribution: Attribution) -> bool:
    """Whether the cue opens its sentence ("According to the FBI, ...")."""
    return attribution.cue_start - start < 8 and not text[start : attribution.cue_start].strip(
        " \u00a0\"“‘'([—–-")


def _plural_common_noun(parsed: Parsed, speaker: Speaker) -> bool:
    """A lone plural word opening the sentence that the text never gave as anyone's name
    is a common noun capitalised by its place, nobody who speaks: "Photos showed ...",
    "Questions remain ...". People are speakers as written, however vague: "Officials
    said ...", "Critics fear ...", "Sources say ..."."""
    word = parsed.display
    low = word.lower()
    return (
        parsed.kind == "person" and speaker.kind == "group" and " " not in word
        and low.endswith("s") and not low.endswith("ss")
        and singular(low) not in PERSON_NOUNS
        and low not in DOCUMENT_NOUNS  # "Polls show ...": what polls find
    )


def _claim_order(claim: Claim) -> tuple[int, int]:
    return claim.start, claim.quote_start or claim.start


def _asserted(figures: list[Quantity], said: list[Said]) -> list[Quantity]:
    """Figures that are claims: not those naming a source ("according to two officials"),
    unless they are a share of the people speaking, which is what a poll claims ("70 percent
    of Americans say", "three in four adults say")."""
    spans = [
        (s.attribution.start, s.attribution.end) for s in said if s.attribution.start is not None
    ]
    return [q for q in figures if _is_share(q)
            or not any(a <= q.start < b for a, b in spans)]  # type: ignore[operator]


def _is_share(q: Quantity) -> bool:
    """A percentage or a part of a whole: "70 percent", "half", "one in five"."""
    return q.unit == "%" or (q.unit is None and q.low is not None and 0 < q.low < 1)


def _outside(start: int, end: int, quotes: QuoteIndex) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` outside every quote, marks included in the quote."""
    parts = []
    for quote in quotes.overlapping(start, end):
        if quote.open > start:
            parts.append((start, quote.open))
        start = max(start, quote.close + 1)
    if start < end:
        parts.append((start, end))
    return parts


def _any_between(positions: Sequence[int], start: int, end: int) -> bool:
    """Whether the sorted ``positions`` have one in ``[start, end)``."""
    at = bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def _ends_with(text: str, start: int, end: int, marks: str) -> bool:
    """Whether ``text[start:end].rstrip()`` ends with one of ``marks``, without copying the
    paragraph."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] in marks


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    return _ends_with(text, start, end, ":")


def _cited_source(said: list[Said], speaker: Said | None) -> str | None:
    """The "according to" source of a sentence when it is not the speaker itself."""
    for item in said:
        if item.attribution.source and item is not speaker:
            mention = item.attribution.mention or ""
            first, _, rest = mention.partition(" ")
            return rest if first.lower() in ("the", "a", "an") and rest else mention
    return None
