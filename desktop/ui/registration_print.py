"""The registration form (政府信息公开申请登记表) of one application: printed or saved as PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.register import RegistrationSheet
from desktop.ui.widgets import format_date, vocab_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegistrationPrint", text)


def _rows(sheet: RegistrationSheet) -> list[tuple[str, str]]:
    d = sheet.detail
    return [
        (_tr("申请编号"), d.serial),
        (_tr("申请渠道"), vocab_label(d.channel)),
        (_tr("到达日期"), format_date(d.arrived_on)),
        (_tr("收到日期"), format_date(d.received_on)),
        (_tr("申请人类型"), vocab_label(d.applicant_type)),
        (_tr("姓名/名称"), d.applicant_name),
        (_tr("证件号码"), d.id_number),
        (_tr("联系电话"), d.phone),
        (_tr("通信地址"), d.address),
        (_tr("电子邮箱"), d.email),
        (_tr("申请内容"), d.content),
        (_tr("内容分类"), d.category),
        (_tr("承办部门"), d.department),
        (_tr("办理状态"), vocab_label(d.state)),
        (_tr("答复期限"), format_date(d.due_on)),
        (_tr("备注"), d.notes),
    ]


def registration_html(sheet: RegistrationSheet) -> str:
    """The form as simple HTML (a bordered two-column table under a title)."""
    cells = "".join(
        f'<tr><td width="22%" style="padding:6px"><b>{escape(label)}</b></td>'
        f'<td style="padding:6px">{escape(value).replace(chr(10), "<br>")}</td></tr>'
        for label, value in _rows(sheet)
    )
    title = escape(_tr("政府信息公开申请登记表"))
    return (
        f'<h2 align="center">{title}</h2>'
        f'<p align="center">{escape(sheet.agency)}</p>'
        f'<table width="100%" border="1" cellspacing="0" cellpadding="4">{cells}</table>'
        f"<p><br>{escape(_tr('登记人：'))}{'_' * 16}　　{escape(_tr('日期：'))}{'_' * 16}</p>"
    )


def _document(sheet: RegistrationSheet) -> QTextDocument:
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(12)  # readable on paper whatever the screen font
    document.setDefaultFont(font)
    document.setHtml(registration_html(sheet))
    return document


def _a4(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )


def save_registration_pdf(sheet: RegistrationSheet, path: Path) -> None:
    """Write the form as a PDF file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _a4(printer)
    _document(sheet).print_(printer)


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """Ask for a printer (or 打印到 PDF), A4; None when the clerk cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("打印登记表"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_sheet(printer: QPrinter, sheet: RegistrationSheet) -> None:
    """Print the form on ``printer``."""
    _document(sheet).print_(printer)
