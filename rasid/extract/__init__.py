"""Extraction stages; importing this package registers them."""

from rasid.extract import argument_model, coref, entities, events, quantities, quotes, relations, times  # noqa: F401
