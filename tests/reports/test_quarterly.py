"""The quarterly statistics PDF: text, fonts, pages, checks, and no personal data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Application
from desktop.core.statistics import PeriodStatistics, StatRecord, period_statistics
from desktop.core.vocab import ApplicantType, Channel, Outcome
from desktop.reports.layout import ReportCheckFailed
from desktop.reports.quarterly import render_quarterly_pdf
from desktop.services.demo import generate_demo
from desktop.services.statistics import quarterly_statistics
from tests.conftest import TODAY

AGENCY = "某某市人民政府办公室"
Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
GENERATED = dt.date(2026, 11, 27)


def _record(
    kind: ApplicantType,
    channel: Channel,
    received: dt.date,
    closed: dt.date | None = None,
    outcome: Outcome | None = None,
    *,
    on_time: bool | None = None,
    category: str = "行政许可",
) -> StatRecord:
    replied = outcome is not None and outcome not in (
        Outcome.OTHER_ABANDONED,
        Outcome.OTHER_UNPAID,
        Outcome.OTHER_OTHER,
    )
    return StatRecord(kind, channel, category, received, closed, outcome, on_time, replied)


def _records() -> list[StatRecord]:
    person, firm = ApplicantType.NATURAL_PERSON, ApplicantType.BUSINESS
    july, aug = dt.date(2026, 7, 6), dt.date(2026, 8, 3)
    replies = [
        _record(person, Channel.ONLINE, july, aug, Outcome.DISCLOSED, on_time=i != 0)
        for i in range(7)
    ]
    return [
        *replies,  # with the carried-over reply below: 8 replies, 7 on time
        _record(firm, Channel.POST, july, aug, Outcome.OTHER_ABANDONED, category="规划建设"),
        _record(firm, Channel.EMAIL, aug, None, category="规划建设"),
        _record(
            person,
            Channel.IN_PERSON,
            dt.date(2026, 6, 2),
            july,
            Outcome.PARTLY_DISCLOSED,
            on_time=True,
        ),
        _record(ApplicantType.RESEARCH, Channel.FAX, dt.date(2026, 5, 5), None),
    ]


def _stats(records: list[StatRecord] | None = None) -> PeriodStatistics:
    return period_statistics(_records() if records is None else records, *Q3, agency=AGENCY)


def _pdf(tmp_path: Path, stats: PeriodStatistics) -> Path:
    path = tmp_path / "quarterly.pdf"
    path.write_bytes(render_quarterly_pdf(stats, generated_on=GENERATED))
    return path


def _text(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def test_text_has_title_labels_and_figures(tmp_path: Path) -> None:
    text = _text(_pdf(tmp_path, _stats()))
    compact = re.sub(r"\s+", "", text)
    assert f"{AGENCY}2026年第三季度政府信息公开申请办理情况统计" in compact
    assert "统计期间：2026年7月1日至2026年9月30日" in compact
    for label in ("申请人情况", "法人或其他组织", "自然人", "商业企业", "网络", "电子邮件"):
        assert label in compact
    for label in ("（一）予以公开", "（七）总计", "四、结转下期继续办理"):
        assert label in compact
    assert "87.50%" in text  # 7 of 8 replies on time; the abandoned one is not counted
    assert "规划建设" in text
    assert "行政许可" in text
    assert "生成日期：2026年11月27日" in compact


def test_every_page_is_numbered_with_the_total(tmp_path: Path) -> None:
    path = _pdf(tmp_path, _stats())
    pages = _pages(path)
    assert pages >= 2
    compact = re.sub(r"\s+", "", _text(path))
    for number in range(1, pages + 1):
        assert f"第{number}页共{pages}页" in compact


def test_footnotes_define_the_figures_and_the_dash(tmp_path: Path) -> None:
    compact = re.sub(r"\s+", "", _text(_pdf(tmp_path, _stats())))
    for term in ("新收：", "结转：", "办结：", "按时办结率：", "显示为“—”"):
        assert term in compact


def test_rate_is_a_dash_without_replies(tmp_path: Path) -> None:
    records = [_record(ApplicantType.BUSINESS, Channel.POST, dt.date(2026, 7, 1))]
    lines = _text(_pdf(tmp_path, _stats(records)), "-layout").splitlines()
    (rate_line,) = [line for line in lines if line.strip().startswith("按时办结率")]
    assert rate_line.split()[-1] == "—"


def test_song_body_and_hei_headings_are_embedded_as_subsets(tmp_path: Path) -> None:
    path = _pdf(tmp_path, _stats())
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    names = {row.split()[0].split("+")[-1].rsplit("-", 1)[0] for row in rows}
    assert names == {"UMingCN", "WenQuanYiZenHei"}
    for row in rows:
        assert re.search(r"\byes\s+yes\b", row), row  # emb yes, sub yes


def test_rendering_is_deterministic_for_the_same_creation_time() -> None:
    stats = _stats()
    created = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    first = render_quarterly_pdf(stats, generated_on=GENERATED, created_at=created)
    assert first.startswith(b"%PDF")
    assert render_quarterly_pdf(stats, generated_on=GENERATED, created_at=created) == first


def test_metadata_has_the_agency_and_the_real_creation_date(tmp_path: Path) -> None:
    from pypdf import PdfReader

    created = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    path = tmp_path / "q.pdf"
    path.write_bytes(render_quarterly_pdf(_stats(), generated_on=GENERATED, created_at=created))
    info = PdfReader(path).metadata
    assert info is not None
    assert info.author == AGENCY
    assert info.creation_date == created
    assert info.modification_date == created


def test_unbalanced_figures_are_refused() -> None:
    stats = _stats()
    broken = dataclasses.replace(stats, received=(stats.received[0] + 1, *stats.received[1:]))
    with pytest.raises(ReportCheckFailed, match="自然人"):
        render_quarterly_pdf(broken, generated_on=GENERATED)


def _personal_values(session: Session) -> set[str]:
    rows = session.execute(
        select(
            Application.applicant_name,
            Application.id_number,
            Application.phone,
            Application.address,
            Application.email,
            Application.content,
        )
    )
    return {value for row in rows for value in row if value and len(value) >= 2}


def test_no_personal_data_reaches_the_pdf(tmp_path: Path, session: Session) -> None:
    generate_demo(session, requests=400, seed=7, today=TODAY, years=1)
    stats = quarterly_statistics(session, year=2026, quarter=3)
    assert stats.received[-1] > 50  # the quarter really has applications
    compact = re.sub(r"\s+", "", _text(_pdf(tmp_path, stats)))
    # The national labels are not personal data, but a two-character name can hide
    # in them (于国 in 属于国家秘密): take them out before looking for names.
    for label in sorted((o.label for o in Outcome), key=len, reverse=True):
        compact = compact.replace(label, "|")
    personal = _personal_values(session)
    assert len(personal) > 400
    leaked = sorted(value for value in personal if value in compact)
    assert leaked == []


def test_opens_with_a_sentence_of_headline_figures(tmp_path: Path) -> None:
    compact = re.sub(r"\s+", "", _text(_pdf(tmp_path, _stats())))
    assert "本季度共收到政府信息公开申请9件，办结9件，按时办结率87.50%。" in compact


def test_total_rows_show_one_hundred_percent(tmp_path: Path) -> None:
    lines = _text(_pdf(tmp_path, _stats()), "-layout").splitlines()
    totals = [line.split() for line in lines if line.strip().startswith("合计")]
    assert len(totals) == 2  # channels and content categories
    assert all(row[-1] == "100.00%" for row in totals)


def test_channel_names_are_the_same_in_table_and_chart(tmp_path: Path) -> None:
    words = _text(_pdf(tmp_path, _stats())).split()
    for channel in Channel:
        assert words.count(channel.label) >= 2, channel  # table row and chart legend
    assert not any(
        word.endswith("申请") and word[:-2] in {c.label for c in Channel} for word in words
    )


def test_a_period_not_over_says_up_to_which_day(tmp_path: Path) -> None:
    stats = period_statistics(_records(), *Q3, agency=AGENCY, today=dt.date(2026, 8, 15))
    compact = re.sub(r"\s+", "", _text(_pdf(tmp_path, stats)))
    assert "统计截至2026年8月15日" in compact
    assert "四、截至统计日尚未办结" in compact
    assert "结转下期继续办理" not in compact
    assert compact.count("截至2026年8月15日，本季度共收到") == 1


def test_a_period_not_started_is_refused() -> None:
    from desktop.core.statistics import PeriodNotStarted

    with pytest.raises(PeriodNotStarted, match="尚未开始"):
        period_statistics(_records(), *Q3, agency=AGENCY, today=dt.date(2026, 6, 30))
