"""Who may do what: the four roles and the permission each action needs.

A rule is data: ``GRANTS`` says which permissions each role holds; the
operation runner asks :func:`may` before it runs anything.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.core.vocab import LabelledEnum


class Role(LabelledEnum):
    """A user's role (stored by code in ``user_account.role``)."""

    CLERK = "clerk", "登记员"
    SUPERVISOR = "supervisor", "审核人"
    ADMIN = "admin", "管理员"
    VIEWER = "viewer", "只读"


class Permission(StrEnum):
    """What an operation needs; each is granted to roles in ``GRANTS``."""

    READ = "read"  # see the register (personal data masked for viewers)
    READ_PERSONAL = "read_personal"  # see ID numbers and phones in clear
    HANDLE = "handle"  # register, edit, record events, issue documents, appeals
    APPROVE_EXTENSION = "approve_extension"
    PUBLISH = "publish"  # mark statistics published
    EXPORT_PERSONAL = "export_personal"  # export or print citizens' data
    IMPORT = "import"  # import a ledger
    SETTINGS = "settings"  # agency settings, category/department lists
    CALENDAR = "calendar"  # holiday schedules
    USERS = "users"  # add, disable users, reset passwords
    AUDIT = "audit"  # read the audit trail
    BACKUP = "backup"
    RESTORE = "restore"


_CLERK = frozenset(
    {
        Permission.READ,
        Permission.READ_PERSONAL,
        Permission.HANDLE,
        Permission.EXPORT_PERSONAL,
        Permission.IMPORT,
        Permission.BACKUP,
    }
)
_SUPERVISOR = _CLERK | {Permission.APPROVE_EXTENSION, Permission.PUBLISH, Permission.AUDIT}

#: The permissions of each role. The administrator keeps the agency running (users,
#: settings, calendar, restore) and may do everything a supervisor does.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: frozenset({Permission.READ}),
    Role.CLERK: _CLERK,
    Role.SUPERVISOR: _SUPERVISOR,
    Role.ADMIN: frozenset(Permission),
}


def may(role: Role, permission: Permission) -> bool:
    """Whether ``role`` holds ``permission``."""
    return permission in GRANTS[role]


def mask(text: str, keep_start: int = 3, keep_end: int = 4) -> str:
    """An ID number or phone with its middle hidden: ``110105********1234``."""
    if len(text) <= keep_start + keep_end:
        return "*" * len(text)
    return text[:keep_start] + "*" * (len(text) - keep_start - keep_end) + text[-keep_end:]
