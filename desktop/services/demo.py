"""Realistic synthetic applications for demonstrations and benchmarks.

Mixes follow what agencies publish: most applications arrive online, some by
letter, few in person; most applicants are natural persons. Every application
gets a complete, valid event history (corrections, consultations, extensions,
fees, replies with every result category, withdrawals, some late, some open),
and its derived columns are computed by the same core functions as typed data.
Rows are bulk-inserted: 100,000 applications take seconds, not minutes.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import itertools
import os
import random
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar, cast

from sqlalchemy import Table, exists, insert, select
from sqlalchemy.orm import Session

from db.bulk import BulkInsert
from db.models import Appeal, Application, ApplicationEvent, Category, Department, utcnow
from desktop.core.calendar import SpecialDay, WorkCalendar
from desktop.core.deadlines import ClockEvent, Deadlines, compute_deadlines
from desktop.core.lifecycle import derive_progress
from desktop.core.names import applicant_sort_key
from desktop.core.serials import format_serial
from desktop.core.validation import credit_code_checksum, id_card_checksum
from desktop.core.vocab import (
    AppealKind,
    AppealOutcome,
    ApplicantType,
    Channel,
    ConsultedParty,
    DeliveryMethod,
    EventKind,
    LetterKind,
    Outcome,
    OutcomeGroup,
    PreferredForm,
)
from desktop.services import settings as settings_service
from desktop.services.applications import allocate_serial_number, reserve_serial_number
from desktop.services.calendar import load_calendar
from desktop.services.derived import derived_values

T = TypeVar("T")

CHANNEL_MIX = {
    Channel.ONLINE: 68,
    Channel.POST: 17,
    Channel.IN_PERSON: 6,
    Channel.EMAIL: 5,
    Channel.FAX: 1,
    Channel.OTHER: 3,
}
APPLICANT_MIX = {
    ApplicantType.NATURAL_PERSON: 86,
    ApplicantType.BUSINESS: 8,
    ApplicantType.RESEARCH: 1,
    ApplicantType.PUBLIC_INTEREST: 1,
    ApplicantType.LEGAL_SERVICE: 3,
    ApplicantType.OTHER: 1,
}
OUTCOME_MIX = {
    Outcome.DISCLOSED: 380,
    Outcome.PARTLY_DISCLOSED: 130,
    Outcome.REFUSED_STATE_SECRET: 4,
    Outcome.REFUSED_PROHIBITED_BY_LAW: 6,
    Outcome.REFUSED_THREE_SAFETIES: 5,
    Outcome.REFUSED_THIRD_PARTY: 14,
    Outcome.REFUSED_INTERNAL_AFFAIRS: 12,
    Outcome.REFUSED_PROCESS_INFO: 20,
    Outcome.REFUSED_ENFORCEMENT_FILE: 10,
    Outcome.REFUSED_QUERY_MATTER: 15,
    Outcome.UNAVAILABLE_NOT_HELD: 190,
    Outcome.UNAVAILABLE_NEEDS_CREATION: 30,
    Outcome.UNAVAILABLE_STILL_UNCLEAR: 18,
    Outcome.NOT_PROCESSED_PETITION: 50,
    Outcome.NOT_PROCESSED_REPEATED: 40,
    Outcome.NOT_PROCESSED_PUBLICATION: 8,
    Outcome.NOT_PROCESSED_EXCESSIVE: 6,
    Outcome.NOT_PROCESSED_CONFIRMATION: 12,
    Outcome.OTHER_OTHER: 10,
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宇鹏浩凯晨欣怡梓涵子轩雨婷佳琪思远志国海燕春梅丹俊峰斌波宁慧颖"
PLACES = (
    "城关镇",
    "东湖街道",
    "西城区",
    "高新区",
    "南湖新区",
    "北关村",
    "临江镇",
    "经开区",
    "长安路",
    "人民路",
    "解放街道",
    "滨江新城",
    "青山乡",
    "河西片区",
)
SUBJECTS = (
    "房屋征收补偿方案",
    "集体土地征收批复文件",
    "建设项目环境影响评价批复",
    "安全生产行政处罚决定书",
    "事故调查报告",
    "道路改造工程招标文件",
    "专项资金拨付明细",
    "行政许可审批材料",
    "应急救援预案",
    "危险化学品经营许可证发放情况",
    "规划许可证及附图",
    "拆迁安置补偿协议",
    "企业安全生产标准化评审结果",
    "地质灾害隐患排查报告",
    "防汛抗旱物资采购合同",
    "执法检查记录",
    "信访事项处理意见书",
    "政府常务会议纪要",
    "财政预算执行情况",
    "养老保险缴费基数核定依据",
)
ORG_KINDS = {
    ApplicantType.BUSINESS: ("有限公司", "股份有限公司", "建设工程有限公司", "科技有限公司"),
    ApplicantType.RESEARCH: ("研究院", "大学法学院", "研究所"),
    ApplicantType.PUBLIC_INTEREST: ("环保志愿者协会", "公益基金会", "消费者权益保护协会"),
    ApplicantType.LEGAL_SERVICE: ("律师事务所", "法律服务所"),
    ApplicantType.OTHER: ("村民委员会", "业主委员会", "个体工商户"),
}
CHUNK = 5000  # applications per bulk insert (and per commit with ``commit_chunks``)
_PR_SET_PDEATHSIG = 1  # linux/prctl.h

AREA_CODES = ("110101", "310104", "420106", "440305", "510107", "330106", "320102", "610113")


class DemoRefused(ValueError):
    """The demo cannot be generated as asked (message in Chinese, nothing written)."""


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    events: int
    first_received: dt.date
    last_received: dt.date


class _Mix(Generic[T]):
    """A weighted choice, prepared once (``random.choices`` with cumulative weights)."""

    def __init__(self, weights: dict[T, int]) -> None:
        self.population = list(weights)
        self.cumulative = list(itertools.accumulate(weights.values()))

    def pick(self, rng: random.Random) -> T:
        return rng.choices(self.population, cum_weights=self.cumulative)[0]


CHANNELS, APPLICANTS, OUTCOMES = _Mix(CHANNEL_MIX), _Mix(APPLICANT_MIX), _Mix(OUTCOME_MIX)
LETTER_KINDS = tuple(k.value for k in LetterKind)
PREFERRED_FORMS = tuple(f.value for f in PreferredForm)
DELIVERIES = tuple(DeliveryMethod)[:3]


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2))))


def _id_card(rng: random.Random) -> str:
    birth = f"{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first17 = f"{rng.choice(AREA_CODES)}{birth}{rng.randrange(1000):03d}"
    return first17 + id_card_checksum(first17)


def _credit_code(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    first17 = "91" + rng.choice(AREA_CODES) + "".join(rng.choices(chars, k=9))
    return first17 + credit_code_checksum(first17)


class _Builder:
    """Builds one application's row values and events."""

    def __init__(self, rng: random.Random, calendar: WorkCalendar, today: dt.date) -> None:
        self.rng, self.calendar, self.today = rng, calendar, today

    def wd(self, start: dt.date, n: int) -> dt.date:
        return self.calendar.add_workdays(start, max(1, n))

    def service_day(self, reply_on: dt.date, method: DeliveryMethod) -> dt.date:
        """When the reply reached the applicant (rules.md §5).

        In person the reply date *is* the day the applicant signs, and an electronic
        reply arrives when sent: the service falls on the reply day. A posted reply
        counts from the posting day; its delivery, days later, is kept for the record.
        """
        if method is DeliveryMethod.POST:
            return self.wd(reply_on, self.rng.randint(1, 3))
        return reply_on

    def arrival(
        self, channel: Channel, letter_kind: str | None, received: dt.date
    ) -> dt.date | None:
        """When the application physically arrived, where it can differ from receipt (§2).

        A registered letter counts from the day the agency signs for it, so its
        arrival *is* its receipt; an ordinary letter, an online or a faxed application
        counts from the day both sides confirm, which can be later.
        """
        if channel is Channel.POST and letter_kind == LetterKind.REGISTERED.value:
            return received
        if channel in (Channel.POST, Channel.ONLINE, Channel.FAX):
            return received - dt.timedelta(days=self.rng.randint(0, 3))
        return None

    def applicant(self, kind: ApplicantType) -> dict[str, Any]:
        rng = self.rng
        if kind is ApplicantType.NATURAL_PERSON:
            name, id_number = _person(rng), _id_card(rng)
        else:
            stem = rng.choice(PLACES)[:2] + rng.choice("华兴达盛安泰和源信诚")
            name, id_number = stem + rng.choice(ORG_KINDS[kind]), _credit_code(rng)
        return {
            "applicant_name": name,
            "applicant_sort_key": applicant_sort_key(name),
            "id_number": id_number if rng.random() < 0.8 else "",
            "phone": f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
            "address": f"{rng.choice(PLACES)}{rng.randrange(1, 300)}号",
            "email": f"user{rng.randrange(10**6)}@example.cn" if rng.random() < 0.3 else "",
        }

    def events(self, received: dt.date) -> tuple[list[ClockEvent], Deadlines | None]:
        """A plausible history, stopping at today, and its deadlines when already computed.

        The reply, delivery and archiving added after the deadlines were computed do not
        move them, so the caller need not compute them again.
        """
        rng, today = self.rng, self.today
        events = [ClockEvent(EventKind.RECEIVED, received)]
        start = received

        def add(kind: EventKind, on: dt.date, **data: Any) -> bool:
            if on > today:
                return False
            events.append(ClockEvent(kind, on, data))
            return True

        if rng.random() < 0.03:  # withdrawn early
            add(EventKind.WITHDRAWAL, self.wd(received, rng.randint(1, 8)))
            return events, None
        if rng.random() < 0.08:
            notice = self.wd(received, rng.randint(1, 7))
            period = rng.choice((10, 15))
            if not add(EventKind.CORRECTION_NOTICE, notice, period_days=period):
                return events, None
            if rng.random() < 0.15:
                add(EventKind.ABANDONED, self.wd(notice, period + rng.randint(1, 5)))
                return events, None
            corrected = self.wd(notice, rng.randint(2, period))
            if not add(EventKind.CORRECTION_RECEIVED, corrected):
                return events, None
            start = corrected
        # Each later step happens after the previous one (``last``), as a clerk records them.
        last = start
        if rng.random() < 0.10:
            sent = self.wd(last, rng.randint(2, 8))
            party = rng.choice(list(ConsultedParty))
            name = "相关企业" if party is ConsultedParty.THIRD_PARTY else "市自然资源局"
            if not add(EventKind.CONSULTATION_SENT, sent, party=party.value, party_name=name):
                return events, None
            last = self.wd(sent, rng.randint(3, 15))  # answered, or the 15 days ran out
            if not add(EventKind.CONSULTATION_REPLIED, last):
                return events, None
        if rng.random() < 0.01:
            notice = self.wd(last, rng.randint(1, 5))
            if not add(EventKind.FEE_NOTICE, notice, amount=rng.choice((100, 200, 400))):
                return events, None
            if rng.random() < 0.25:
                add(EventKind.FEE_UNPAID, self.wd(notice, 21))
                return events, None
            last = self.wd(notice, rng.randint(1, 10))
            if not add(EventKind.FEE_PAID, last):
                return events, None
        if rng.random() < 0.12:
            normal_due = compute_deadlines(received, events, self.calendar).due
            on = max(last, self.wd(start, rng.randint(14, 19)))
            if on <= min(today, normal_due):  # approved before the normal deadline
                add(
                    EventKind.EXTENSION,
                    on,
                    approver="办公室主任",
                    notified_on=on.isoformat(),
                    days=20,
                )
                last = on
        deadlines = compute_deadlines(received, events, self.calendar)
        due = deadlines.effective_due
        if due is None:
            return events, deadlines
        if (today - received).days < 120 and rng.random() < 0.03:
            return events, deadlines  # forgotten: open and, sooner or later, overdue
        span = self.calendar.workdays_between(start, due)
        if rng.random() < 0.035:  # late reply
            reply_on = self.wd(due, rng.randint(1, 12))
        elif rng.random() < 0.15:  # on the spot or within days
            reply_on = self.wd(start, rng.randint(1, 3))
        else:
            reply_on = self.wd(start, rng.randint(max(1, span // 3), max(1, span)))
        reply_on = max(reply_on, last)
        outcome = OUTCOMES.pick(rng)
        delivery = rng.choice(DELIVERIES)
        if not add(EventKind.REPLY, reply_on, outcome=outcome.value, delivery=delivery.value):
            return events, deadlines
        add(EventKind.DELIVERY, self.service_day(reply_on, delivery), method=delivery.value)
        if (today - reply_on).days > 90:
            add(EventKind.ARCHIVE, self.wd(reply_on, rng.randint(10, 40)))
        return events, deadlines


def _receipt_dates(rng: random.Random, n: int, first: dt.date, last: dt.date) -> list[dt.date]:
    span = (last - first).days
    return sorted(first + dt.timedelta(days=rng.randrange(span + 1)) for _ in range(n))


@dataclass(frozen=True)
class _Chunk:
    """Everything a worker process needs to build a run of applications."""

    index: int
    seed: int
    today: dt.date
    now: dt.datetime
    dates: tuple[dt.date, ...]
    numbers: tuple[int, ...]
    pattern: str
    categories: tuple[int, ...]
    departments: tuple[int, ...]
    special_days: tuple[SpecialDay, ...]
    loaded_years: tuple[int, ...]


class _Rows(NamedTuple):
    """One chunk's rows. Events and appeals name their application by its position in
    ``applications`` (key ``application_index``): the database numbers the applications
    when they are inserted, and the caller maps positions to those ids."""

    applications: list[dict[str, Any]]
    events: list[dict[str, Any]]
    appeals: list[dict[str, Any]]


#: Appeals follow refusals far more often than disclosures.
_APPEAL_RATE = {
    OutcomeGroup.REFUSED: 0.06,
    OutcomeGroup.UNAVAILABLE: 0.03,
    OutcomeGroup.NOT_PROCESSED: 0.03,
    OutcomeGroup.PARTLY_DISCLOSED: 0.02,
}
_APPEAL_KINDS = _Mix(
    {
        AppealKind.RECONSIDERATION: 60,
        AppealKind.LITIGATION_DIRECT: 25,
        AppealKind.LITIGATION_AFTER_RECONSIDERATION: 15,
    }
)
_APPEAL_OUTCOMES = _Mix(
    {AppealOutcome.UPHELD: 70, AppealOutcome.CORRECTED: 20, AppealOutcome.OTHER: 10}
)


def _appeal(
    rng: random.Random,
    app_index: int,
    outcome: Outcome,
    replied: dt.date,
    today: dt.date,
    now: dt.datetime,
) -> dict[str, Any] | None:
    """A reconsideration or lawsuit against some replies (table 四), decided or pending."""
    if rng.random() >= _APPEAL_RATE.get(outcome.group, 0.0):
        return None
    filed = replied + dt.timedelta(days=rng.randint(10, 55))
    if filed > today:
        return None
    decided = filed + dt.timedelta(days=rng.randint(60, 300))
    done = decided <= today
    return {
        "application_index": app_index,
        "kind": _APPEAL_KINDS.pick(rng).value,
        "filed_on": filed,
        "outcome": (_APPEAL_OUTCOMES.pick(rng) if done else AppealOutcome.PENDING).value,
        "decided_on": decided if done else None,
        "notes": "",
        "created_at": now,
        "version": 1,
    }


_calendars: dict[tuple[tuple[SpecialDay, ...], tuple[int, ...]], WorkCalendar] = {}


def _build_chunk(chunk: _Chunk) -> _Rows:
    """Rows of applications and events for one chunk (runs in a worker process)."""
    key = (chunk.special_days, chunk.loaded_years)
    calendar = _calendars.get(key) or _calendars.setdefault(
        key, WorkCalendar(chunk.special_days, chunk.loaded_years)
    )
    rng = random.Random(f"{chunk.seed}:{chunk.index}")
    builder = _Builder(rng, calendar, chunk.today)
    apps: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    appeals: list[dict[str, Any]] = []
    for app_index, (received, number) in enumerate(zip(chunk.dates, chunk.numbers, strict=True)):
        channel = CHANNELS.pick(rng)
        kind = APPLICANTS.pick(rng)
        events, known = builder.events(received)
        deadlines = known or compute_deadlines(received, events, calendar)
        progress = derive_progress(events)
        letter_kind = rng.choice(LETTER_KINDS) if channel is Channel.POST else None
        arrived = builder.arrival(channel, letter_kind, received)
        apps.append(
            {
                "serial": format_serial(chunk.pattern, received.year, number),
                "serial_year": received.year,
                "serial_number": number,
                "channel": channel.value,
                "letter_kind": letter_kind,
                "arrived_on": arrived,
                "received_on": received,
                "applicant_type": kind.value,
                **builder.applicant(kind),
                "content": f"申请公开{rng.choice(PLACES)}{rng.choice(SUBJECTS)}",
                "category_id": rng.choice(chunk.categories) if chunk.categories else None,
                "department_id": rng.choice(chunk.departments) if chunk.departments else None,
                "preferred_form": rng.choice(PREFERRED_FORMS),
                "preferred_delivery": rng.choice(DELIVERIES).value,
                "notes": "",
                **derived_values(deadlines, progress),
                "created_at": chunk.now,
                "updated_at": chunk.now,
                "version": 1,
            }
        )
        event_rows.extend(
            {
                "application_index": app_index,
                "kind": e.kind.value,
                "occurred_on": e.on,
                "data": dict(e.data),
                "recorded_by": "演示数据",
                "recorded_at": chunk.now,
                "void_reason": "",
            }
            for e in events
        )
        if progress.outcome is not None and progress.closed_on is not None:
            appeal = _appeal(
                rng, app_index, progress.outcome, progress.closed_on, chunk.today, chunk.now
            )
            if appeal is not None:
                appeals.append(appeal)
    return _Rows(apps, event_rows, appeals)


def _serial_numbers(session: Session, dates: Sequence[dt.date]) -> list[int]:
    """Consecutive serial numbers per year, reserved in the counter."""
    last: dict[int, int] = {}
    numbers = []
    for day in dates:
        if day.year not in last:
            last[day.year] = allocate_serial_number(session, day.year) - 1
        last[day.year] += 1
        numbers.append(last[day.year])
    for year, number in last.items():
        reserve_serial_number(session, year, number)
    return numbers


def _die_with_parent(parent: int) -> None:
    """Worker initializer: the worker never outlives the process that started it.

    On Linux the kernel kills it when its parent dies (``PR_SET_PDEATHSIG``); elsewhere,
    and as a second guard, a thread checks every second that the parent is still there.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _built_chunks(
    chunks: list[_Chunk],
) -> Iterator[_Rows]:
    """The chunks' rows in order; built one chunk ahead in a worker process when it pays.

    On two cores the worker builds the next chunk while this process inserts the
    previous one, which nearly halves the time of a large demo. The worker dies
    with this process (:func:`_die_with_parent`).
    """
    if len(chunks) < 3:
        yield from map(_build_chunk, chunks)
        return
    pool = ProcessPoolExecutor(max_workers=1, initializer=_die_with_parent, initargs=(os.getpid(),))
    try:
        ahead = deque(pool.submit(_build_chunk, c) for c in chunks[:2])
        for chunk in chunks[2:]:
            done = ahead.popleft()
            ahead.append(pool.submit(_build_chunk, chunk))
            yield done.result()
        while ahead:
            yield ahead.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _insert_rows(session: Session, rows: _Rows) -> None:
    """Insert one chunk; the database numbers the applications (its sequence on PostgreSQL)."""
    table = cast(Table, Application.__table__)
    ids = (
        session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            rows.applications,
        )
        .scalars()
        .all()
    )

    def with_id(row: dict[str, Any]) -> dict[str, Any]:
        linked = dict(row)
        linked["application_id"] = ids[linked.pop("application_index")]
        return linked

    # One executemany per table at the driver's speed (db/bulk.py), whatever the None values.
    for model, dependent in ((ApplicationEvent, rows.events), (Appeal, rows.appeals)):
        linked = [with_id(row) for row in dependent]
        if linked:
            table = cast(Table, model.__table__)
            BulkInsert(session.connection(), table, list(linked[0])).mappings(linked)


def generate_demo(
    session: Session,
    *,
    requests: int,
    seed: int = 1,
    today: dt.date,
    years: int = 7,
    append: bool = False,
    commit_chunks: bool = False,
) -> DemoSummary:
    """Add ``requests`` synthetic applications received over the last ``years`` years.

    A register that already holds applications is refused unless ``append``: demo data
    must never mix with real cases by accident. With ``commit_chunks`` each chunk of
    :data:`CHUNK` applications is committed on its own (``session`` must then not be
    inside a ``begin()`` block), so that other workstations can write in between
    instead of waiting for the whole job.
    """
    if requests < 1:
        raise DemoRefused("申请数量必须大于 0")
    if not append and session.scalar(select(exists().select_from(Application))):
        raise DemoRefused("该数据库已有申请记录，演示数据不会写入真实台账；确需追加请使用 --append")
    calendar = load_calendar(session)
    dates = _receipt_dates(
        random.Random(seed), requests, dt.date(today.year - years + 1, 1, 1), today
    )
    numbers = _serial_numbers(session, dates)
    categories = tuple(session.scalars(select(Category.id).where(Category.active)))
    departments = tuple(session.scalars(select(Department.id).where(Department.active)))
    pattern = str(settings_service.get_setting(session, "serial_pattern"))
    special = tuple(sorted(calendar.special.values(), key=lambda d: d.day))
    loaded = tuple(sorted(calendar.loaded_years))
    now = utcnow()
    if commit_chunks:
        session.commit()  # the serial numbers are reserved: never handed out twice
    chunks = [
        _Chunk(
            i // CHUNK,
            seed,
            today,
            now,
            tuple(dates[i : i + CHUNK]),
            tuple(numbers[i : i + CHUNK]),
            pattern,
            categories,
            departments,
            special,
            loaded,
        )
        for i in range(0, requests, CHUNK)
    ]
    events = 0
    for rows in _built_chunks(chunks):
        _insert_rows(session, rows)
        if commit_chunks:
            session.commit()
        events += len(rows.events)
    return DemoSummary(requests, events, dates[0], dates[-1])
