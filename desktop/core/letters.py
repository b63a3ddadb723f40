"""The documents the office sends (文书, letters.md): kinds, reply variants, numbers, dates.

Pure rules only. The wording of every document, legal bases included, lives in
the .docx templates (resources/letters/, or the agency's own loaded ones); this
module only decides *which* template a document uses, which fields a template
may name, and how numbers and dates are written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from desktop.core.vocab import ConsultedParty, LabelledEnum, Outcome


class DocumentKind(LabelledEnum):
    """The kinds of document, each with its own yearly number series."""

    RECEIPT = "receipt", "政府信息公开申请登记回执"
    CORRECTION = "correction", "补正申请告知书"
    EXTENSION = "extension", "延期答复告知书"
    CONSULTATION = "consultation", "征求意见书"
    FEE = "fee", "收费通知书"
    REPLY = "reply", "政府信息公开申请答复书"
    SERVICE = "service", "送达回证"


class DocumentStatus(LabelledEnum):
    VALID = "valid", "有效"
    CANCELLED = "cancelled", "作废"


#: Default number prefixes (the agency sets its own, e.g. 杭应急公开复).
DEFAULT_PREFIXES: dict[DocumentKind, str] = {
    DocumentKind.RECEIPT: "公开收",
    DocumentKind.CORRECTION: "公开补",
    DocumentKind.EXTENSION: "公开延",
    DocumentKind.CONSULTATION: "公开征",
    DocumentKind.FEE: "公开费",
    DocumentKind.REPLY: "公开复",
    DocumentKind.SERVICE: "公开送",
}


def prefix_setting(kind: DocumentKind) -> str:
    """The settings key of a kind's number prefix."""
    return f"letter_prefix_{kind.value}"


# --- reply variants ---------------------------------------------------------------------------

#: Extra reply variants beyond one per result row (letters.md §2).
ALREADY_DISCLOSED = "already_disclosed"  # 已主动公开: Art. 36(一), counted as 予以公开
NOT_THIS_AGENCY = "unavailable_other_agency"  # 本机关不掌握, another agency holds it: 36(五)

#: Each reply outcome's variants, the default first.
_REPLY_VARIANTS: dict[Outcome, tuple[str, ...]] = {
    Outcome.DISCLOSED: (Outcome.DISCLOSED.value, ALREADY_DISCLOSED),
    Outcome.UNAVAILABLE_NOT_HELD: (Outcome.UNAVAILABLE_NOT_HELD.value, NOT_THIS_AGENCY),
}

#: Closing outcomes without a reply letter (a closing notice is not one of the set).
NO_REPLY_LETTER = frozenset({Outcome.OTHER_ABANDONED, Outcome.OTHER_UNPAID})


def reply_variants(outcome: Outcome) -> tuple[str, ...]:
    """The reply letter variants for ``outcome``, the default first; () when none exists."""
    if outcome in NO_REPLY_LETTER:
        return ()
    return _REPLY_VARIANTS.get(outcome, (outcome.value,))


def all_reply_variants() -> tuple[str, ...]:
    """Every reply variant, in the order of table 三."""
    variants: list[str] = []
    for outcome in Outcome:
        variants.extend(reply_variants(outcome))
    return tuple(variants)


VARIANT_LABELS: dict[str, str] = {
    **{o.value: o.label for o in Outcome},
    ALREADY_DISCLOSED: "已主动公开",
    NOT_THIS_AGENCY: "本机关不掌握（告知负责公开的机关）",
}


def template_key(kind: DocumentKind, variant: str = "") -> str:
    """The name of a template: ``reply.partly_disclosed``, ``correction`` …"""
    return f"{kind.value}.{variant}" if variant else kind.value


def consultation_variant(party: str) -> str:
    """The consultation letter goes to a third party (Art. 32) or another agency (Art. 34)."""
    return ConsultedParty(party).value


