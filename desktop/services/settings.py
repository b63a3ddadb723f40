"""Agency settings, declared once as data: key, default, label, how to check a value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Category, Department, Setting
from desktop.core.letters import DEFAULT_PREFIXES, prefix_setting
from desktop.core.serials import check_pattern
from desktop.core.vocab import DueKind
from desktop.errors import UserError

#: The two configurable lists share one shape.
ListModel = TypeVar("ListModel", Category, Department)


class NameList(StrEnum):
    """The configurable lists, named for callers that do not see the models (the UI)."""

    CATEGORY = "category"
    DEPARTMENT = "department"


_LIST_MODELS: dict[NameList, type[Category] | type[Department]] = {
    NameList.CATEGORY: Category,
    NameList.DEPARTMENT: Department,
}


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: str
    #: Returns a Chinese error message, or "" when the value is acceptable.
    check: Callable[[Any], str]
    #: For a setting that is a list of codes: every (code, Chinese label) allowed.
    choices: tuple[tuple[str, str], ...] = ()
    #: Where the settings dialog shows it ("" = with the agency and alerts).
    group: str = ""
    #: The largest value of an integer setting (the editor's range).
    maximum: int = 20


def _non_empty(value: Any) -> str:
    return "" if isinstance(value, str) and value.strip() else "不能为空"


def _threshold(value: Any) -> str:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 20
    return "" if ok else "须为 0 到 20 之间的整数"


def _time_of_day(value: Any) -> str:
    if isinstance(value, str) and len(value) == 5 and value[2] == ":":
        hours, minutes = value[:2], value[3:]
        if hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60:
            return ""
    return "须为 HH:MM 格式的时间"


def _alert_kinds(value: Any) -> str:
    codes = {k.value for k in DueKind}
    ok = isinstance(value, list) and all(isinstance(v, str) and v in codes for v in value)
    return "" if ok else "提醒事项无效"


#: The settings group of the letters (文书).
LETTERS = "文书"


def _boolean(value: Any) -> str:
    return "" if isinstance(value, bool) else "须为是或否"


def _folder(value: Any) -> str:
    return "" if isinstance(value, str) and len(value) <= 400 else "文件夹路径过长"


def _keep(value: Any) -> str:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 365
    return "" if ok else "须为 1 到 365 之间的整数"


def _name(value: Any) -> str:
    """An optional name printed in documents: text of at most 100 characters."""
    if not isinstance(value, str):
        return "须为文字"
    return "" if len(value.strip()) <= 100 else "不能超过100字"


#: The agency name shipped as default: documents must never be published with it.
PLACEHOLDER_AGENCY = "某某市人民政府办公室"


def _agency_name(value: Any) -> str:
    return _non_empty(value) or _name(value)


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("agency_name", PLACEHOLDER_AGENCY, "机关名称", _agency_name),
    SettingSpec("serial_pattern", "〔{year}〕第{number}号", "申请编号格式", check_pattern),
    SettingSpec("due_soon_days", 5, "即将到期提醒（工作日）", _threshold),
    SettingSpec("alert_time", "09:00", "每日提醒时间", _time_of_day),
    # Correction-notice windows are opt-in: every new application has one for its
    # first 7 working days, and alerting them all would bury what is really late.
    SettingSpec(
        "alert_kinds",
        [k.value for k in DueKind if k is not DueKind.CORRECTION_NOTICE],
        "提醒事项",
        _alert_kinds,
        tuple((k.value, k.label) for k in DueKind),
    ),
    # Names the letters print (letters.md §3): the remedy clause names the people's
    # government that hears reconsideration, before 2024 also the superior department.
    SettingSpec(
        "review_body", "某某市人民政府", "行政复议机关（本级人民政府）", _non_empty, group=LETTERS
    ),
    SettingSpec(
        "superior_body",
        "某某省某某厅",
        "上一级主管部门（2024年以前的答复书）",
        _non_empty,
        group=LETTERS,
    ),
    SettingSpec("court", "某某市某某区人民法院", "管辖法院", _non_empty, group=LETTERS),
    SettingSpec("agency_contact", "0000-00000000", "文书中的联系方式", _non_empty, group=LETTERS),
    *(
        SettingSpec(
            prefix_setting(kind), prefix, f"{kind.label}编号前缀", _non_empty, group=LETTERS
        )
        for kind, prefix in DEFAULT_PREFIXES.items()
    ),
    # On SQLite a workstation may run as its OS login; on PostgreSQL login is always on.
    SettingSpec("require_login", False, "要求登录（用户名和密码）", _boolean),
    SettingSpec("backup_folder", "", "自动备份文件夹（空：数据库旁的 backups）", _folder),
    SettingSpec("backup_keep", 30, "自动备份保留份数", _keep, maximum=365),
)
SETTINGS_BY_KEY = {spec.key: spec for spec in SETTINGS}

DEFAULT_CATEGORIES = (
    "行政许可",
    "行政处罚",
    "规划建设",
    "土地征收",
    "财政资金",
    "安全生产执法",
    "环境保护",
    "社会保障",
    "事故调查",
    "应急救援",
    "其他",
)
DEFAULT_DEPARTMENTS = (
    "办公室",
    "政策法规科",
    "综合业务科",
    "执法监督科",
    "财务科",
    "规划发展科",
)


class SettingError(UserError, ValueError):
    """A setting value that does not pass its check (message in Chinese)."""


def seed_defaults(session: Session) -> None:
    """Fill the category and department lists on first start (never afterwards)."""
    if session.scalar(select(Category.id).limit(1)) is None:
        session.add_all(Category(name=n, position=i) for i, n in enumerate(DEFAULT_CATEGORIES))
    if session.scalar(select(Department.id).limit(1)) is None:
        session.add_all(Department(name=n, position=i) for i, n in enumerate(DEFAULT_DEPARTMENTS))


def get_settings(session: Session) -> dict[str, Any]:
    """Every declared setting, stored value or default."""
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    return {spec.key: stored.get(spec.key, spec.default) for spec in SETTINGS}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return SETTINGS_BY_KEY[key].default if row is None else row.value


def save_settings(session: Session, values: dict[str, Any]) -> None:
    """Validate every value first, then store them all (nothing stored on error)."""
    problems = []
    for key, value in values.items():
        spec = SETTINGS_BY_KEY[key]
        if message := spec.check(value):
            problems.append(f"{spec.label}：{message}")
    if problems:
        raise SettingError("；".join(problems))
    for key, value in values.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


#: The names the first-run setup asks for (documents need them).
SETUP_KEYS = ("agency_name", "review_body", "superior_body", "court")


def needs_setup(session: Session) -> bool:
    """True while the agency name is still the shipped placeholder (first start)."""
    return str(get_setting(session, "agency_name")).strip() == PLACEHOLDER_AGENCY


def parse_setting_text(key: str, text: str) -> Any:
    """A value typed as text (command line) converted to the setting's type, then checked.

    Raises :class:`SettingError` with one Chinese line for an unknown key or a bad value.
    """
    spec = SETTINGS_BY_KEY.get(key)
    if spec is None:
        raise SettingError(f"没有名为“{key}”的设置项")
    value: Any = text.strip()
    if isinstance(spec.default, int):
        try:
            value = int(value)
        except ValueError:
            raise SettingError(f"{spec.label}：须为整数") from None
    elif isinstance(spec.default, list):
        value = [v.strip() for v in text.replace("，", ",").split(",") if v.strip()]
    if message := spec.check(value):
        raise SettingError(f"{spec.label}：{message}")
    return value


def list_names(session: Session, model: type[ListModel]) -> list[str]:
    """Active names of a configurable list, in display order."""
    query = select(model.name).where(model.active).order_by(model.position, model.name)
    return list(session.scalars(query))


def save_names(session: Session, model: type[ListModel], names: list[str]) -> None:
    """Replace a configurable list: kept names keep their id, removed ones are deactivated.

    Rows are never deleted, since applications refer to them.
    """
    cleaned = [n.strip() for n in names if n.strip()]
    if len(set(cleaned)) != len(cleaned):
        raise SettingError("列表中有重复的名称")
    existing = {row.name: row for row in session.scalars(select(model))}
    for row in existing.values():
        row.active = False
    for position, name in enumerate(cleaned):
        kept = existing.get(name)
        if kept is None:
            session.add(model(name=name, position=position, active=True))
        else:
            kept.active, kept.position = True, position


def ensure_name(session: Session, model: type[ListModel], name: str) -> int:
    """The id of ``name`` in a configurable list, adding it at the end when new."""
    row = session.scalar(select(model).where(model.name == name))
    if row is None:
        count = len(list(session.scalars(select(model.id))))
        row = model(name=name, position=count, active=True)
        session.add(row)
        session.flush()
    return row.id


def names_of(session: Session, which: NameList) -> list[str]:
    """Active names of the category or department list, in display order."""
    model = _LIST_MODELS[which]
    return list_names(session, Category) if model is Category else list_names(session, Department)


def replace_names(session: Session, which: NameList, names: list[str]) -> None:
    """Replace the category or department list (see :func:`save_names`)."""
    if _LIST_MODELS[which] is Category:
        save_names(session, Category, names)
    else:
        save_names(session, Department, names)


def save_settings_and_lists(
    session: Session,
    values: dict[str, Any],
    lists: Sequence[tuple[str, NameList, list[str]]],
) -> None:
    """The settings dialog's save: values and lists together; a list's refusal names it.

    ``lists`` holds (title shown to the user, which list, the names in order).
    """
    save_settings(session, values)
    for title, which, names in lists:
        try:
            replace_names(session, which, names)
        except SettingError as error:
            raise SettingError(f"{title}：{error}") from error
