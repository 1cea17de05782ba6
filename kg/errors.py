"""User-facing errors: the CLI prints them as one line and exits non-zero."""


class KgError(Exception):
    """Bad input or a state the user can fix (missing file, invalid query, ...).

    The message is one line and names what is wrong; the CLI prints
    ``error: <message>`` on stderr and exits with ``exit_code``.
    """

    exit_code = 1


class InputError(KgError):
    """A file, folder or record the user gave cannot be used."""

    exit_code = 2


class Terminated(BaseException):
    """SIGTERM arrived during a long run (a build).  Like KeyboardInterrupt
    it is no Exception, so the same clean-up runs and nothing swallows it;
    the CLI says "terminated" and exits 143."""

    exit_code = 143