def template_keys() -> tuple[str, ...]:
    """Every template the product ships, in display order."""
    keys: list[str] = []
    for kind in DocumentKind:
        if kind is DocumentKind.REPLY:
            keys.extend(template_key(kind, v) for v in all_reply_variants())
        elif kind is DocumentKind.CONSULTATION:
            keys.extend(template_key(kind, p.value) for p in ConsultedParty)
        else:
            keys.append(template_key(kind))
    return tuple(keys)


def template_label(key: str) -> str:
    """The Chinese name of a template, e.g. ``答复书（部分公开）``."""
    kind_value, _, variant = key.partition(".")
    kind = DocumentKind(kind_value)
    if kind is DocumentKind.CONSULTATION and variant:
        return f"{kind.label}（{ConsultedParty(variant).label}）"
    if variant:
        return f"答复书（{VARIANT_LABELS.get(variant, variant)}）"
    return kind.label


# --- the remedy clause ------------------------------------------------------------------------

#: 行政复议法 as revised in 2023: from this day the people's government of the level
#: hears reconsideration of its departments (letters.md §3).
REVISED_RECONSIDERATION_LAW = dt.date(2024, 1, 1)


def remedy_since_2024(letter_date: dt.date) -> bool:
    """True when the letter names only the government level (the 2024 rule)."""
    return letter_date >= REVISED_RECONSIDERATION_LAW


# --- numbers, dates ---------------------------------------------------------------------------


def format_number(prefix: str, year: int, number: int) -> str:
    """A document number: ``杭应急公开复〔2026〕12号``."""
    return f"{prefix}〔{year}〕{number}号"


def chinese_date(day: dt.date) -> str:
    """A date as official documents write it: ``2026年3月2日`` (Arabic numerals, no padding)."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_amount(amount: str) -> str:
    """An amount of money as text (``120.00`` → ``120.00元``)."""
    return f"{amount}元"


# --- the fields a template may name -----------------------------------------------------------

#: Every field a template may use, with its meaning (shown beside the template list).
FIELDS: Mapping[str, str] = {
    "agency_name": "机关名称",
    "doc_number": "文书编号",
    "doc_title": "文书名称",
    "date": "成文日期（如 2026年3月2日）",
    "applicant_name": "申请人",
    "serial": "申请编号",
    "received_on": "收到申请日期",
    "content": "申请内容",
    "due_on": "答复期限",
    "contact": "联系方式",
    "correction_items": "需补正的事项",
    "correction_days": "补正期限（工作日）",
    "extension_approver": "批准延期的负责人",
    "extension_days": "延长的工作日数",
    "extended_due_on": "延长后的答复期限",
    "extension_reason": "延期理由",
    "party_name": "被征求意见方",
    "consultation_matter": "征求意见的事项",
    "fee_amount": "收费金额",
    "fee_basis": "收费计算方式",
    "payment_method": "缴费方式及期限",
    "outcome": "办理结果",
    "reply_detail": "答复的具体内容（提供方式、理由等）",
    "review_body": "行政复议机关（本级人民政府）",
    "superior_body": "上一级主管部门（2024年以前的答复书使用）",
    "court": "管辖法院",
    "remedy_since_2024": "成文日期在2024年1月1日以后（选择救济条款）",
    "served_title": "送达的文书名称",
    "served_number": "送达的文书编号",
    "service_method": "送达方式",
    "service_place": "送达地点",
}


def unknown_fields(used: set[str]) -> list[str]:
    """The fields a template uses that the product does not fill, sorted."""
    return sorted(used - set(FIELDS))


#: The free-text parts the clerk types (or edits) before issuing, per kind.
FREE_TEXT: Mapping[DocumentKind, tuple[str, ...]] = {
    DocumentKind.RECEIPT: (),
    DocumentKind.CORRECTION: ("correction_items",),
    DocumentKind.EXTENSION: ("extension_reason",),
    DocumentKind.CONSULTATION: ("consultation_matter",),
    DocumentKind.FEE: ("fee_basis", "payment_method"),
    DocumentKind.REPLY: ("reply_detail",),
    DocumentKind.SERVICE: ("service_place",),
}

#: Fields that stand as paragraphs of their own: each line of the text is one paragraph.
#: Every other field sits inside a sentence, so its lines are joined.
BLOCK_FIELDS = frozenset({"correction_items", "reply_detail"})

#: Reply variants whose decision is only complete with the clerk's details: where the
#: information was published (36(一)), how to get the publication (39), or, for 其他, the
#: decision and its basis themselves.
DETAIL_REQUIRED_VARIANTS = frozenset(
    {ALREADY_DISCLOSED, Outcome.NOT_PROCESSED_PUBLICATION.value, Outcome.OTHER_OTHER.value}
)

#: Free-text parts that must not be left empty.
REQUIRED_TEXT = frozenset({"correction_items", "fee_basis"})


# --- service (寄送/送达) ------------------------------------------------------------------------


class ServiceMethod(LabelledEnum):
    """How a document went out; decides the reply's legal date (rules.md §5)."""

    IN_PERSON = "in_person", "当面"
    REGISTERED = "registered", "挂号信"
    EMS = "ems", "EMS"
    ORDINARY = "ordinary", "平信"
    EMAIL = "email", "电子邮件"
    ONLINE = "online", "在线平台"

    @property
    def by_post(self) -> bool:
        return self in (ServiceMethod.REGISTERED, ServiceMethod.EMS, ServiceMethod.ORDINARY)

    @property
    def electronic(self) -> bool:
        return self in (ServiceMethod.EMAIL, ServiceMethod.ONLINE)

    @property
    def tracked(self) -> bool:
        return self in (ServiceMethod.REGISTERED, ServiceMethod.EMS)


