"""Errors that rasid reports to users as one clear line."""


class RasidError(Exception):
    """A problem with the input or the configuration, shown to the user without a traceback."""


class InputError(RasidError):
    """The input cannot be read as text (bad encoding, too large, not a file)."""
