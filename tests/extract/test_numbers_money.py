"""Golden table: money as international wires and non-US outlets write it (issue 12).

Each row is (sentence, surface, low, high, unit, qualifier); sentences are our own.
"""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_quantities
from tests.extract.test_numbers import Row, check

# An ISO code glued to the digits: "AUD1.5m", "USD1,700", "RM120,000"
GLUED_CODES: list[Row] = [
    ("The miner agreed a AUD1.5m settlement with the regulator.", "AUD1.5m", 1.5e6, 1.5e6,
     "AUD", "exact"),
    ("Each household will receive USD1,700 under the scheme.", "USD1,700", 1700, 1700, "USD",
     "exact"),
    ("The court fined the firm RM120,000 for the breach.", "RM120,000", 120000, 120000, "MYR",
     "exact"),
    ("Exports were worth EUR3.4bn in the quarter.", "EUR3.4bn", 3.4e9, 3.4e9, "EUR", "exact"),
    ("The fund paid out GBP250k to the charity.", "GBP250k", 2.5e5, 2.5e5, "GBP", "exact"),
    ("A room there costs SGD420 a night.", "SGD420", 420, 420, "SGD", "exact"),
    ("The developer was paid Dh5 million for the plot.", "Dh5 million", 5e6, 5e6, "AED",
     "exact"),
]

# A dollar sign with its country, either side: "HK$3.2bn", "$US55,931,000", "US$ 58.24"
DOLLARS: list[Row] = [
    ("The tycoon's group raised HK$3.2bn in its share sale.", "HK$3.2bn", 3.2e9, 3.2e9, "HKD",
     "exact"),
    ("The tender was awarded for $US55,931,000 last week.", "$US55,931,000", 55931000,
     55931000, "USD", "exact"),
    ("The council has spent $A82,615,680 on the bypass.", "$A82,615,680", 82615680, 82615680,
     "AUD", "exact"),
    ("Brent crude settled at US$ 58.24 a barrel.", "US$ 58.24", 58.24, 58.24, "USD", "exact"),
    ("The loonie deal values the chain at C$1.2 billion.", "C$1.2 billion", 1.2e9, 1.2e9, "CAD",
     "exact"),
    ("Fonterra lifted its forecast to NZ$8.50 per kilogram.", "NZ$8.50", 8.5, 8.5, "NZD",
     "exact"),
    ("The port operator booked S$2.1bn in revenue.", "S$2.1bn", 2.1e9, 2.1e9, "SGD", "exact"),
    ("Petrobras will invest R$5 million in the plant.", "R$5 million", 5e6, 5e6, "BRL", "exact"),
]

# Pounds, euros and yen with a short scale glued on: "£3.2m", "€4bn", "¥500k"
SYMBOLS: list[Row] = [
    ("The club posted a loss of £3.2m for the season.", "£3.2m", 3.2e6, 3.2e6, "GBP", "exact"),
    ("Brussels set aside €4bn for the programme.", "€4bn", 4e9, 4e9, "EUR", "exact"),
    ("The prize was worth ¥500k to the winner.", "¥500k", 5e5, 5e5, "JPY", "exact"),
    ("Bills rose by £120 a year on average.", "£120", 120, 120, "GBP", "exact"),
    ("The club was sold for £1.2billion last summer.", "£1.2billion", 1.2e9, 1.2e9, "GBP",
     "exact"),
    ("The airline was fined €750,000 by the watchdog.", "€750,000", 750000, 750000, "EUR",
     "exact"),
]

# Sub-units: "84.75 cents", "84p", "20 pence" are a fraction of the main unit
SUBUNITS: list[Row] = [
    ("Shares in the lender closed at 84.75 cents.", "84.75 cents", 0.8475, 0.8475, "USD",
     "exact"),
    ("The supermarket's shares ended the day at 84p.", "84p", 0.84, 0.84, "GBP", "exact"),
    ("The board declared a dividend of 12.5 pence a share.", "12.5 pence", 0.125, 0.125, "GBP",
     "exact"),
    ("The miner's stock slid to 31 Australian cents.", "31 Australian cents", 0.31, 0.31, "AUD",
     "exact"),
    ("A loaf now costs one penny more.", "one penny", 0.01, 0.01, "GBP", "exact"),
    ("A can of soda sold for 99¢ at the time.", "99¢", 0.99, 0.99, "USD", "exact"),
    ("It only cost thirteen dollars and forty-five cents.",
     "thirteen dollars and forty-five cents", 13.45, 13.45, "USD", "exact"),
]

# Currency words after the number: "300 million pesos", "1.5 trillion won"
WORDS: list[Row] = [
    ("The club paid 300 million pesos for the striker.", "300 million pesos", 3e8, 3e8, "MXN",
     "exact"),
    ("The utility owes 40 million rand in unpaid bills.", "40 million rand", 4e7, 4e7, "ZAR",
     "exact"),
    ("Seoul set aside 1.5 trillion won for the chip plan.", "1.5 trillion won", 1.5e12, 1.5e12,
     "KRW", "exact"),
    ("The contract is worth 2 billion rupiah a year.", "2 billion rupiah", 2e9, 2e9, "IDR",
     "exact"),
    ("The bike cost him 100₾ at the market.", "100₾", 100, 100, "GEL", "exact"),
]

# A range named after its second figure only: "8 or $9" is 8 to 9 dollars
SECOND_NAMES_BOTH: list[Row] = [
    ("Tickets will cost 8 or $9 each.", "8 or $9", 8, 9, "USD", "range"),
    ("A pint now costs 6 or £7 in the capital.", "6 or £7", 6, 7, "GBP", "range"),
    ("The rebate is worth 200 to $300 per family.", "200 to $300", 200, 300, "USD", "range"),
    ("Analysts see the bill at 4-€5bn.", "4-€5bn", 4e9, 5e9, "EUR", "range"),
    ("Fares rose by 2 or 3 euros.", "2 or 3 euros", 2, 3, "EUR", "range"),
]


@pytest.mark.parametrize(
    "row", GLUED_CODES + DOLLARS + SYMBOLS + SUBUNITS + WORDS + SECOND_NAMES_BOTH, ids=repr)
def test_money(row: Row) -> None:
    check(*row)


# Words that are money only after a scale, and letters glued to digits that are no currency
NOT_MONEY: list[tuple[str, str]] = [
    ("Of the 12 races, Democrats 9 won outright.", "9"),
    ("The phone records video at 720p.", "720p"),
    ("The Galaxy S23 went on sale in February.", "S23"),
    ("There are 2 real reasons for the delay.", "2"),
    ("The team switched to PHP7 last year.", "7"),
    ("Leaders met at COP26 in Glasgow.", "26"),
    ("The price of RON95 petrol is capped.", "95"),
]


@pytest.mark.parametrize(("text", "number"), NOT_MONEY)
def test_not_money(text: str, number: str) -> None:
    money = [q for q in find_quantities(text) if number in q.surface and q.unit is not None]
    assert not money, money


@pytest.mark.parametrize(("text", "value"), [
    ("Sales rose to a record $4.1 billion.", 4.1e9),
    ("The deal is worth €16.4 million.", 16.4e6),
    ("It costs $0.29 a unit.", 0.29),
])
def test_amounts_carry_no_binary_error(text: str, value: float) -> None:
    assert [q.low for q in find_quantities(text)] == [value]  # equal, not approximately
