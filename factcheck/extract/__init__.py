"""Text in, claim records out: pure functions, no database and no UI."""

from factcheck.extract.pipeline import extract, iter_claims
from factcheck.extract.records import Claim, Post, Quantity

__all__ = ["Claim", "Post", "Quantity", "extract", "iter_claims"]
