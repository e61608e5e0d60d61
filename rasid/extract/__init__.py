"""Extraction stages; importing this package registers them."""

from rasid.extract import coref, entities, events, quantities, quotes, relations, times  # noqa: F401
