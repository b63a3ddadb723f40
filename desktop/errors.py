"""The one base of every error a user may see.

A ``UserError``'s message is one Chinese line meant for the clerk; anything
else that escapes a service is a programming error, logged and never shown
as text. It lives here, below every layer, so that core (calendar ranges),
reports (unbalanced figures) and services can all derive from it without
importing one another.
"""

from __future__ import annotations


class UserError(Exception):
    """A refusal or problem the user can act on; ``str(error)`` is the Chinese message."""
