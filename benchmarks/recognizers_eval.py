"""Score ``find_quantities`` against Microsoft Recognizers-Text English specs.

Run ``python benchmarks/recognizers_eval.py [--show-errors] [DIR]``; DIR defaults to
``../shared/eval/recognizers-text`` beside the repository (``FACTCHECK_SHARED`` may name the
shared folder). It prints precision, recall and F1 for ``NumberModel``, ``NumberRangeModel``,
``PercentModel`` and ``CurrencyModel``.

How we count (the same for every file):

* Cases. The specs are the reference (.NET) implementation's expectations. A case whose
  ``NotSupported`` names ``dotnet`` is skipped: not even the reference produces it. Every
  other case counts, including the many marked unsupported only for the JavaScript, Python
  or Java ports (nearly all of ``NumberRangeModel``); ``NotSupportedByDesign`` is ignored.
  Expected results whose value is ``null`` (``"a small percent"``) state no figure and are
  left out of the expected set.
* Spans. Our surfaces include qualifiers, currency and units (``more than thirty years
  old``, ``$20``) where the specs cut them differently (``more than thirty``, ``20``), so a
  prediction and an expected result correspond when their character spans overlap. The
  values must then agree exactly (relative tolerance 1e-6, as the specs print 15 digits).
  The script also prints how many matches have exactly the expected span.
* Values. ``NumberModel``: the expected value equals the prediction's ``low`` or ``high``
  (a range ``between 20 and 30`` finds both the ``20`` and the ``30``). ``PercentModel``: the
  prediction has unit ``%`` and its value equals the expected percentage. ``CurrencyModel``:
  the prediction's unit is a currency code, the code is the expected one when the spec names
  it (``isoCurrency``; a bare ``Dollar`` or ``Pound`` takes any), and its value equals the
  expected amount; a sub-unit (``50 cents``, ``470 pence``) is expected in its own units and we
  give it in the main one (0.50 USD), so the expected value over 100 counts too.
  ``NumberRangeModel``: the expected interval string (``(,700]``, ``[20,30)``) and ours agree
  on both bounds (an open end is ``None``); for a one-sided interval the bracket must agree
  too (``more_than`` is ``(``, ``at_least`` is ``[``; ``at_most`` is ``]``, ``less_than`` is
  ``)``); for a two-sided one brackets are not compared, since our ``range`` qualifier does
  not say whether the ends are included (the specs write ``[20,30)`` for "between 20 and
  30"). ``exact``/``approx`` figures are the interval ``[v,v]`` (``equals 20``).
* Which predictions are judged. ``NumberModel``: all. ``PercentModel``: those with unit
  ``%``. ``CurrencyModel``: those whose unit is a currency code. ``NumberRangeModel``: those
  whose qualifier is a bound or a range, plus any that overlaps an expected range; a plain
  figure where no range is expected is a number, not a range, and is scored by
  ``NumberModel``.
* Precision = judged predictions that match some expected result / judged predictions;
  recall = expected results matched by some prediction / expected results;
  F1 = 2PR / (P + R).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.numbers import find_quantities
from factcheck.extract.numbers.affixes import CURRENCY_UNITS
from factcheck.extract.records import Quantity

MODELS = ("NumberModel", "NumberRangeModel", "PercentModel", "CurrencyModel")
# Sub-units the specs count in their own units: "50 cents" is 50 Cent there, 0.50 USD here
SUBUNIT_NAMES = frozenset({"cent", "pence", "penny", "sen", "satoshi"})


def default_dir() -> Path:
    shared = os.environ.get("FACTCHECK_SHARED")
    base = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared"
    return base / "eval" / "recognizers-text"


@dataclass(frozen=True)
class Expected:
    start: int
    end: int  # exclusive
    text: str
    value: float | None = None
    currency: str | None = None  # the ISO code the spec names, if any
    subunit: bool = False  # the spec's value counts cents or pence
    interval: tuple[float | None, float | None, bool, bool] | None = None  # lo, hi, [, ]


@dataclass
class Score:
    name: str
    cases: int = 0
    skipped: int = 0
    expected: int = 0
    found: int = 0
    judged: int = 0
    correct: int = 0
    exact_spans: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.judged if self.judged else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"{self.name:<17} P {self.precision:.3f}  R {self.recall:.3f}  "
                f"F1 {self.f1:.3f}   ({self.cases} cases, {self.skipped} skipped; "
                f"{self.found}/{self.expected} expected found, {self.correct}/{self.judged} "
                f"predictions right; {self.exact_spans} matches span-exact)")


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


_INTERVAL = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def parse_interval(text: str) -> tuple[float | None, float | None, bool, bool] | None:
    """``"(,700]"`` -> (None, 700.0, False, True)."""
    m = _INTERVAL.match(text.strip())
    if not m:
        return None
    lo = float(m.group(2)) if m.group(2).strip() else None
    hi = float(m.group(3)) if m.group(3).strip() else None
    return lo, hi, m.group(1) == "[", m.group(4) == "]"


def _value(text: str) -> float | None:
    try:
        v = float(text.rstrip("%"))
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def load_cases(path: Path) -> Iterator[tuple[str, list[Expected] | None]]:
    """(input, expected results) per case; None for a case that is skipped."""
    with path.open(encoding="utf-8-sig") as fh:
        cases = json.load(fh)
    for case in cases:
        unsupported = str(case.get("NotSupported", "")).lower()
        if "dotnet" in unsupported:
            yield case["Input"], None
            continue
        expected = []
        for r in case.get("Results", []):
            res = r.get("Resolution") or {}
            raw = str(res.get("value", "null"))
            start, end = int(r["Start"]), int(r["End"]) + 1
            if r.get("TypeName") == "numberrange":
                interval = parse_interval(raw)
                if interval is not None:
                    expected.append(Expected(start, end, r["Text"], interval=interval))
            else:
                value = _value(raw)
                if value is not None:
                    unit = str(res.get("unit", "")).lower()
                    expected.append(Expected(
                        start, end, r["Text"], value=value, currency=res.get("isoCurrency"),
                        subunit=unit in SUBUNIT_NAMES))
        yield case["Input"], expected


def _overlaps(q: Quantity, e: Expected) -> bool:
    return q.start < e.end and e.start < q.end


def _interval_of(q: Quantity) -> tuple[float | None, float | None, bool, bool]:
    if q.qualifier == "more_than":
        return q.low, None, False, False
    if q.qualifier == "at_least":
        return q.low, None, True, False
    if q.qualifier == "less_than":
        return None, q.high, False, False
    if q.qualifier == "at_most":
        return None, q.high, False, True
    return q.low, q.high, True, True


def _number_match(q: Quantity, e: Expected) -> bool:
    return _overlaps(q, e) and (_close(q.low, e.value) or _close(q.high, e.value))


def _percent_match(q: Quantity, e: Expected) -> bool:
    return _overlaps(q, e) and q.unit == "%" and (_close(q.low, e.value) or
                                                  _close(q.high, e.value))


def _currency_match(q: Quantity, e: Expected) -> bool:
    if not _overlaps(q, e) or q.unit not in CURRENCY_UNITS or e.value is None:
        return False
    if e.currency is not None and q.unit != e.currency:
        return False
    values = (e.value, e.value / 100) if e.subunit else (e.value,)
    return any(_close(q.low, v) or _close(q.high, v) for v in values)


def _range_match(q: Quantity, e: Expected) -> bool:
    if not _overlaps(q, e) or e.interval is None:
        return False
    lo, hi, lo_closed, hi_closed = _interval_of(q)
    elo, ehi, elo_closed, ehi_closed = e.interval
    if not (_close(lo, elo) and _close(hi, ehi)):
        return False
    if elo is None and ehi is not None:
        return hi_closed == ehi_closed
    if ehi is None and elo is not None:
        return lo_closed == elo_closed
    return True


def _judged(model: str, q: Quantity, expected: list[Expected]) -> bool:
    if model == "PercentModel":
        return q.unit == "%"
    if model == "CurrencyModel":
        return q.unit in CURRENCY_UNITS
    if model == "NumberRangeModel":
        return q.qualifier not in ("exact", "approx") or any(_overlaps(q, e) for e in expected)
    return True


MATCHERS: dict[str, Callable[[Quantity, Expected], bool]] = {
    "NumberModel": _number_match,
    "NumberRangeModel": _range_match,
    "PercentModel": _percent_match,
    "CurrencyModel": _currency_match,
}


def evaluate(directory: Path, model: str) -> Score:
    score = Score(model)
    match = MATCHERS[model]
    for text, expected in load_cases(directory / f"{model}.json"):
        score.cases += 1
        if expected is None:
            score.skipped += 1
            continue
        predicted = [q for q in find_quantities(text) if _judged(model, q, expected)]
        score.expected += len(expected)
        score.judged += len(predicted)
        missed = [e for e in expected if not any(match(q, e) for q in predicted)]
        wrong = [q for q in predicted if not any(match(q, e) for e in expected)]
        score.found += len(expected) - len(missed)
        score.correct += len(predicted) - len(wrong)
        score.exact_spans += sum(
            1 for e in expected
            if any(match(q, e) and (q.start, q.end) == (e.start, e.end) for q in predicted))
        if missed or wrong:
            got = ", ".join(f"{q.surface!r}={q.low}..{q.high} {q.unit or ''} {q.qualifier}"
                            for q in predicted)
            want = ", ".join(f"{e.text!r}={e.value if e.interval is None else e.interval}"
                             for e in expected)
            score.errors.append(f"{text!r}\n      want: {want}\n      got:  {got}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=default_dir())
    parser.add_argument("--show-errors", action="store_true", help="print every case missed")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"no recognizers-text specs at {args.directory}", file=sys.stderr)
        return 2
    for model in MODELS:
        score = evaluate(args.directory, model)
        print(score.line())
        if args.show_errors:
            for err in score.errors:
                print("   ", err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
