"""Pass 2: runs of adjacent tokens -> numbers, by English number grammar
(``twenty-one trillion and three hundred``, ``3 million and a half``, ``half a dozen``)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

from factcheck.extract import number_words as W
from factcheck.extract.numbers.working import Figure, Token, word_before

# What may stand between two tokens of one number, by name:
#   join ""  space " "  hyphen "-"/" - "  and " and "  and_a " and a ", "-and-a-"  a " a "
#   of " of (a) "
_GAP: Final = re.compile(
    r"(?P<join>)\Z|(?P<space>[^\S\n]+)\Z|(?P<hyphen>[^\S\n]*[-‐‑][^\S\n]*)\Z"
    r"|(?:[^\S\n]+|-)and(?:[^\S\n]+|-)(?:(?P<and_a>an?(?:[^\S\n]+|-))|(?P<and>))\Z"
    r"|[^\S\n]+(?P<a>an?)[^\S\n]+\Z|[^\S\n]+(?P<of>of)(?:[^\S\n]+an?)?[^\S\n]+\Z",
    re.IGNORECASE,
)
_MAX_GAP: Final = 12


def _gap_kind(s: str, a: int, b: int) -> str | None:
    if b - a > _MAX_GAP:
        return None
    m = _GAP.match(s, a, b)
    return m.lastgroup if m else None


@dataclass(slots=True)
class _Parsed:
    stop: int  # index after the last token used
    value: float
    scale: float
    fraction: bool


def _parse(toks: list[Token], gaps: list[str | None], i: int, a_prefix: bool) -> _Parsed | None:
    """The longest number that starts at token ``i``, or None.

    A small state machine over English number grammar: ``total`` holds what the scales
    have closed ("two million"), ``cur`` the group being built ("three hundred and six").
    It stops at the first token that cannot continue and returns the last complete state,
    so "3 hundred and 2 hundred" gives back "3 hundred" and leaves the rest.
    """
    t0 = toks[i]
    if t0.kind in ("dig", "card") and (i + 1 == len(toks) or gaps[i + 1] is None):
        return _Parsed(i + 1, t0.value, 1.0, False)  # nothing to join: "2014", "two"
    total = 0.0
    cur: float | None = None
    last = ""
    last_scale = math.inf
    fraction = False
    best: _Parsed | None = None

    if t0.kind == "card":
        cur, last = t0.value, ("zero" if t0.value == 0 else
                               "tens" if t0.value >= 20 else "teen" if t0.value >= 10 else "unit")
    elif t0.kind in ("dig", "sfrac", "vulgar"):
        cur, last = t0.value, ("dig" if t0.kind == "dig" and t0.is_int else "digx")
        fraction = t0.kind != "dig"
    elif t0.kind == "hund" and a_prefix and not t0.plural:  # "a hundred"
        cur, last = 100.0, "hund"
    elif t0.kind == "dozen" and a_prefix and not t0.plural:  # "a dozen"
        cur, last = 12.0, "unit"
    elif t0.kind == "scale" and a_prefix and not t0.plural:  # "a million"
        total, last, last_scale = t0.value, "scale", t0.value
        best = _Parsed(i + 1, total, t0.value, False)
        cont = _continue(toks, gaps, i + 1, total, None, last, last_scale, fraction)
        return cont if cont is not None else best
    elif t0.kind == "den" and t0.value == 2 and not t0.plural:  # "half", "a half"
        cur, last, fraction = 0.5, "frac", True
    elif t0.kind == "den" and not t0.plural and (a_prefix or (
            i + 1 < len(toks) and gaps[i + 1] == "space" and toks[i + 1].kind == "scale")):
        cur, last, fraction = 1 / t0.value, "frac", True  # "a third", "quarter million"
    else:
        return None
    best = _Parsed(i + 1, cur, 1.0, fraction)
    cont = _continue(toks, gaps, i + 1, total, cur, last, last_scale, fraction)
    return cont if cont is not None else best


def _continue(toks: list[Token], gaps: list[str | None], j: int, total: float,
              cur: float | None, last: str, last_scale: float, fraction: bool) -> _Parsed | None:
    """Extend a number from token ``j`` on; the state is that after token ``j - 1``."""
    best: _Parsed | None = None
    scale_used = 1.0 if last_scale == math.inf else last_scale
    n = len(toks)
    if last in ("unit", "tens", "teen", "dig", "digx", "frac", "hund", "scale") and cur is not None:
        best = _Parsed(j, total + cur, scale_used, fraction)
    elif last == "scale":
        best = _Parsed(j, total, scale_used, fraction)

    while j < n:
        t, gap = toks[j], gaps[j]
        if gap is None:
            break
        k = t.kind
        group = cur or 0.0
        if k == "card" and t.value != 0:
            v = t.value
            frac = _fraction_after_and(toks, gaps, j, False) if gap == "and" else None
            if frac is not None and (cur is not None or last == "scale"):
                stop, fv = frac
                if last == "scale":
                    total += fv * last_scale  # "two million and three fifths"
                else:
                    cur = group + fv  # "twenty and three fifths", "one hundred and a half"
                j, last, fraction = stop, "frac", True
                best = _Parsed(j, total + (cur or 0.0), scale_used, fraction)
                continue
            if gap in ("space", "hyphen") and last == "tens" and v < 10:
                cur = group + v  # "twenty-one", "fifty   two"
            elif gap in ("space", "and", "hyphen") and last in ("hund", "scale") and (
                    group % 100 == 0 and (last == "scale" or gap != "hyphen")):
                if _restarts(toks, gaps, j, group, last_scale):
                    break  # "one hundred and two hundred" is two numbers
                cur = group + v  # "one hundred and six", "two thousand two"
            else:
                break
            last = "tens" if v >= 20 else "teen" if v >= 10 else "unit"
        elif k == "dig" and t.is_int and t.value > 0 and gap in ("space", "and") and \
                last in ("hund", "scale"):
            if last == "hund" and not (gap == "and" and t.value < 100):
                break
            if _restarts(toks, gaps, j, group, last_scale):
                break  # "between 2 million and 3 million"
            cur = group + t.value  # "4 thousand 3 hundred and 21"
            last = "dig"
        elif k == "hund" and gap in ("space", "hyphen") and cur is not None and (
                (last in ("unit", "teen", "tens") and cur < 100)
                or (last in ("dig", "digx") and cur < 1000)):
            cur = cur * 100  # "three hundred", "322 hundred"
            last = "hund"
        elif k in ("scale", "dozen") and gap in ("space", "hyphen", "a", "of") and (
                cur is not None or last == "scale") and last not in ("zero",):
            if gap in ("a", "of") and last != "frac":
                break
            if gap == "hyphen" and last not in ("dig", "digx", "unit", "teen", "tens"):
                break
            s = t.value
            if k == "dozen":
                cur = group * 12  # "a dozen", "half a dozen", "3 dozens"
                last = "unit" if cur == int(cur) else "frac"
            elif cur is None:  # "three lakh crore"
                if s <= last_scale:
                    break
                total *= s
                last_scale = s
            elif s < last_scale:
                total += group * s
                cur = None
                last_scale = s
            else:
                break
            scale_used = last_scale if last_scale != math.inf else 1.0
            if k == "scale":
                last = "scale"
        elif k == "den" and gap in ("space", "hyphen") and (cur is not None or last == "scale") \
                and last in ("unit", "teen", "tens", "hund", "dig", "scale"):
            if t.value == 2 and not t.plural and cur != 1:
                break  # "two half" is not a number
            cur = (total + group) / t.value  # "two thirds", "a hundred thousand trillionths"
            total = 0.0
            last, fraction = "frac", True
        elif k == "den" and gap in ("and", "and_a"):
            frac = _fraction_after_and(toks, gaps, j, gap == "and_a")
            if frac is None or (cur is None and last != "scale"):
                break
            stop, fv = frac
            if last == "scale":
                total += fv * last_scale
            else:
                cur = group + fv
            j, last, fraction = stop, "frac", True
            best = _Parsed(j, total + (cur or 0.0), scale_used, fraction)
            continue
        elif k in ("sfrac", "vulgar") and gap in ("space", "join") and last == "dig":
            cur = group + t.value  # "2 1/4", "2½"
            last, fraction = "frac", True
        elif k == "point" and gap == "space" and last in ("unit", "teen", "tens", "hund",
                                                          "zero", "dig"):
            dec = _decimal_words(toks, gaps, j + 1)
            if dec is None:
                break
            stop, digits = dec
            cur = group + float("0." + digits)  # "two hundred point zero three"
            j, last = stop, "frac"
            best = _Parsed(j, total + cur, scale_used, fraction)
            continue
        else:
            break
        j += 1
        if last in ("unit", "tens", "teen", "dig", "digx", "frac", "hund") and cur is not None:
            best = _Parsed(j, total + cur, scale_used, fraction)
        elif last == "scale":
            best = _Parsed(j, total, scale_used, fraction)
    return best


def _restarts(toks: list[Token], gaps: list[str | None], j: int, group: float,
              last_scale: float) -> bool:
    """Whether the group starting at ``j`` ends in a scale that cannot follow the one before.

    "two hundred and two thousand" is one number; "3 hundred and 2 hundred" and
    "2 million and 3 million" are two.
    """
    k = j + 1
    while k < len(toks) and gaps[k] in ("space", "hyphen") and toks[k].kind in ("card", "dig"):
        k += 1
    if k >= len(toks) or gaps[k] not in ("space", "hyphen"):
        return False
    t = toks[k]
    if t.kind == "hund":
        return group >= 100
    return t.kind == "scale" and t.value >= last_scale


def _fraction_after_and(toks: list[Token], gaps: list[str | None], j: int,
                        a_prefix: bool) -> tuple[int, float] | None:
    """``and a half`` / ``and three fifths`` after a number: (stop, value below one)."""
    t = toks[j]
    if t.kind == "den":
        if a_prefix and not t.plural:
            return j + 1, 1 / t.value
        return None
    if t.kind == "card" and 0 < t.value < 100 and not a_prefix:
        k = j + 1
        num = t.value
        if k < len(toks) and gaps[k] == "hyphen" and toks[k].kind == "card" and \
                num >= 20 and toks[k].value < 10:
            num += toks[k].value
            k += 1
        if k < len(toks) and toks[k].kind == "den" and gaps[k] in ("space", "hyphen"):
            v = num / toks[k].value
            if v < 1:
                return k + 1, v
    return None


def _decimal_words(toks: list[Token], gaps: list[str | None], j: int) -> tuple[int, str] | None:
    """The digits after ``point``: "zero three" -> "03", "seventy-one" -> "71"."""
    digits = ""
    k = j
    while k < len(toks) and toks[k].kind == "card" and (k == j or gaps[k] == "space") \
            and toks[k].value < 10:
        digits += str(int(toks[k].value))
        k += 1
    if digits:
        return k, digits
    if j < len(toks) and toks[j].kind == "card":
        v = int(toks[j].value)
        k = j + 1
        if v >= 20 and k < len(toks) and gaps[k] == "hyphen" and toks[k].kind == "card" \
                and toks[k].value < 10:
            v += int(toks[k].value)
            k += 1
        return k, str(v)
    return None


_DIGIT_KINDS: Final = frozenset({"dig", "sfrac", "vulgar"})  # tokens written in figures
# Plural magnitudes that make a vague figure alone: "tens", "hundreds", "thousands", "dozens"
_MAGNITUDE_KINDS: Final = frozenset({"tens", "hund", "scale", "dozen"})


_MULTIPLIER_WORDS: Final = max(len(p.split()) for p in W.VAGUE_MULTIPLIERS)


def _few_before(s: str, t: Token) -> tuple[int, float, float] | None:
    """"several hundred" -> (where "several" starts, 3, 9): a word for a few before a
    singular scale, and how many of it that means (number_words.VAGUE_MULTIPLIERS)."""
    if t.kind not in ("hund", "scale", "dozen") or t.plural:
        return None
    found = None
    phrase, k = "", t.start
    for _ in range(_MULTIPLIER_WORDS):
        word, k = word_before(s, k)
        if not word:
            break
        phrase = f"{word.lower()} {phrase}".strip()
        if phrase in W.VAGUE_MULTIPLIERS:
            low, high = W.VAGUE_MULTIPLIERS[phrase]
            found = k, float(low), float(high)
    return found


def _vague_magnitude(s: str, toks: list[Token], i: int) -> tuple[int, float] | None:
    """"tens of thousands" -> (index after it, 10000.0): a plural magnitude with no number
    before it, and each larger one joined by "of" ("hundreds of millions")."""
    t = toks[i]
    if t.kind not in _MAGNITUDE_KINDS or not t.plural:
        return None
    size = t.value
    j = i + 1
    while j < len(toks) and toks[j].kind in ("hund", "scale") and toks[j].plural and \
            toks[j].value > toks[j - 1].value and \
            s[toks[j - 1].end:toks[j].start].split() == ["of"]:
        size *= toks[j].value
        j += 1
    return j, size


def read_numbers(s: str, toks: list[Token]) -> list[Figure]:
    n = len(toks)
    gaps: list[str | None] = [None] * n
    for j in range(1, n):
        a, b = toks[j - 1].end, toks[j].start
        if b - a <= _MAX_GAP:
            gaps[j] = _gap_kind(s, a, b)
    figs: list[Figure] = []
    i = 0
    while i < n:
        t = toks[i]
        if t.kind == "factor":
            figs.append(Figure(t.start, t.end, t.value, words=True, unit="times",
                             direction="up" if t.plural else "down", is_factor=True))
            i += 1
            continue
        if t.kind == "fold":
            figs.append(Figure(t.start, t.end, t.value, words=True, unit="times"))
            i += 1
            continue
        if t.kind in ("dig", "card") and (i + 1 == n or gaps[i + 1] is None):
            card = t.kind == "card"  # nothing to join: "2014", "two" (what _parse would say)
            figs.append(Figure(t.start, t.end, t.value, words=card,
                             plain_int=not card and t.is_int, bare_one=card and t.value == 1,
                             small_word=card and t.value <= 10, scale=t.scale))
            i += 1
            continue
        a_start = -1
        if t.kind in ("hund", "scale", "dozen", "den", "few"):
            word, k = word_before(s, t.start)
            if word.lower() in ("a", "an") and k < t.start - len(word):
                a_start = k  # "a dozen", "a third", "a handful"
        if t.kind == "few":  # "a handful"
            if a_start >= 0:
                low, high = W.VAGUE_AMOUNTS[s[t.start:t.end].lower()]
                figs.append(Figure(a_start, t.end, float(low), high=float(high), words=True,
                                   vague=True))
            i += 1
            continue
        parsed = _parse(toks, gaps, i, a_prefix=a_start >= 0)
        if parsed is None and (few := _few_before(s, t)) is not None:
            begin, low, high = few  # "several hundred", "a few thousand"
            figs.append(Figure(begin, t.end, low * t.value, high=high * t.value, words=True,
                               vague=True, scale=t.value))
            i += 1
            continue
        if parsed is None:
            vague = _vague_magnitude(s, toks, i)
            if vague is not None:  # "tens of thousands", "dozens"
                stop, size = vague
                figs.append(Figure(t.start, toks[stop - 1].end, size,
                                   high=size * W.VAGUE_MAGNITUDE_SPAN, words=True, vague=True,
                                   scale=size))
                i = stop
                continue
            i += 1
            continue
        single = parsed.stop == i + 1
        begin = t.start
        if a_start >= 0:
            begin = a_start
        if single:
            words = t.kind not in _DIGIT_KINDS
        else:
            words = any(u.kind not in _DIGIT_KINDS for u in toks[i:parsed.stop])
        fig = Figure(
            begin, toks[parsed.stop - 1].end, parsed.value, words=words,
            plain_int=single and t.kind == "dig" and t.is_int,
            bare_one=single and t.kind == "card" and t.value == 1,
            small_word=single and t.kind == "card" and t.value <= 10,
            singular_fraction=(single and t.kind == "den" and not t.plural and t.value != 2
                               and a_start >= 0),
            is_half=single and t.kind == "den" and t.value == 2,
            scale=parsed.scale if parsed.scale != 1.0 else (t.scale if single else 1.0),
        )
        figs.append(fig)
        i = parsed.stop
    return figs
