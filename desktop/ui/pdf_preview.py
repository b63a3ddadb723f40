"""A PDF preview widget over QtPdf: shows PDF bytes held in memory."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget


class PdfPreview(QWidget):
    """Multi-page, fit-to-width view of an in-memory PDF, or a message when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._view = QPdfView(self)
        self._view.setDocument(self.document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setMargin(24)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(self._view)
        self.show_message(self.tr("尚未生成报告。"))

    def show_pdf(self, data: bytes) -> None:
        """Display ``data`` (a whole PDF file)."""
        self._release()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # the document reads from it for as long as it is shown
        self.document.load(buffer)
        self._stack.setCurrentWidget(self._view)

    def show_message(self, text: str) -> None:
        """Replace the preview by a line of text (no PDF, an error, a non-PDF format)."""
        self._release()
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def message(self) -> str:
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    def page_count(self) -> int:
        return self.document.pageCount() if self._buffer is not None else 0

    def _release(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
