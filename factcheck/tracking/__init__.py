"""Claim tracking, the pure part: when two claims are the same claim, and when two name
forms are the same person. No database, no UI; ``factcheck.store.tracking`` does the
look-ups and writes."""
