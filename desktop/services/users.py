"""User accounts: the first administrator, adding, disabling, passwords, logging in.

Passwords are Argon2 hashes (argon2-cffi); a clear password is never stored or
logged. Five failed logins lock an account for 15 minutes; the time is passed
in (the database's or the caller's clock), never read here.
"""

from __future__ import annotations

import datetime as dt
import getpass
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import UserAccount
from desktop.core.roles import Role
from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.services.database import Database

MAX_FAILURES = 5
LOCK_OUT = dt.timedelta(minutes=15)
_hasher = PasswordHasher()


class UserRefused(UserError):
    """An unknown, disabled or locked user, a wrong password, or a refused change."""


@dataclass(frozen=True)
class Actor:
    """Who acts, from where: the user name, its role, the workstation."""

    name: str
    role: Role
    workstation: str


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    active: bool
    has_password: bool
    locked_until: dt.datetime | None


#: A change to the accounts, as the operation runner runs it.
UserWork = Callable[[Session], UserInfo]


def os_login() -> str:
    """The operating-system login (the default user of this workstation)."""
    try:
        return getpass.getuser() or "admin"
    except (OSError, KeyError):  # no login name in a bare container
        return "admin"


def workstation_name() -> str:
    return socket.gethostname() or "?"


def _info(account: UserAccount) -> UserInfo:
    return UserInfo(
        id=account.id,
        name=account.name,
        role=Role(account.role),
        active=account.active,
        has_password=bool(account.password_hash),
        locked_until=account.locked_until,
    )


def ensure_first_admin(session: Session, name: str) -> None:
    """A new database gets one administrator named ``name`` (the OS login)."""
    if session.scalar(select(func.count(UserAccount.id))) == 0:
        session.add(UserAccount(name=name, role=Role.ADMIN.value))
        session.flush()


def find_user(session: Session, name: str) -> UserAccount | None:
    return session.scalar(select(UserAccount).where(UserAccount.name == name))


def active_account(session: Session, name: str) -> UserAccount:
    """The enabled account called ``name``; ``UserRefused`` otherwise."""
    account = find_user(session, name)
    if account is None:
        raise UserRefused(f"没有名为“{name}”的用户")
    if not account.active:
        raise UserRefused(f"用户“{name}”已停用")
    return account


def list_users(session: Session) -> list[UserInfo]:
    return [_info(a) for a in session.scalars(select(UserAccount).order_by(UserAccount.name))]


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 100:
        raise UserRefused("用户名不能为空，且不超过 100 个字符")
    return name


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise UserRefused("密码至少 8 个字符")


def add_user(session: Session, *, name: str, role: Role, password: str = "") -> UserInfo:
    name = _check_name(name)
    if find_user(session, name) is not None:
        raise UserRefused(f"用户“{name}”已存在")
    if password:
        _check_password(password)
    account = UserAccount(
        name=name, role=role.value, password_hash=_hasher.hash(password) if password else ""
    )
    session.add(account)
    session.flush()
    return _info(account)


def set_role(session: Session, *, name: str, role: Role) -> UserInfo:
    account = active_account(session, name)
    if account.role == Role.ADMIN.value and role is not Role.ADMIN:
        _keep_one_admin(session)
    account.role = role.value
    return _info(account)


def _keep_one_admin(session: Session) -> None:
    admins = session.scalar(
        select(func.count(UserAccount.id)).where(
            UserAccount.role == Role.ADMIN.value, UserAccount.active.is_(True)
        )
    )
    if (admins or 0) <= 1:
        raise UserRefused("至少要保留一名启用的管理员")


def disable_user(session: Session, *, name: str) -> UserInfo:
    account = active_account(session, name)
    if account.role == Role.ADMIN.value:
        _keep_one_admin(session)
    account.active = False
    return _info(account)


def set_password(session: Session, *, name: str, password: str) -> UserInfo:
    account = active_account(session, name)
    _check_password(password)
    account.password_hash = _hasher.hash(password)
    account.failed_logins = 0
    account.locked_until = None
    return _info(account)


def authenticate(
    session: Session, *, name: str, password: str, now: dt.datetime, require_password: bool
) -> UserInfo:
    """Check a login; counts failures and locks after ``MAX_FAILURES`` (``UserRefused``).

    The caller commits even when this raises, so that the failure count is kept.
    """
    account = active_account(session, name)
    if account.locked_until is not None and account.locked_until > now:
        minutes = int((account.locked_until - now).total_seconds() // 60) + 1
        raise UserRefused(f"密码错误次数过多，账户已锁定，请 {minutes} 分钟后再试")
    if not require_password:  # login is optional: the name (the OS login) is enough
        return _info(account)
    try:
        if not account.password_hash:
            raise VerificationError
        _hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        account.failed_logins += 1
        if account.failed_logins >= MAX_FAILURES:
            account.failed_logins = 0
            account.locked_until = now + LOCK_OUT
            raise UserRefused("密码错误次数过多，账户已锁定 15 分钟") from None
        raise UserRefused("用户名或密码不正确") from None
    account.failed_logins = 0
    account.locked_until = None
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
    return _info(account)


def login_required(session: Session) -> bool:
    """On PostgreSQL always; on SQLite when the setting 要求登录 is on."""
    from desktop.services import settings as settings_service

    if session.get_bind().dialect.name == "postgresql":
        return True
    return bool(settings_service.get_setting(session, "require_login"))


def login(
    database: Database,
    *,
    name: str,
    password: str | None,
    workstation: str,
    now: dt.datetime,
) -> Actor:
    """Who acts: ``name`` checked (and its password when login is required).

    A refusal (unknown, disabled, locked, wrong password) is audited and raised as
    ``UserRefused``; the failure count is kept even though nothing else is written.
    """
    from desktop.services import audit

    refusal: UserRefused | None = None
    with database.session() as session:
        required = login_required(session)
        try:
            if required and password is None:
                raise UserRefused("需要登录：请输入密码")
            info = authenticate(
                session, name=name, password=password or "", now=now, require_password=required
            )
        except UserRefused as error:
            refusal = error
        if refusal is not None or required:
            audit.append(
                session,
                audit.AuditRecord(
                    user_name=name,
                    workstation=workstation,
                    action="login",
                    outcome="refused" if refusal else "ok",
                    object_kind="user",
                    object_ref=name,
                    after={"reason": str(refusal)} if refusal else None,
                ),
                at=now,
            )
    if refusal is not None:
        raise refusal
    return Actor(info.name, info.role, workstation)


def is_login_required(database: Database) -> bool:
    with database.session() as session:
        return login_required(session)


def approver_names(session: Session) -> list[str]:
    """The enabled accounts that may approve an extension (审核人, 管理员)."""
    from desktop.core.roles import Permission, may

    return [
        u.name
        for u in list_users(session)
        if u.active and may(u.role, Permission.APPROVE_EXTENSION)
    ]


def confirm_approver(
    session: Session, *, approver: str, password: str, acting_user: str, now: dt.datetime
) -> None:
    """An extension is approved by a supervisor's account, who confirms with a password.

    A supervisor approving their own request needs no second password; on a
    workstation without passwords (login optional, none set) the account is enough.
    """
    from desktop.core.roles import Permission, may

    account = active_account(session, approver)
    if not may(Role(account.role), Permission.APPROVE_EXTENSION):
        raise UserRefused(f"“{approver}”不是审核人，不能批准延期")
    if approver == acting_user:
        return
    if not account.password_hash and not login_required(session):
        return
    if not password:
        raise UserRefused("请批准人输入密码确认")
    authenticate(session, name=approver, password=password, now=now, require_password=True)
