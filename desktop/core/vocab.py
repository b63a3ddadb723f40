"""The controlled vocabularies of the domain (glossary.md, report-format.md).

Each enum's value is the stable code stored in the database and files; its
``label`` is the Chinese text shown to users. Labels are plain data here: the
UI passes them through ``QCoreApplication.translate("vocab", label)`` so that a
translation can replace them without touching the core.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Chinese label."""

    label: str

    # ``label`` has a default only so that type checkers accept value lookups
    # such as ``Channel("online")``; every member definition passes one.
    def __new__(cls, value: str, label: str = "") -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str) -> LabelledEnum:
        """The member whose label is exactly ``label`` (KeyError otherwise)."""
        for member in cls:
            if member.label == label:
                return member
        raise KeyError(label)


class Channel(LabelledEnum):
    """申请渠道 (Art. 31 decides when each counts as received)."""

    IN_PERSON = "in_person", "当面"
    POST = "post", "信函"
    ONLINE = "online", "网络"
    EMAIL = "email", "电子邮件"
    FAX = "fax", "传真"
    OTHER = "other", "其他"


#: How the legal receipt date is fixed for each channel (rules.md §2), shown
#: beside the receipt date in the application form.
RECEIPT_RULES: dict[Channel, str] = {
    Channel.IN_PERSON: "当面提交的，以提交之日为收到申请之日",
    Channel.POST: "挂号/EMS以签收之日为准；平信以与申请人确认之日为准",
    Channel.ONLINE: "以双方确认之日为收到申请之日",
    Channel.EMAIL: "以电子邮件系统收到之日为收到申请之日",
    Channel.FAX: "以收到传真并双方确认之日为收到申请之日",
    Channel.OTHER: "以双方确认之日为收到申请之日",
}


class LetterKind(StrEnum):
    """The two kinds of post (Art. 31)."""

    REGISTERED = "registered"
    ORDINARY = "ordinary"


class ApplicantType(LabelledEnum):
    """申请人类型: the seven-column split of the national table, less 总计."""

    NATURAL_PERSON = "natural_person", "自然人"
    BUSINESS = "business", "商业企业"
    RESEARCH = "research", "科研机构"
    PUBLIC_INTEREST = "public_interest", "社会公益组织"
    LEGAL_SERVICE = "legal_service", "法律服务机构"
    OTHER = "other", "其他"

    @property
    def is_organisation(self) -> bool:
        return self is not ApplicantType.NATURAL_PERSON


class OutcomeGroup(LabelledEnum):
    """The numbered groups of table 三's results."""

    DISCLOSED = "disclosed", "（一）予以公开"
    PARTLY_DISCLOSED = (
        "partly_disclosed",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    )
    REFUSED = "refused", "（三）不予公开"
    UNAVAILABLE = "unavailable", "（四）无法提供"
    NOT_PROCESSED = "not_processed", "（五）不予处理"
    OTHER = "other", "（六）其他处理"

    @property
    def short_label(self) -> str:
        """``部分公开`` for ``（二）部分公开（区分处理的…）``: numbering and remarks dropped.

        The one wording of the result groups in charts, the dashboard and letters.
        """
        return self.label.split("）", 1)[1].split("（", 1)[0]


