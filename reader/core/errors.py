"""Errors the user is told about in one line, without a traceback."""


class ReaderError(Exception):
    """A problem with the user's input or environment, worded for the user.

    The message names the thing at fault (file, feed, article) and the reason.
    """
