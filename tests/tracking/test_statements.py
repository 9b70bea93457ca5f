"""When two claims are the same claim: golden tables of (statement, statement, match)."""

from __future__ import annotations

import pytest

from factcheck.tracking.statements import index_keys, same_claim, statement, tokens

Q = "We will defend every inch of our territory with 100,000 troops"

# (first (text, quote, speaker, cited), second, expected match)
CASES = [
    # the same quote with other quote marks and case
    ((f'"{Q}," she said.', Q, 1, None),
     (f"\u201c{Q.upper()},\u201d she said.", Q.upper(), 1, None), "same"),
    # a shortened partial quote, with an ellipsis where words were cut
    ((f'"{Q}," she said.', Q, 1, None),
     ('She vowed to "defend every inch ... with 100,000 troops".',
      "defend every inch ... with 100,000 troops", 1, None), "partial"),
    # the same quote reprinted without its speaker is still the quote
    ((f'"{Q}," she said.', Q, 1, None), (f'"{Q}."', Q, None, None), "same"),
    # lightly reworded, same speaker and figures
    (("Russia has massed 100,000 troops near the border, Blinken said.", None, 7, None),
     ("Russia has gathered 100,000 troops near the border, Blinken said.", None, 7, None),
     "reworded"),
    # lightly reworded, same cited source
    (("Some 8,000 people fled the region last week, according to the UN.", None, None, "UN"),
     ("Some 8,000 people fled the region in the last week, according to the UN.", None, None,
      "the UN"), None),
    (("Some 8,000 people fled the region last week, according to the UN.", None, None, "UN"),
     ("Some 8,000 people fled from the region last week, according to the UN.", None, None,
      "UN"), "reworded"),
    # figures differ: never
    ((f'"{Q}," she said.', Q, 1, None),
     (f'"{Q.replace("100,000", "127,000")}," she said.', Q.replace("100,000", "127,000"), 1,
      None), None),
    # a number word differs: never
    (("Three people were killed in the attack on the market, police said.", None, 3, None),
     ("Four people were killed in the attack on the market, police said.", None, 3, None),
     None),
    # speakers differ: never, even word for word
    ((f'"{Q}," she said.', Q, 1, None), (f'"{Q}," he said.', Q, 2, None), None),
    # reworded without a speaker or cited source and without figures: not enough
    (("The talks in Geneva ended without any agreement on the main points.", None, None, None),
     ("The talks in Geneva ended without an agreement on the main points.", None, None, None),
     None),
    # ... but a statement of figures is pinned down by them
    (("Prices rose 7.5% in January, the fastest pace in four decades.", None, None, None),
     ("Prices rose 7.5% in January, the quickest pace in four decades.", None, None, None),
     "reworded"),
    # a short phrase inside a longer quote is not a partial quote of it
    ((f'"{Q}," she said.', Q, 1, None),
     ('He called it "every inch".', "every inch", 1, None), None),
    # mostly different words
    (("Russia has massed troops near the border, Blinken said.", None, 7, None),
     ("Blinken said he would meet Lavrov in Geneva on Friday.", None, 7, None), None),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_same_claim(first: tuple, second: tuple, expected: str | None) -> None:
    a = statement(first[0], first[1], speaker=first[2], cited=first[3])
    b = statement(second[0], second[1], speaker=second[2], cited=second[3])
    assert same_claim(a, b) == expected
    assert same_claim(b, a) == expected  # the decision does not depend on the order


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cKyiv\u2019s 127,000 Troops\u201d", ("kyiv's", "127,000", "troops")),
    ("We will\u2026 fight", ("we", "will", "fight")),
    ("3.5 per cent, she said", ("3.5", "per", "cent", "she", "said")),
])
def test_tokens(text: str, expected: tuple[str, ...]) -> None:
    assert tokens(text) == expected


def test_figures_are_folded_and_include_number_words() -> None:
    said = statement("Three soldiers and 127,000 troops", None)
    assert said.figures == ("127000", "three")
    assert statement("1 cup spinach, 1 tsp. nut butter", None).figures == ("1", "1")


def test_reprints_share_band_keys_and_other_claims_do_not() -> None:
    original = statement(Q, Q)
    assert index_keys(original) == index_keys(statement(Q.upper(), "\u201c" + Q + "\u201d"))
    partial = statement("defend every inch of our territory", "defend every inch of our territory")
    assert set(index_keys(partial)) & set(index_keys(original))
    other = statement("Prices rose 7.5% in January", None)
    assert not set(index_keys(other)) & set(index_keys(original))
    assert len(index_keys(original)) <= 8
    assert index_keys(statement("", None)) == []
    assert len(index_keys(statement("Yes.", None))) == 1  # short: filed under its words