class Outcome(LabelledEnum):
    """办理结果: exactly the 27 result rows of table 三 (2021 format).

    ``label`` is the row's text without numbering; ``row_label`` has the
    numbering as printed in the national table.
    """

    DISCLOSED = "disclosed", "予以公开"
    PARTLY_DISCLOSED = "partly_disclosed", "部分公开"
    REFUSED_STATE_SECRET = "refused_state_secret", "属于国家秘密"
    REFUSED_PROHIBITED_BY_LAW = "refused_prohibited_by_law", "其他法律行政法规禁止公开"
    REFUSED_THREE_SAFETIES = "refused_three_safeties", "危及“三安全一稳定”"
    REFUSED_THIRD_PARTY = "refused_third_party", "保护第三方合法权益"
    REFUSED_INTERNAL_AFFAIRS = "refused_internal_affairs", "属于三类内部事务信息"
    REFUSED_PROCESS_INFO = "refused_process_info", "属于四类过程性信息"
    REFUSED_ENFORCEMENT_FILE = "refused_enforcement_file", "属于行政执法案卷"
    REFUSED_QUERY_MATTER = "refused_query_matter", "属于行政查询事项"
    UNAVAILABLE_NOT_HELD = "unavailable_not_held", "本机关不掌握相关政府信息"
    UNAVAILABLE_NEEDS_CREATION = "unavailable_needs_creation", "没有现成信息需要另行制作"
    UNAVAILABLE_STILL_UNCLEAR = "unavailable_still_unclear", "补正后申请内容仍不明确"
    NOT_PROCESSED_PETITION = "not_processed_petition", "信访举报投诉类申请"
    NOT_PROCESSED_REPEATED = "not_processed_repeated", "重复申请"
    NOT_PROCESSED_PUBLICATION = "not_processed_publication", "要求提供公开出版物"
    NOT_PROCESSED_EXCESSIVE = "not_processed_excessive", "无正当理由大量反复申请"
    NOT_PROCESSED_CONFIRMATION = (
        "not_processed_confirmation",
        "要求行政机关确认或重新出具已获取信息",
    )
    OTHER_ABANDONED = (
        "other_abandoned",
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    )
    OTHER_UNPAID = (
        "other_unpaid",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    )
    OTHER_OTHER = "other_other", "其他"

    @property
    def group(self) -> OutcomeGroup:
        return _OUTCOME_GROUP[self]

    @property
    def row_label(self) -> str:
        """The label with its numbering, as in table 三 (e.g. ``1.属于国家秘密``)."""
        return _OUTCOME_ROW_LABEL[self]


def _build_outcome_tables() -> tuple[dict[Outcome, OutcomeGroup], dict[Outcome, str]]:
    groups: dict[Outcome, OutcomeGroup] = {
        Outcome.DISCLOSED: OutcomeGroup.DISCLOSED,
        Outcome.PARTLY_DISCLOSED: OutcomeGroup.PARTLY_DISCLOSED,
    }
    labels: dict[Outcome, str] = {
        Outcome.DISCLOSED: OutcomeGroup.DISCLOSED.label,
        Outcome.PARTLY_DISCLOSED: OutcomeGroup.PARTLY_DISCLOSED.label,
    }
    prefixes = {
        "refused_": OutcomeGroup.REFUSED,
        "unavailable_": OutcomeGroup.UNAVAILABLE,
        "not_processed_": OutcomeGroup.NOT_PROCESSED,
        "other_": OutcomeGroup.OTHER,
    }
    numbering: dict[OutcomeGroup, int] = {}
    for outcome in Outcome:
        for prefix, group in prefixes.items():
            if outcome.value.startswith(prefix):
                numbering[group] = numbering.get(group, 0) + 1
                groups[outcome] = group
                labels[outcome] = f"{numbering[group]}.{outcome.label}"
    return groups, labels


_OUTCOME_GROUP, _OUTCOME_ROW_LABEL = _build_outcome_tables()

#: Outcomes a reply (答复) may carry. Abandonment and unpaid fees close an
#: application through their own events, never through a reply.
REPLY_OUTCOMES: tuple[Outcome, ...] = tuple(
    o for o in Outcome if o not in (Outcome.OTHER_ABANDONED, Outcome.OTHER_UNPAID)
)


