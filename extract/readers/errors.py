"""The one exception readers raise: a file that cannot be read, with a one-line reason for the user."""


class ReadError(Exception):
    """A file cannot be read; the message is one line meant for the user."""
