"""Letters as PDF: GB/T 9704-2012 geometry, embedded fonts, Chinese line breaking."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.reports.letter_docx import Grid, LetterContent, Para, Role
from desktop.reports.letter_pdf import letter_pdf

MM = 72 / 25.4
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

BODY = (
    "本机关于2026年3月2日收到您提出的政府信息公开申请（申请编号：〔2026〕第1号），"
    "您申请获取“2025年本市危险化学品生产企业安全生产许可证核发情况”的政府信息。"
    "经审查，您申请获取的政府信息属于公开范围。根据《中华人民共和国政府信息公开条例》"
    "第三十六条第（二）项的规定，本机关予以公开，现向您提供该政府信息。"
)
CONTENT = LetterContent(
    (
        Para(Role.TITLE, "某某市应急管理局"),
        Para(Role.TITLE, "政府信息公开申请答复书"),
        Para(Role.NUMBER, "公开复〔2026〕12号"),
        Para(Role.ADDRESSEE, ""),
        Para(Role.ADDRESSEE, "张三："),
        *(Para(Role.BODY, BODY) for _ in range(6)),
        Para(Role.BODY, "特此告知。"),
        Grid((("送达文书", "答复书"), ("受送达人", "张三")), (40.0, 116.0)),
        Para(Role.SIGNATURE, "某某市应急管理局"),
        Para(Role.DATE, "2026年3月20日"),
    )
)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("letter") / "letter.pdf"
    path.write_bytes(letter_pdf(CONTENT, title="公开复〔2026〕12号"))
    return path


def words(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page
        ):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            found.append((number, x0, y0, x1, y1, m.group(5)))
    return found


def in_block(
    found: list[tuple[int, float, float, float, float, str]],
) -> list[tuple[int, float, float, float, float, str]]:
    """The words above the page numbers."""
    return [w for w in found if w[2] < (37 + 225) * MM]


def cells(text: str) -> float:
    """Characters on the 28-per-line grid: Latin letters and digits are half as wide."""
    return sum(0.5 if ord(c) < 128 else 1 for c in text)


def test_text_stays_in_the_gb9704_text_block(pdf: Path) -> None:
    found = words(pdf)
    assert len({w[0] for w in found}) > 1  # the long letter runs on
    text = in_block(found)
    assert min(w[1] for w in text) >= 28 * MM - 0.5  # left (binding) margin
    assert max(w[3] for w in text) <= (28 + 156) * MM + 0.5  # 156 mm wide
    assert min(w[2] for w in text) >= 37 * MM - 0.5  # top margin
    assert max(w[4] for w in text) <= (37 + 225) * MM + 0.5  # 225 mm high
    body = [w for w in text if w[5].startswith("本机关于")]
    assert body
    assert all(abs((w[4] - w[2]) - 16) < 0.5 for w in body)
    title = [w for w in text if w[5] == "政府信息公开申请答复书"]
    assert abs((title[0][4] - title[0][2]) - 22) < 0.5  # 2号


def test_about_22_lines_of_28_characters(pdf: Path) -> None:
    first_page = [w for w in in_block(words(pdf)) if w[0] == 1]
    body = [w for w in first_page if abs((w[4] - w[2]) - 16) < 0.5]
    tops = sorted({round(w[2], 1) for w in body})
    pitch = 225 * MM / 22
    steps = [(top - tops[0]) / pitch for top in tops]
    assert all(abs(step - round(step)) < 0.01 for step in steps)  # a 22-line grid …
    last_line = (tops[-1] + 16 - 37 * MM) / pitch
    assert 21 < last_line <= 22  # … filled to its last line
    full = [w for w in first_page if w[3] - w[1] > 150 * MM]
    assert full
    assert all(26 <= cells(w[5]) <= 28 for w in full)


def test_page_numbers_sit_below_the_text_block(pdf: Path) -> None:
    folios = [w for w in words(pdf) if w[5] in ("— 1 —", "—", "1")]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "— 1 —" in text
    assert "— 2 —" in text
    assert all(w[2] > (37 + 225) * MM for w in folios)


def test_the_date_is_four_characters_from_the_edge(pdf: Path) -> None:
    date = next(w for w in words(pdf) if w[5] == "2026年3月20日")
    assert abs(((28 + 156) * MM - date[3]) - 4 * 156 * MM / 28) < 1


def test_fonts_are_embedded_subsets(pdf: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows
    for row in rows:
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), row


def test_no_line_starts_with_closing_punctuation_or_ends_a_paragraph_alone(pdf: Path) -> None:
    lines = [w[5] for w in in_block(words(pdf))]
    assert not [line for line in lines if line[0] in "，。、；：）》”"]
    assert not [line for line in lines if len(line) == 1]
