"""Write the shipped default letter templates (resources/letters/*.docx) with python-docx.

    python scripts/make_letter_templates.py

The wording below, legal bases included, is the product's default (letters.md):
the agency exports a template, edits it in Word/WPS and loads it back. Each
template uses named paragraph styles (``DD 标题``, ``DD 文号``, ``DD 称谓``,
``DD 正文``, ``DD 署名``, ``DD 日期``, ``DD 附注``) so that the PDF follows the
same content; fields are ``{{ name }}`` (docxtpl), every name one of
``desktop.core.letters.FIELDS``. The .docx names the official fonts
(仿宋_GB2312 for the body, 方正小标宋简体 for the title); Word/WPS use them
where installed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.letters import (  # noqa: E402
    ALREADY_DISCLOSED,
    NOT_THIS_AGENCY,
    DocumentKind,
    template_key,
    template_keys,
)
from desktop.core.vocab import ConsultedParty, Outcome  # noqa: E402

OUT = ROOT / "resources" / "letters"
BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "方正小标宋简体"
LAW = "《中华人民共和国政府信息公开条例》"
#: Fixed, so that re-running the script changes no file whose wording did not change.
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

# --- wording ------------------------------------------------------------------------------------

RECEIVED = "本机关于{{ received_on }}收到您提出的政府信息公开申请（申请编号：{{ serial }}）。"
CONTACT = "联系方式：{{ contact }}"

REPLY_OPENING = (
    "本机关于{{ received_on }}收到您提出的政府信息公开申请（申请编号：{{ serial }}），"
    "您申请获取“{{ content }}”的政府信息。经审查，现答复如下："
)

#: One paragraph per reply variant: the decision and its default legal basis (letters.md §2).
REPLY_DECISIONS: dict[str, str] = {
    ALREADY_DISCLOSED: (
        f"您申请获取的政府信息本机关已经主动公开。根据{LAW}第三十六条第（一）项的规定，"
        "现告知您获取该政府信息的方式和途径。"
    ),
    Outcome.DISCLOSED: (
        f"您申请获取的政府信息属于公开范围。根据{LAW}第三十六条第（二）项的规定，"
        "本机关予以公开，现向您提供该政府信息。"
    ),
    Outcome.PARTLY_DISCLOSED: (
        "您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。"
        f"根据{LAW}第三十七条的规定，本机关向您提供可以公开的政府信息内容，"
        "对不予公开的内容说明理由。"
    ),
    Outcome.REFUSED_STATE_SECRET: (
        f"您申请获取的政府信息属于国家秘密。根据{LAW}第十四条的规定，本机关不予公开。"
    ),
    Outcome.REFUSED_PROHIBITED_BY_LAW: (
        "您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。"
        f"根据{LAW}第十四条的规定，本机关不予公开。"
    ),
    Outcome.REFUSED_THREE_SAFETIES: (
        "您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。"
        f"根据{LAW}第十四条的规定，本机关不予公开。"
    ),
    Outcome.REFUSED_THIRD_PARTY: (
        "您申请获取的政府信息涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的内容。"
        f"根据{LAW}第十五条的规定，本机关不予公开。"
    ),
    Outcome.REFUSED_INTERNAL_AFFAIRS: (
        "您申请获取的信息属于人事管理、后勤管理、内部工作流程等方面的内部事务信息。"
        f"根据{LAW}第十六条第一款的规定，本机关不予公开。"
    ),
    Outcome.REFUSED_PROCESS_INFO: (
        "您申请获取的信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、"
        f"磋商信函、请示报告等过程性信息。根据{LAW}第十六条第二款的规定，本机关不予公开。"
    ),
    Outcome.REFUSED_ENFORCEMENT_FILE: (
        f"您申请获取的信息属于行政执法案卷信息。根据{LAW}第十六条第二款的规定，本机关不予公开。"
    ),
    Outcome.REFUSED_QUERY_MATTER: (
        "您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定。"
        f"根据{LAW}第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理。"
    ),
    Outcome.UNAVAILABLE_NOT_HELD: (
        "经检索查找，本机关未制作、获取您申请获取的政府信息，该政府信息不存在。"
        f"根据{LAW}第三十六条第（四）项的规定，特此告知。"
    ),
    NOT_THIS_AGENCY: (
        f"您申请获取的政府信息不属于本机关负责公开。根据{LAW}第三十六条第（五）项的规定，"
        "现告知您负责公开该政府信息的行政机关及其联系方式。"
    ),
    Outcome.UNAVAILABLE_NEEDS_CREATION: (
        "您申请获取的信息需要本机关对现有政府信息进行加工、分析后方能形成。"
        f"根据{LAW}第三十八条的规定，本机关不予提供。"
    ),
    Outcome.UNAVAILABLE_STILL_UNCLEAR: (
        "本机关已告知您对申请作出补正，补正后的申请内容仍不明确，无法确定您所需要的政府信息。"
        f"根据{LAW}第三十条的规定，本机关无法提供。"
    ),
    Outcome.NOT_PROCESSED_PETITION: (
        "您以政府信息公开申请的形式进行信访、投诉、举报等活动。"
        f"根据{LAW}第三十九条第一款的规定，本机关不作为政府信息公开申请处理，"
        "请您依照有关法律、行政法规的规定向有关部门提出。"
    ),
    Outcome.NOT_PROCESSED_REPEATED: (
        "您已就相同内容提出过政府信息公开申请，本机关已经作出答复，您再次申请公开相同的政府信息。"
        f"根据{LAW}第三十六条第（六）项的规定，本机关不予重复处理。"
    ),
    Outcome.NOT_PROCESSED_PUBLICATION: (
        "您申请获取的信息属于公开出版物。"
        f"根据{LAW}第三十九条第二款的规定，现告知您获取该出版物的途径。"
    ),
    Outcome.NOT_PROCESSED_EXCESSIVE: (
        "您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由，您的理由不合理。"
        f"根据{LAW}第三十五条的规定，本机关不予处理。"
    ),
    # letters.md marks this basis **Verify**: the agency confirms the article it cites.
    Outcome.NOT_PROCESSED_CONFIRMATION: (
        "您要求本机关确认或者重新出具您已获取的信息，不属于申请获取政府信息。"
        f"根据{LAW}第三十九条第二款的规定，本机关不作为政府信息公开申请处理。"
    ),
    Outcome.OTHER_OTHER: "",
}

REMEDY_SINCE_2024 = (
    "如对本答复不服，可以自知道该行政行为之日起六十日内向{{ review_body }}申请行政复议，"
    "或者自知道该行政行为之日起六个月内向{{ court }}提起行政诉讼。"
)
REMEDY_BEFORE_2024 = (
    "如对本答复不服，可以自知道该行政行为之日起六十日内向{{ review_body }}或者"
    "{{ superior_body }}申请行政复议，或者自知道该行政行为之日起六个月内向{{ court }}提起行政诉讼。"
)

# --- building blocks ----------------------------------------------------------------------------


def _east_asian(style: ParagraphStyle, font: str, size: float, bold: bool = False) -> None:
    style.font.name = font
    style.font.size = Pt(size)
    style.font.bold = bold
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)


def _style(
    document: object,
    name: str,
    *,
    font: str = BODY_FONT,
    size: float = 16,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_indent: float = 0,
    right_indent: float = 0,
) -> None:
    styles = document.styles  # type: ignore[attr-defined]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    _east_asian(style, font, size)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Pt(first_indent)
    fmt.right_indent = Pt(right_indent)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28.95)  # 22 lines in the 225 mm text block (GB/T 9704-2012)


def _page_number_footer(section: object) -> None:
    """``— 1 —`` in 4号 Song, centred below the text block (a PAGE field)."""
    footer = section.footer  # type: ignore[attr-defined]
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    field.append(inner)
    run._r.addnext(field)
    tail = OxmlElement("w:r")
    tail_text = OxmlElement("w:t")
    tail_text.text = " —"
    tail_text.set(qn("xml:space"), "preserve")
    tail.append(tail_text)
    field.addnext(tail)
    for r in paragraph.runs:
        r.font.size = Pt(14)
        r.font.name = "宋体"


def new_document() -> object:
    document = Document()
    normal = document.styles["Normal"]
    _east_asian(normal, BODY_FONT, 16)
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)
    _style(document, "DD 标题", font=TITLE_FONT, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
    _style(document, "DD 文号", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _style(document, "DD 称谓", align=WD_ALIGN_PARAGRAPH.LEFT)
    _style(document, "DD 正文", first_indent=32)
    _style(document, "DD 署名", align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=64)
    _style(document, "DD 日期", align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=64)
    _style(document, "DD 附注", first_indent=32)
    _page_number_footer(section)
    # The empty first paragraph python-docx starts with would shift the title down a line.
    body = document.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return document


def add(document: object, style: str, text: str = "") -> Paragraph:
    paragraph: Paragraph = document.add_paragraph(text, style=style)  # type: ignore[attr-defined]
    return paragraph


def head(document: object, title: str, addressee: str = "{{ applicant_name }}：") -> None:
    add(document, "DD 标题", "{{ agency_name }}")
    add(document, "DD 标题", title)
    add(document, "DD 文号", "{{ doc_number }}")
    add(document, "DD 称谓")
    if addressee:
        add(document, "DD 称谓", addressee)


def sign(document: object) -> None:
    add(document, "DD 正文")
    add(document, "DD 正文")
    add(document, "DD 署名", "{{ agency_name }}")
    add(document, "DD 日期", "{{ date }}")


# --- the documents ------------------------------------------------------------------------------


def receipt() -> object:
    d = new_document()
    head(d, "政府信息公开申请登记回执")
    add(d, "DD 正文", RECEIVED + "申请内容：{{ content }}。")
    add(
        d,
        "DD 正文",
        f"根据{LAW}第三十三条的规定，本机关将在收到申请之日起20个工作日内"
        "（即{{ due_on }}前）予以答复；需要延长答复期限的，将另行书面告知。"
        "需要补正申请、征求第三方或者其他机关意见、缴纳信息处理费的，"
        "所需时间不计算在上述期限内。",
    )
    add(d, "DD 正文", CONTACT)
    sign(d)
    return d


def correction() -> object:
    d = new_document()
    head(d, "补正申请告知书")
    add(
        d,
        "DD 正文",
        RECEIVED + f"经审查，您的申请内容不明确。根据{LAW}第三十条的规定，请您对以下事项作出补正：",
    )
    add(d, "DD 正文", "{{ correction_items }}")
    add(
        d,
        "DD 正文",
        "请您自收到本告知书之日起{{ correction_days }}个工作日内提交补正后的申请。"
        "答复期限自本机关收到补正后的申请之日起计算。"
        "您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
    )
    add(d, "DD 正文", CONTACT)
    sign(d)
    return d


def extension() -> object:
    d = new_document()
    head(d, "延期答复告知书")
    add(
        d,
        "DD 正文",
        RECEIVED + "因{{ extension_reason }}，本机关不能在规定期限内作出答复。"
        f"根据{LAW}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人"
        "{{ extension_approver }}同意，答复期限延长{{ extension_days }}个工作日，"
        "本机关将于{{ extended_due_on }}前作出答复。",
    )
    add(d, "DD 正文", "特此告知。")
    sign(d)
    return d


def consultation(party: ConsultedParty) -> object:
    d = new_document()
    head(d, "征求意见书", "{{ party_name }}：")
    matter = (
        "本机关于{{ received_on }}收到申请人提出的政府信息公开申请，"
        "申请获取的信息为：{{ consultation_matter }}。"
    )
    if party is ConsultedParty.THIRD_PARTY:
        add(
            d,
            "DD 正文",
            matter + "本机关认为，公开该信息可能损害你方合法权益。"
            f"根据{LAW}第三十二条的规定，现书面征求你方意见。",
        )
        add(
            d,
            "DD 正文",
            "请你方自收到本征求意见书之日起15个工作日内提出书面意见并说明理由。"
            f"逾期未提出意见的，由本机关依照{LAW}的规定决定是否公开。"
            "你方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，"
            "可以决定予以公开，并将决定公开的政府信息内容和理由书面告知你方。",
        )
    else:
        add(
            d,
            "DD 正文",
            matter + "该信息由本机关与贵机关共同制作。"
            f"根据{LAW}第三十四条的规定，现征求贵机关意见。",
        )
        add(
            d,
            "DD 正文",
            "请贵机关自收到本征求意见书之日起15个工作日内提出意见。逾期未提出意见的，视为同意公开。",
        )
    add(d, "DD 正文", CONTACT)
    sign(d)
    return d


def fee() -> object:
    d = new_document()
    head(d, "收费通知书")
    add(
        d,
        "DD 正文",
        RECEIVED + "根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，"
        "您的申请需缴纳信息处理费{{ fee_amount }}。计算方式：{{ fee_basis }}。",
    )
    add(
        d,
        "DD 正文",
        "缴费方式：{{ payment_method }}。请您自收到本通知书之日起20个工作日内缴纳。"
        "逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。"
        "自本机关发出本通知书之日至收到费用之日的期间，不计算在答复期限内。",
    )
    add(d, "DD 正文", CONTACT)
    sign(d)
    return d


def reply(variant: str) -> object:
    d = new_document()
    head(d, "政府信息公开申请答复书")
    add(d, "DD 正文", REPLY_OPENING)
    decision = REPLY_DECISIONS[variant]
    if decision:
        add(d, "DD 正文", decision)
    add(d, "DD 正文", "{%p if reply_detail %}")
    add(d, "DD 正文", "{{ reply_detail }}")
    add(d, "DD 正文", "{%p endif %}")
    add(d, "DD 正文", "{%p if remedy_since_2024 %}")
    add(d, "DD 正文", REMEDY_SINCE_2024)
    add(d, "DD 正文", "{%p else %}")
    add(d, "DD 正文", REMEDY_BEFORE_2024)
    add(d, "DD 正文", "{%p endif %}")
    sign(d)
    return d


def service() -> object:
    d = new_document()
    head(d, "送达回证", "")
    rows = (
        ("送达文书", "{{ served_title }}（{{ served_number }}）"),
        ("受送达人", "{{ applicant_name }}"),
        ("送达地点", "{{ service_place }}"),
        ("送达方式", "{{ service_method }}"),
        ("受送达人签收", "\n\n年　　月　　日"),
        ("送达人", ""),
        ("备注", ""),
    )
    table = d.add_table(rows=len(rows), cols=2)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Mm(40), Mm(116)
    for (label, value), row in zip(rows, table.rows, strict=True):
        row.cells[0].width, row.cells[1].width = Mm(40), Mm(116)
        for cell, text in ((row.cells[0], label), (row.cells[1], value)):
            paragraph = cell.paragraphs[0]
            paragraph.style = d.styles["DD 称谓"]  # type: ignore[attr-defined]
            paragraph.text = text
    sign(d)
    return d


def build_all() -> dict[str, object]:
    documents: dict[str, object] = {
        template_key(DocumentKind.RECEIPT): receipt(),
        template_key(DocumentKind.CORRECTION): correction(),
        template_key(DocumentKind.EXTENSION): extension(),
        template_key(DocumentKind.FEE): fee(),
        template_key(DocumentKind.SERVICE): service(),
    }
    for party in ConsultedParty:
        documents[template_key(DocumentKind.CONSULTATION, party.value)] = consultation(party)
    for variant in REPLY_DECISIONS:
        documents[template_key(DocumentKind.REPLY, str(variant))] = reply(str(variant))
    return documents


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    documents = build_all()
    missing = set(template_keys()) - set(documents)
    if missing:
        raise SystemExit(f"templates not written: {sorted(missing)}")
    for key, document in documents.items():
        core = document.core_properties  # type: ignore[attr-defined]
        core.author, core.title = "DisclosureDesk", key
        core.created = core.modified = FIXED_TIME
        core.revision = 1
        document.save(str(OUT / f"{key}.docx"))  # type: ignore[attr-defined]
    print(f"wrote {len(documents)} templates to {OUT}")


if __name__ == "__main__":
    main()