class EventKind(LabelledEnum):
    """Dated steps of an application (clock events, rules.md §4)."""

    RECEIVED = "received", "收到申请"
    CORRECTION_NOTICE = "correction_notice", "发出补正通知"
    CORRECTION_RECEIVED = "correction_received", "收到补正材料"
    ABANDONED = "abandoned", "视为放弃"
    CONSULTATION_SENT = "consultation_sent", "发出征求意见"
    CONSULTATION_REPLIED = "consultation_replied", "收到征求意见答复"
    EXTENSION = "extension", "延期答复"
    MANUAL_DEADLINE = "manual_deadline", "另行确定答复期限（第三十五条）"
    FEE_NOTICE = "fee_notice", "发出收费通知"
    FEE_PAID = "fee_paid", "缴纳费用"
    FEE_UNPAID = "fee_unpaid", "逾期未缴费"
    REPLY = "reply", "答复"
    DELIVERY = "delivery", "送达"
    WITHDRAWAL = "withdrawal", "申请人撤回"
    ARCHIVE = "archive", "归档"


class ConsultedParty(LabelledEnum):
    """Who a consultation letter goes to (Arts. 32, 34)."""

    THIRD_PARTY = "third_party", "第三方"
    OTHER_AGENCY = "other_agency", "其他机关"


class DeliveryMethod(LabelledEnum):
    """送达方式; decides when a reply counts as given (rules.md §5)."""

    IN_PERSON = "in_person", "当面送达"
    POST = "post", "邮寄"
    ELECTRONIC = "electronic", "电子方式"
    OTHER = "other", "其他"


class PreferredForm(LabelledEnum):
    """The form in which the applicant wants the information."""

    PAPER = "paper", "纸质文本"
    ELECTRONIC = "electronic", "电子数据"
    OTHER = "other", "其他"


class AppealKind(LabelledEnum):
    """Table 四's three blocks."""

    RECONSIDERATION = "reconsideration", "行政复议"
    LITIGATION_DIRECT = "litigation_direct", "行政诉讼（未经复议直接起诉）"
    LITIGATION_AFTER_RECONSIDERATION = "litigation_after_reconsideration", "行政诉讼（复议后起诉）"


class AppealOutcome(LabelledEnum):
    """Table 四's outcome columns."""

    UPHELD = "upheld", "结果维持"
    CORRECTED = "corrected", "结果纠正"
    OTHER = "other", "其他结果"
    PENDING = "pending", "尚未审结"


class State(LabelledEnum):
    """Where an application stands in its workflow (derived from its events)."""

    OPEN = "open", "办理中"
    AWAITING_CORRECTION = "awaiting_correction", "待补正"
    CONSULTING = "consulting", "征求意见中"
    AWAITING_FEE = "awaiting_fee", "待缴费"
    REPLIED = "replied", "已答复"
    ABANDONED = "abandoned", "视为放弃"
    UNPAID = "unpaid", "逾期未缴费"
    WITHDRAWN = "withdrawn", "已撤回"

    @property
    def is_closed(self) -> bool:
        # By value: hashing an enum member runs Python code, and this is a hot path.
        return self._value_ in _CLOSED_VALUES


CLOSED_STATES = frozenset({State.REPLIED, State.ABANDONED, State.UNPAID, State.WITHDRAWN})
_CLOSED_VALUES = frozenset(s.value for s in CLOSED_STATES)


class DeadlineStatus(LabelledEnum):
    """The status derived from dates, separate from the workflow state."""

    ON_TRACK = "on_track", "正常"
    DUE_SOON = "due_soon", "即将到期"
    DUE_TODAY = "due_today", "今日到期"
    OVERDUE = "overdue", "逾期"
    CLOSED_ON_TIME = "closed_on_time", "按时办结"
    CLOSED_LATE = "closed_late", "逾期办结"
    CLOSED = "closed", "已办结"  # closed without a reply: no on-time judgement


class DueKind(LabelledEnum):
    """What is due on an open application (dashboard lists and alerts)."""

    REPLY = "reply", "答复"
    CORRECTION_NOTICE = "correction_notice", "补正通知"
    CONSULTATION_REPLY = "consultation_reply", "征求意见答复"
    FEE_PAYMENT = "fee_payment", "缴纳费用"
