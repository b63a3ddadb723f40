"""Issuing letters from the register: fields, variants, numbers, templates, service."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import docx
import pytest
from sqlalchemy.orm import Session

from db.models import Application
from desktop.core.applications import ApplicationInput
from desktop.core.letters import (
    DETAIL_REQUIRED_VARIANTS,
    DocumentKind,
    DocumentStatus,
    ServiceMethod,
    reply_variants,
)
from desktop.core.vocab import (
    REPLY_OUTCOMES,
    ApplicantType,
    Channel,
    ConsultedParty,
    DeliveryMethod,
    Outcome,
)
from desktop.services import events, letters
from desktop.services.applications import register_application
from desktop.services.letters import LetterRefused
from tests.conftest import TODAY

D = dt.date
LAW = "《中华人民共和国政府信息公开条例》"

#: letters.md §2: the article each reply variant cites by default.
BASIS = {
    "already_disclosed": "第三十六条第（一）项",
    "disclosed": "第三十六条第（二）项",
    "partly_disclosed": "第三十七条",
    "refused_state_secret": "第十四条",
    "refused_prohibited_by_law": "第十四条",
    "refused_three_safeties": "第十四条",
    "refused_third_party": "第十五条",
    "refused_internal_affairs": "第十六条第一款",
    "refused_process_info": "第十六条第二款",
    "refused_enforcement_file": "第十六条第二款",
    "refused_query_matter": "第三十六条第（七）项",
    "unavailable_not_held": "第三十六条第（四）项",
    "unavailable_other_agency": "第三十六条第（五）项",
    "unavailable_needs_creation": "第三十八条",
    "unavailable_still_unclear": "第三十条",
    "not_processed_petition": "第三十九条第一款",
    "not_processed_repeated": "第三十六条第（六）项",
    "not_processed_publication": "第三十九条第二款",
    "not_processed_excessive": "第三十五条",
    "not_processed_confirmation": "第三十九条",  # letters.md: **Verify**, the agency confirms
}


def register(session: Session, received_on: dt.date = dt.date(2026, 3, 2)) -> int:
    data = ApplicationInput(
        channel=Channel.ONLINE,
        received_on=received_on,
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="张三",
        content="某项目的环评批复",
        address="某某路1号",
    )
    return register_application(session, data=data, today=TODAY).id


def reply(session: Session, app: int, outcome: Outcome, on: dt.date = dt.date(2026, 3, 20)) -> None:
    events.record_reply(
        session,
        application_id=app,
        on=on,
        outcome=outcome,
        delivery=DeliveryMethod.POST,
        today=TODAY,
    )


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(paragraphs + cells)


def issue_text(session: Session, app: int, kind: DocumentKind, **kw: object) -> str:
    view = letters.issue_letter(session, application_id=app, kind=kind, **kw)  # type: ignore[arg-type]
    return docx_text(letters.document_docx(session, view.id))


@pytest.mark.parametrize(
    ("outcome", "variant"),
    [(o, v) for o in REPLY_OUTCOMES for v in reply_variants(o)],
)
def test_every_reply_variant_cites_its_basis(
    session: Session, outcome: Outcome, variant: str
) -> None:
    app = register(session)
    reply(session, app, outcome)
    detail = {"reply_detail": "网址：http://www.example.gov.cn/xxgk/"}
    if variant in DETAIL_REQUIRED_VARIANTS:
        with pytest.raises(LetterRefused, match="须写明答复的具体内容"):
            letters.issue_letter(
                session, application_id=app, kind=DocumentKind.REPLY, variant=variant
            )
    text = issue_text(session, app, DocumentKind.REPLY, variant=variant, texts=detail)
    assert "网址：http://www.example.gov.cn/xxgk/" in text
    assert "张三：" in text
    assert "2026年3月2日" in text
    assert "2026年3月20日" in text
    if variant in BASIS:
        assert f"{LAW}{BASIS[variant]}" in text
    else:  # 其他: the clerk states the decision and its basis
        assert variant == Outcome.OTHER_OTHER.value
    assert "{{" not in text
    assert "{%" not in text


def test_the_remedy_clause_follows_the_letter_date(session: Session) -> None:
    app = register(session, D(2023, 12, 1))
    reply(session, app, Outcome.DISCLOSED, on=D(2023, 12, 20))
    before = issue_text(session, app, DocumentKind.REPLY)
    after = issue_text(session, app, DocumentKind.REPLY, on=D(2024, 1, 2))
    assert "某某市人民政府或者某某省某某厅申请行政复议" in before
    assert "某某省某某厅" not in after
    assert "向某某市人民政府申请行政复议" in after
    assert "某某市某某区人民法院提起行政诉讼" in before
    assert "人民法院提起行政诉讼" in after


def test_a_reply_letter_needs_a_recorded_reply(session: Session) -> None:
    app = register(session)
    with pytest.raises(LetterRefused, match="尚未记录答复"):
        letters.issue_letter(session, application_id=app, kind=DocumentKind.REPLY)
    assert letters.documents_of(session, app) == []


def test_letters_are_filled_from_the_events(session: Session) -> None:
    app = register(session)
    events.send_correction_notice(
        session, application_id=app, on=D(2026, 3, 4), period_days=10, today=TODAY
    )
    with pytest.raises(LetterRefused, match="请填写需补正的事项"):
        letters.issue_letter(session, application_id=app, kind=DocumentKind.CORRECTION)
    text = issue_text(
        session,
        app,
        DocumentKind.CORRECTION,
        texts={"correction_items": "1．请写明年份；\n2．请写明项目名称。"},
    )
    assert "10个工作日内" in text
    assert "第三十条" in text
    assert "1．请写明年份；\n2．请写明项目名称。" in text  # one paragraph per item
    events.record_corrected_application(session, application_id=app, on=D(2026, 3, 9), today=TODAY)
    events.send_consultation(
        session,
        application_id=app,
        on=D(2026, 3, 10),
        party=ConsultedParty.OTHER_AGENCY,
        party_name="某某市自然资源局",
        today=TODAY,
    )
    text = issue_text(session, app, DocumentKind.CONSULTATION)
    assert "某某市自然资源局：" in text
    assert "第三十四条" in text
    assert "张三" not in text
    events.record_consultation_reply(session, application_id=app, on=D(2026, 3, 11), today=TODAY)
    events.send_fee_notice(
        session, application_id=app, on=D(2026, 3, 12), amount=Decimal("100"), today=TODAY
    )
    with pytest.raises(LetterRefused, match="收费计算方式"):
        letters.issue_letter(session, application_id=app, kind=DocumentKind.FEE)
    text = issue_text(session, app, DocumentKind.FEE, texts={"fee_basis": "按件计收"})
    assert "信息处理费100元" in text
    assert "国办函〔2020〕109号" in text


def test_numbers_run_per_kind_and_year_and_are_kept(session: Session) -> None:
    first, second = register(session), register(session)
    a = letters.issue_letter(session, application_id=first, kind=DocumentKind.RECEIPT)
    b = letters.issue_letter(session, application_id=second, kind=DocumentKind.RECEIPT)
    letters.cancel_document(session, document_id=a.id, reason="申请人姓名有误")
    c = letters.issue_letter(session, application_id=first, kind=DocumentKind.RECEIPT)
    assert [a.number, b.number, c.number] == [
        "公开收〔2026〕1号",
        "公开收〔2026〕2号",
        "公开收〔2026〕3号",
    ]
    listed = letters.documents_of(session, first)
    assert [(d.number, d.status) for d in listed] == [
        ("公开收〔2026〕1号", DocumentStatus.CANCELLED),
        ("公开收〔2026〕3号", DocumentStatus.VALID),
    ]
    with pytest.raises(LetterRefused, match="已作废"):
        letters.cancel_document(session, document_id=a.id, reason="再次")
    # a re-print is the same file, with the same number
    assert letters.document_docx(session, c.id) == letters.document_docx(session, c.id)
    assert "公开收〔2026〕3号" in docx_text(letters.document_docx(session, c.id))
    reply(session, first, Outcome.DISCLOSED)
    r = letters.issue_letter(session, application_id=first, kind=DocumentKind.REPLY)
    assert r.number == "公开复〔2026〕1号"


def test_the_agency_prefix_is_used(session: Session) -> None:
    from desktop.services.settings import save_settings

    save_settings(session, {"letter_prefix_receipt": "杭应急公开收"})
    app = register(session)
    view = letters.issue_letter(session, application_id=app, kind=DocumentKind.RECEIPT)
    assert view.number == "杭应急公开收〔2026〕1号"


def test_a_template_with_an_unknown_field_is_refused_by_name(session: Session) -> None:
    template = docx.Document(io.BytesIO(letters.default_template("receipt")))
    template.add_paragraph("经办人：{{ clerk_phone }}，{{ agency_name }}")
    out = io.BytesIO()
    template.save(out)
    with pytest.raises(LetterRefused, match="未知字段：clerk_phone"):
        letters.load_template(session, key="receipt", data=out.getvalue())
    with pytest.raises(LetterRefused, match="不是有效的 Word 文档"):
        letters.load_template(session, key="receipt", data=b"not a docx")
    assert not any(t.customised for t in letters.list_templates(session))


def test_a_loaded_template_is_used_and_can_be_reset(session: Session) -> None:
    template = docx.Document(io.BytesIO(letters.default_template("receipt")))
    template.add_paragraph("本回执仅证明收到申请。{{ serial }}")
    out = io.BytesIO()
    template.save(out)
    letters.load_template(session, key="receipt", data=out.getvalue(), loaded_by="科长")
    app = register(session)
    assert "本回执仅证明收到申请。〔2026〕第1号" in issue_text(session, app, DocumentKind.RECEIPT)
    assert [t.key for t in letters.list_templates(session) if t.customised] == ["receipt"]
    letters.reset_template(session, key="receipt")
    assert "本回执仅证明" not in issue_text(session, app, DocumentKind.RECEIPT)


def test_service_of_a_reply_flags_a_reply_date_that_disagrees(session: Session) -> None:
    app = register(session)
    reply(session, app, Outcome.DISCLOSED, on=D(2026, 3, 20))
    doc = letters.issue_letter(session, application_id=app, kind=DocumentKind.REPLY)
    same = letters.record_service(
        session,
        document_id=doc.id,
        method=ServiceMethod.EMS,
        tracking_no="EA123456789CN",
        posted_on=D(2026, 3, 20),
        served_on=D(2026, 3, 23),
        today=TODAY,
    )
    assert same is None
    mismatch = letters.record_service(
        session,
        document_id=doc.id,
        method=ServiceMethod.IN_PERSON,
        served_on=D(2026, 3, 24),
        today=TODAY,
    )
    assert mismatch is not None
    assert (mismatch.recorded_on, mismatch.legal_on) == (D(2026, 3, 20), D(2026, 3, 24))
    # nothing changed by itself; the offered correction goes through the event service
    timeline = events.timeline(session, app)
    assert [e.on for e in timeline if e.kind.value == "reply"] == [D(2026, 3, 20)]
    events.correct_event(
        session,
        event_id=mismatch.event_id,
        on=mismatch.legal_on,
        data=letters.reply_correction_data(session, mismatch),
        reason="按送达记录更正答复日期",
        today=TODAY,
    )
    assert letters.reply_date_mismatch(session, doc.id) is None


def test_a_service_proof_names_the_served_reply(session: Session) -> None:
    app = register(session)
    with pytest.raises(LetterRefused, match="没有可送达的文书"):
        letters.issue_letter(session, application_id=app, kind=DocumentKind.SERVICE)
    reply(session, app, Outcome.DISCLOSED)
    doc = letters.issue_letter(session, application_id=app, kind=DocumentKind.REPLY)
    text = issue_text(session, app, DocumentKind.SERVICE)
    assert f"政府信息公开申请答复书（{doc.number}）" in text
    assert "某某路1号" in text


def test_a_cancelled_document_reprints_stamped_void(session: Session) -> None:
    from pypdf import PdfReader

    app = register(session)
    doc = letters.issue_letter(session, application_id=app, kind=DocumentKind.RECEIPT)

    def pdf_text() -> str:
        pdf = letters.document_pdf(session, doc.id)
        return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    assert "作废" not in pdf_text()
    letters.cancel_document(session, document_id=doc.id, reason="重复出具")
    assert "作废" in pdf_text()
    assert doc.number in pdf_text()


def test_text_inside_a_sentence_stays_in_it(session: Session) -> None:
    app = register(session)
    row = session.get(Application, app)
    assert row is not None
    row.content = "某项目的环评批复\n及其附件"
    text = issue_text(session, app, DocumentKind.RECEIPT)
    assert "申请内容：某项目的环评批复 及其附件。" in text
