"""The dev/test split: a stable hash of the record id, so a page stays in its split whatever
else changes in the data or the generator."""

import hashlib

DEV_PERCENT = 30


def split_of(record_id):
    """"dev" for about 30% of ids, "test" for the rest."""
    bucket = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "dev" if bucket < DEV_PERCENT else "test"


def seed_of(record_id, salt=""):
    """A per-page seed for random.Random, independent of Python's string hashing."""
    return int(hashlib.sha256((salt + "\0" + record_id).encode("utf-8")).hexdigest()[:16], 16)
