"""The ledger spreadsheet's pure rules: notations, vocabularies, problems, events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from desktop.core.ledger import (
    APPLICANT_ALIASES,
    CHANNEL_ALIASES,
    LEDGER_HEADERS,
    Column,
    LedgerProblem,
    LedgerRecord,
    check_ledger,
    parse_date,
    parse_dates,
    parse_result,
    parse_serial,
    read_header,
    record_cells,
    record_events,
    result_text,
    serial_regex,
)
from desktop.core.vocab import ApplicantType, Channel, EventKind, LetterKind, Outcome

TODAY = dt.date(2026, 11, 27)
HEADER = ("收到日期", "申请渠道", "申请人类型", "申请人", "申请内容", "答复日期", "办理结果")


def _row(**cells: object) -> dict[str, object]:
    base: dict[str, object] = {
        "收到日期": "2026-02-10",
        "申请渠道": "网络",
        "申请人类型": "自然人",
        "申请人": "张三",
        "申请内容": "某某文件",
    }
    return {**base, **cells}


def _check(
    *rows: dict[str, object], header: Sequence[str] = LEDGER_HEADERS
) -> tuple[list[LedgerRecord], list[LedgerProblem]]:
    body = [(i, [r.get(h) for h in header]) for i, r in enumerate(rows, start=2)]
    result = check_ledger(list(header), body, today=TODAY)
    return [r.record for r in result.rows], list(result.problems)


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-10",
        "2026/2/10",
        "2026.2.10",
        "2026年2月10日",
        "20260210",
        "  2026-02-10 ",
        dt.date(2026, 2, 10),
        dt.datetime(2026, 2, 10, 0, 0),
        20260210,
    ],
)
def test_every_date_notation_is_accepted(text: object) -> None:
    assert parse_date(text) == dt.date(2026, 2, 10)


@pytest.mark.parametrize("text", ["2026-02-30", "10/2/2026", "二月十日", "2026-2", "abc"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r".*"):
        parse_date(text)


def test_several_dates_in_one_cell() -> None:
    assert parse_dates("2026-02-10；2026/3/1") == (dt.date(2026, 2, 10), dt.date(2026, 3, 1))
    assert parse_dates("") == ()


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("当面", Channel.IN_PERSON),
        ("现场", Channel.IN_PERSON),
        ("当面申请", Channel.IN_PERSON),
        ("信函", Channel.POST),
        ("邮寄", Channel.POST),
        ("信件", Channel.POST),
        ("信函申请", Channel.POST),
        ("挂号信", Channel.POST),
        ("平信", Channel.POST),
        ("网络", Channel.ONLINE),
        ("网上", Channel.ONLINE),
        ("网上申请", Channel.ONLINE),
        ("网络申请", Channel.ONLINE),
        ("政府网站", Channel.ONLINE),
        ("在线申请", Channel.ONLINE),
        ("电子邮件", Channel.EMAIL),
        ("邮件", Channel.EMAIL),
        ("电子邮件申请", Channel.EMAIL),
        ("传真", Channel.FAX),
        ("传真申请", Channel.FAX),
        ("其他", Channel.OTHER),
    ],
)
def test_channel_notations(text: str, channel: Channel) -> None:
    assert CHANNEL_ALIASES[text] is channel
    records, problems = _check(_row(申请渠道=text))
    assert problems == []
    assert records[0].channel is channel


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("自然人", ApplicantType.NATURAL_PERSON),
        ("公民", ApplicantType.NATURAL_PERSON),
        ("个人", ApplicantType.NATURAL_PERSON),
        ("商业企业", ApplicantType.BUSINESS),
        ("企业", ApplicantType.BUSINESS),
        ("科研机构", ApplicantType.RESEARCH),
        ("社会公益组织", ApplicantType.PUBLIC_INTEREST),
        ("法律服务机构", ApplicantType.LEGAL_SERVICE),
        ("其他", ApplicantType.OTHER),
    ],
)
def test_applicant_type_notations(text: str, kind: ApplicantType) -> None:
    assert APPLICANT_ALIASES[text] is kind


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("予以公开", Outcome.DISCLOSED),
        ("部分公开", Outcome.PARTLY_DISCLOSED),
        ("属于国家秘密", Outcome.REFUSED_STATE_SECRET),
        ("不予公开-属于国家秘密", Outcome.REFUSED_STATE_SECRET),
        ("不予公开：属于国家秘密", Outcome.REFUSED_STATE_SECRET),
        ("（三）不予公开-1.属于国家秘密", Outcome.REFUSED_STATE_SECRET),
        ("本机关不掌握相关政府信息", Outcome.UNAVAILABLE_NOT_HELD),
        ("无法提供：本机关不掌握相关政府信息", Outcome.UNAVAILABLE_NOT_HELD),
        ("重复申请", Outcome.NOT_PROCESSED_REPEATED),
        ("不予处理-重复申请", Outcome.NOT_PROCESSED_REPEATED),
        ("其他", Outcome.OTHER_OTHER),
        ("其他处理-其他", Outcome.OTHER_OTHER),
        ("撤回", None),
        ("申请人撤回", None),
    ],
)
def test_result_notations(text: str, outcome: Outcome | None) -> None:
    assert parse_result(text) is outcome


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_outcome_label_round_trips(outcome: Outcome) -> None:
    assert parse_result(result_text(outcome, withdrawn=False)) is outcome


@pytest.mark.parametrize("text", ["同意", "不予公开-重复申请", "予以公开-属于国家秘密"])
def test_bad_results_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r".+"):
        parse_result(text)


def test_header_in_any_order_with_unknown_columns() -> None:
    header, problems, warnings = read_header(
        ["申请人", " 收到日期 ", "序号", "申请渠道*", "申请人类型", "申请内容", "答复期限"]
    )
    assert problems == []
    assert header.columns[Column.APPLICANT_NAME] == 0
    assert header.columns[Column.RECEIVED_ON] == 1
    assert header.columns[Column.CHANNEL] == 3
    assert warnings == ["未识别的列“序号”已忽略"]  # computed export columns pass silently


def test_missing_required_columns_are_reported() -> None:
    _, problems, _ = read_header(["收到日期", "申请人"])
    assert {p.column for p in problems} == {"申请渠道", "申请人类型", "申请内容"}
    assert {p.row_number for p in problems} == {1}


def test_every_problem_of_every_row_with_its_excel_row_number() -> None:
    records, problems = _check(
        _row(),  # row 2: fine
        _row(收到日期="2026-13-01", 申请渠道="飞鸽传书"),  # row 3
        _row(申请人="", 答复日期="2026-03-01"),  # row 4: no name, reply without result
        _row(收到日期="2026-12-01"),  # row 5: in the future
        _row(补正通知日期="2026-02-12", 答复日期="2026-03-01", 办理结果="予以公开"),  # row 6
        _row(答复日期="2026-02-01", 办理结果="予以公开"),  # row 7: reply before receipt
        _row(补正通知日期="2026-02-12", 补正收到日期="2026-02-11"),  # row 8
        _row(编号="A1"),
        _row(编号="A1"),  # rows 9 and 10: duplicate serial
    )
    found = {(p.row_number, p.column, p.value) for p in problems}
    assert found == {
        (3, "收到日期", "2026-13-01"),
        (3, "申请渠道", "飞鸽传书"),
        (4, "申请人", ""),
        (4, "办理结果", ""),
        (5, "收到日期", "2026-12-01"),
        (6, "答复日期", "2026-03-01"),
        (7, "答复日期", "2026-02-01"),
        (8, "补正收到日期", "2026-02-11"),
        (10, "编号", "A1"),
    }
    assert all(p.message for p in problems)
    assert len(records) == 3  # rows 2, 9 and 10 are good in themselves


def test_blank_rows_are_skipped() -> None:
    records, problems = _check(_row(), {}, _row())
    assert len(records) == 2
    assert problems == []


def test_events_from_a_full_row() -> None:
    records, problems = _check(
        _row(
            补正通知日期="2026-02-11",
            补正收到日期="2026-02-13",
            征求意见发出日期="2026-02-20",
            征求意见收到日期="2026-03-02",
            延期日期="2026-03-10",
            答复日期="2026-03-20",
            办理结果="部分公开",
        )
    )
    assert problems == []
    kinds = [e.kind for e in record_events(records[0])]
    assert kinds == [
        EventKind.RECEIVED,
        EventKind.CORRECTION_NOTICE,
        EventKind.CORRECTION_RECEIVED,
        EventKind.CONSULTATION_SENT,
        EventKind.CONSULTATION_REPLIED,
        EventKind.EXTENSION,
        EventKind.REPLY,
    ]
    assert record_events(records[0])[-1].data == {"outcome": "partly_disclosed"}
    assert record_events(records[0])[5].data["days"] == 20


@pytest.mark.parametrize(
    ("result", "kind"),
    [
        ("撤回", EventKind.WITHDRAWAL),
        ("其他", EventKind.REPLY),
        (Outcome.OTHER_UNPAID.label, EventKind.FEE_UNPAID),
    ],
)
def test_closing_events(result: str, kind: EventKind) -> None:
    records, problems = _check(_row(答复日期="2026-03-01", 办理结果=result))
    assert problems == []
    assert record_events(records[0])[-1].kind is kind


def test_abandonment_needs_an_open_correction_notice() -> None:
    label = Outcome.OTHER_ABANDONED.label
    records, problems = _check(
        _row(补正通知日期="2026-02-11", 答复日期="2026-03-20", 办理结果=label),
        _row(答复日期="2026-03-20", 办理结果=label),
    )
    assert record_events(records[0])[-1].kind is EventKind.ABANDONED
    assert [(p.row_number, p.column) for p in problems] == [(3, "答复日期")]


def test_record_cells_read_back_to_the_same_record() -> None:
    records, _ = _check(
        _row(
            编号="X-1",
            补正通知日期="2026-02-11；2026-02-20",
            补正收到日期="2026-02-13；2026-02-24",
            答复日期="2026-03-20",
            办理结果="撤回",
            备注="电话撤回",
        )
    )
    cells = record_cells(records[0])
    again, problems = _check(dict(zip(LEDGER_HEADERS, cells, strict=True)))
    assert problems == []
    assert again == records


def test_serials_in_the_agency_pattern() -> None:
    regex = serial_regex("〔{year}〕第{number:3}号")
    assert parse_serial(regex, "〔2026〕第012号", TODAY) == (2026, 12)
    assert parse_serial(regex, "2026-12", TODAY) is None
    assert parse_serial(serial_regex("NO.{number}"), "NO.7", TODAY) == (2026, 7)


# --- receipt on arrival (rules.md §2) and service on the reply day (§5) -------------------

REPLIED = {"答复日期": "2026-03-16", "办理结果": "予以公开"}


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ({"申请渠道": "挂号信", "到达日期": "2026-02-09"}, "到达日期"),
        ({"申请渠道": "EMS", "到达日期": "2026-02-09"}, "到达日期"),
        ({"申请渠道": "当面", "到达日期": "2026-02-09"}, "到达日期"),
        ({"申请渠道": "平信", "到达日期": "2026-02-09"}, None),  # received when confirmed
        ({"申请渠道": "网络", "到达日期": "2026-02-09"}, None),
        ({"申请渠道": "挂号信", "到达日期": "2026-02-10"}, None),
        ({"申请渠道": "挂号信", "到达日期": "2026-02-09", "日期说明": "周一补登"}, None),
        ({"申请渠道": "平信", "到达日期": "2026-02-11"}, "到达日期"),  # after the receipt
        ({**REPLIED, "送达方式": "当面送达", "送达日期": "2026-03-17"}, "送达日期"),
        ({**REPLIED, "送达方式": "当面送达", "送达日期": "2026-03-16"}, None),
        ({**REPLIED, "送达方式": "邮寄", "送达日期": "2026-03-19"}, None),  # for the record
        ({**REPLIED, "送达方式": "邮寄", "送达日期": "2026-03-13"}, "送达日期"),  # before
        ({**REPLIED, "送达日期": "2026-03-16"}, "送达日期"),  # no method
        ({"送达方式": "当面送达", "送达日期": "2026-03-16"}, "送达日期"),  # no reply
        (
            {**REPLIED, "送达方式": "当面送达", "送达日期": "2026-03-17", "日期说明": "核对无误"},
            None,
        ),
    ],
)
def test_dates_the_rules_tie_together_are_questioned(
    cells: dict[str, object], problem: str | None
) -> None:
    records, problems = _check(_row(**cells))
    assert [p.column for p in problems] == ([problem] if problem else [])
    assert len(records) == (0 if problem else 1)


def test_questioned_service_message() -> None:
    _, problems = _check(_row(**REPLIED, 送达方式="当面送达", 送达日期="2026-03-17"))
    assert problems[0].message.startswith("当面送达的，答复日期即申请人签收之日")
    assert "日期说明" in problems[0].message


def test_receipt_and_service_become_events() -> None:
    records, _ = _check(
        _row(**REPLIED, 申请渠道="挂号信", 到达日期="2026-02-09", 日期说明="周一补登",
             送达方式="当面送达", 送达日期="2026-03-16")
    )  # fmt: skip
    record = records[0]
    assert (record.letter_kind, record.arrived_on) == (LetterKind.REGISTERED, dt.date(2026, 2, 9))
    events = record_events(record)
    assert events[0].data == {"receipt_reason": "周一补登"}
    assert events[-2].kind is EventKind.REPLY
    assert events[-2].data["delivery"] == "in_person"
    assert (events[-1].kind, events[-1].on) == (EventKind.DELIVERY, dt.date(2026, 3, 16))
    again, problems = _check(dict(zip(LEDGER_HEADERS, record_cells(record), strict=True)))
    assert problems == []
    assert again == records
