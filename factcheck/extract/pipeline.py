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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from factcheck.extract.attribution import Attribution, cue_spans, read_cues
from factcheck.extract.layout import Block, analyse
from factcheck.extract.lexicon import CLAUSE_ONLY_VERBS, PRONOUN_GENDERS
from factcheck.extract.numbers import find_quantities, may_hold_figures
from factcheck.extract.quotes import POSSIBLE_QUOTE, QuoteIndex, QuoteSpan, find_quotes
from factcheck.extract.records import Claim, Post, Quantity
from factcheck.extract.sentences import split_sentences
from factcheck.extract.speakers import Speaker, SpeakerContext, is_generic, parse_mention

# Blocks whose sentences can be claims; captions, tables, bylines and page chrome never are.
CLAIM_BLOCKS = frozenset({"title", "headline", "body"})
# Headlines compress reported speech ("X says ..."); the body states it with attribution.
INDIRECT_BLOCKS = frozenset({"body"})
_VERBS_AFTER_COLON_SUBJECT = frozenset(
    "was is were are has had remained seemed appeared sounded became".split()
)
# How much of a pronoun's sentence before it is searched for a person it may stand for
# ("When Carlineo was approached, he told police"): far more than a sentence of news
# needs, and a bound for a text whose "sentence" never ends (a transcript without stops).
_PRONOUN_LEAD_WINDOW = 600
_NON_SPACE = re.compile(r"\S")


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


def extract(text: str, *, document: str = "", figures: bool = True) -> list[Claim]:
    """Every attributable claim in ``text``, in document order.

    With ``figures=False`` numbers are not read: no numeric claims, empty ``quantities``
    (quotes and speakers only, about two and a half times as fast)."""
    return list(iter_claims(text, document=document, figures=figures))


def iter_claims(text: str, *, document: str = "", figures: bool = True) -> Iterator[Claim]:
    """``extract``, one paragraph's claims at a time: the same claims in the same order
    (it is the same loop, with the speaker context carried from paragraph to paragraph),
    without holding them all, so a big source can be stored as it is read."""
    layout = analyse(text)
    context = SpeakerContext()
    cues = _Cues(text)
    marks = array("q", (match.start() for match in POSSIBLE_QUOTE.finditer(text)))
    current_post: int | None = None
    carried: Said | None = None
    for block in layout.blocks:
        if block.post != current_post:
            current_post = block.post
            context.new_post()
            carried = None
        # A caption introduces the people it names; a table only lists them (and its header
        # cells, "Pos Player Plays", would read as a name), so later pronouns and surnames do
        # not resolve to a row of it.
        if block.kind == "caption":
            context.learn_names(text, block.start, block.end)
        if block.kind not in CLAIM_BLOCKS:
            continue
        post = layout.posts[block.post] if block.post is not None else None
        reader = _Paragraph(
            text, block, post, document, context, carried, cues, marks, figures=figures
        )
        yield from reader.claims()
        carried = reader.trailing()


