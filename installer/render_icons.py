"""Render resources/icons/disclosure-desk.svg to the PNG sizes and the Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/render_icons.py

The PNGs are committed (the app and the .deb use them as they are); run this again
after editing the SVG. Qt's own SVG renderer draws them, so no extra tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "disclosure-desk"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        print(f"cannot read {NAME}.svg", file=sys.stderr)
        return 1
    pngs = []
    for size in SIZES:
        target = ICONS / f"{NAME}-{size}.png"
        if not render(renderer, size).save(str(target)):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        pngs.append(target)
    largest = Image.open(pngs[-1])
    largest.save(ICONS / f"{NAME}.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {len(pngs)} PNGs and {NAME}.ico into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