def legal_service_date(
    method: ServiceMethod, posted_on: dt.date | None, served_on: dt.date | None
) -> dt.date | None:
    """The day a reply counts as given (rules.md §5): signing day in person, posting day
    by post, sending day electronically (``posted_on`` is the sending day)."""
    return served_on if method is ServiceMethod.IN_PERSON else posted_on


def service_problems(
    method: ServiceMethod,
    *,
    tracking_no: str,
    posted_on: dt.date | None,
    served_on: dt.date | None,
    issued_on: dt.date,
    today: dt.date,
) -> list[str]:
    """Every reason a service record cannot be kept, in Chinese."""
    problems: list[str] = []
    if method is ServiceMethod.IN_PERSON and served_on is None:
        problems.append("当面送达须填写签收日期")
    if method is not ServiceMethod.IN_PERSON and posted_on is None:
        problems.append("请填写交邮或发送日期")
    if method.tracked and not tracking_no.strip():
        problems.append("挂号信和EMS须填写邮件单号")
    for label, day in (("交邮或发送日期", posted_on), ("送达日期", served_on)):
        if day is not None and day > today:
            problems.append(f"{label}不能晚于今天")
        if day is not None and day < issued_on:
            problems.append(f"{label}不能早于文书日期")
    if posted_on and served_on and served_on < posted_on:
        problems.append("送达日期不能早于交邮或发送日期")
    return problems


# --- the case file (归档) ---------------------------------------------------------------------


class AttachmentKind(LabelledEnum):
    """What a file of the case file is."""

    APPLICATION = "application", "申请书"
    IDENTITY = "identity", "身份证明"
    ENVELOPE = "envelope", "信封"
    POSTAL_RECEIPT = "postal_receipt", "邮寄凭证"
    SIGNED_RECEIPT = "signed_receipt", "送达回证（签收）"
    MATERIAL = "material", "提供的信息"
    OTHER = "other", "其他"


#: The largest file a case file takes (a scan of a thick application, not a video).
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

#: What the case file can place: PDFs and the common image formats.
PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif"})


def attachment_problem(name: str, size: int) -> str:
    """Why a file cannot be added, or ""."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if size == 0:
        return "文件是空的"
    if size > MAX_ATTACHMENT_BYTES:
        return "文件超过50MB"
    if suffix not in PDF_SUFFIXES | IMAGE_SUFFIXES:
        return "只能添加PDF或图片（JPG、PNG、TIFF等）"
    return ""