class _Cues:
    """The reporting cues of a document from one scan; a sentence takes its own by
    bisection, and most sentences have none."""

    def __init__(self, text: str) -> None:
        # Two arrays of 8-byte offsets, not a list of tuples (about 120 bytes a cue).
        self.starts = array("q")
        self.ends = array("q")
        for cue_start, cue_end in cue_spans(text):
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
    ) -> None:
        self.text = text
        self.block = block
        self.post = post
        self.document = document
        self.context = context
        self.carried = carried
        self.quotes = find_quotes(text, block.start, block.end) if _any_between(
            possible_quotes, block.start, block.end
        ) else []
        self.quote_index = QuoteIndex(self.quotes)
        # A paragraph with no digit or number word has no figure in any sentence.
        figures = figures and may_hold_figures(text, block.start, block.end)
        # Without figures, quotes, cues or a closing colon no sentence can give a claim or
        # a speaker to carry on, so the paragraph is not split.
        self.sentences = split_sentences(text, block.start, block.end) if (
            figures or self.quotes or cues.within(block.start, block.end)
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
            found = find_quantities(text, start, end) if figures else []
            if found and resolved:
                found = _asserted(found, resolved)
            self.figures.append(found)
            if resolved or found:
                self.busy.append(index)
        self.last_quote: Said | None = None

    # --- resolution ------------------------------------------------------------------

    def _resolve(self, attribution: Attribution, previous: Said | None, sentence: int) -> Said:
        if attribution.mention is None:
            # "the diplomat explained, but said ...": the subject is the one before.
            if previous is None:
                return Said(attribution, None)
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

    def _sentence_of(self, position: int) -> int:
        """The sentence holding ``position``, or the one before the gap it falls in."""
        index = bisect_right(self.sentence_ends, position)
        if index == len(self.sentences):
            return index - 1
        return index if position >= self.sentences[index][0] else max(index - 1, 0)

    # --- claims ----------------------------------------------------------------------

    def claims(self) -> list[Claim]:
        found = [self._quote_claim(quote) for quote in self.quotes]
        for index in self.busy:
            found.extend(self._sentence_claims(index, *self.sentences[index]))
        if len(found) > 1:
            found.sort(key=_claim_order)
        return found

    def _quote_claim(self, quote: QuoteSpan) -> Claim:
        first = self._sentence_of(quote.open)
        last = self._sentence_of(max(quote.close - 1, quote.open))
        said = self._attribution_for(quote, first, last)
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

    def _attribution_for(self, quote: QuoteSpan, first: int, last: int) -> Said | None:
        """Which attribution a quote belongs to, most specific first."""
        after = [s for s in self.said[last] if s.attribution.cue_start > quote.close]
        for said in after[:1]:
            lead = said.attribution.start if said.explicit and not said.attribution.inverted \
                else said.attribution.cue_start
            gap = self.text[quote.close + 1 : lead or said.attribution.cue_start]
            if not gap.strip(" ,—–-\u00a0\n"):
                if said.speaker is not None:
                    return said  # '"...," the official said' / '"...," said Psaki'
                if (said.attribution.mention or "").lower() in PRONOUN_GENDERS:
                    return said  # '"...," she said' and no woman named: no guess
        before = [s for s in self.said[first]
                  if s.attribution.cue_end <= quote.open and s.speaker is not None]
        if before:
            return before[-1]  # 'Biden said ... he predicts Russia will "move in"'
        if after and after[0].speaker is not None:
            return after[0]  # '"..." Russia's demand "as a clock-ticking exercise," he added'
        if self.last_quote is not None:
            return self.last_quote  # a quote continued in the next sentence
        if self.carried is not None and self._opens_paragraph(quote):
            return self.carried  # a quoted paragraph standing alone
        return None

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
        claims: list[Claim] = []
        if not said_here and not figures:
            return claims
        # A sentence ending in a colon introduces the quote that follows; it is not a claim.
        if (said_here and not inside and self.block.kind in INDIRECT_BLOCKS
                and not self.text.endswith(":", start, end)):
            speakers: set[str] = set()
            initial = self.text[start : min(end, start + 40)].split(maxsplit=1)[0]
            for said in said_here:
                attribution = said.attribution
                if (said.speaker is None or attribution.source or attribution.quote_only
                        or not said.explicit or said.speaker.name in speakers):
                    continue
                if not self._reports_speech(attribution, end):
                    continue
                parsed = parse_mention(attribution.mention or "")
                at_start = (attribution.mention or "").startswith(initial)
                if parsed is None or is_generic(parsed, sentence_initial=at_start):
                    continue
                speakers.add(said.speaker.name)
                claims.append(self._claim(
                    "indirect", start, end, said,
                    cited=_cited_source(said_here, said),
                    quantities=figures if not claims else [],
                ))
        if figures and not claims:
            claims.append(self._claim(
                "numeric", start, end, None,
                cited=_cited_source(said_here, None), quantities=figures,
            ))
        return claims

    def _reports_speech(self, attribution: Attribution, sentence_end: int) -> bool:
        """Whether a cue reports a statement here, not an action ("added a goal")."""
        if attribution.lemma not in CLAUSE_ONLY_VERBS or attribution.inverted:
            return True
        rest = self.text[attribution.cue_end : sentence_end].strip()
        return not rest.rstrip(".!?") or rest.startswith(("that ", ","))

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
    ) -> Claim:
        name = role = mention = cue = None
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


def _claim_order(claim: Claim) -> tuple[int, int]:
    return claim.start, claim.quote_start or claim.start


def _asserted(figures: list[Quantity], said: list[Said]) -> list[Quantity]:
    """Figures that are claims: not those naming a source ("according to two officials")."""
    spans = [
        (s.attribution.start, s.attribution.end) for s in said if s.attribution.start is not None
    ]
    return [q for q in figures if not any(a <= q.start < b for a, b in spans)]  # type: ignore[operator]


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


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    """``text[start:end].rstrip().endswith(":")`` without copying the paragraph."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] == ":"


def _cited_source(said: list[Said], speaker: Said | None) -> str | None:
    """The "according to" source of a sentence when it is not the speaker itself."""
    for item in said:
        if item.attribution.source and item is not speaker:
            mention = item.attribution.mention or ""
            first, _, rest = mention.partition(" ")
            return rest if first.lower() in ("the", "a", "an") and rest else mention
    return None
