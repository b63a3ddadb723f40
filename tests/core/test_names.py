"""The applicant sort key: pypinyin's own TONE3 syllables, computed faster."""

from __future__ import annotations

import random

from pypinyin import Style, lazy_pinyin

from desktop.core.names import SORT_KEY_LENGTH, applicant_sort_key
from desktop.services.demo import GIVEN, SURNAMES


def _reference(name: str) -> str:
    """The key as first defined: ``lazy_pinyin`` on the whole name."""
    syllables = lazy_pinyin(name.strip(), style=Style.TONE3, errors="default")
    return " ".join(s.lower() for s in syllables if s.strip())[:SORT_KEY_LENGTH]


SPECIAL = [
    "张三",
    "重庆市某某科技有限公司",  # a phrase changes a reading: 重 is chong2 here
    "中国银行股份有限公司北京分行",  # 行 read hang2 in both phrases
    "单田芳",  # a heteronym as a surname
    "曾国藩",
    "乐嘉",
    "José García",  # letters with accents are kept as written, not read as tones
    "ABC公司",
    "李 四",
    "王五（代理人：赵六）",
    "１２３号",
    "呣",  # a syllable without a vowel letter
    "女儿",
    "绿地集团",  # ü
    "",
    "　",
]


def test_special_names_have_the_reference_keys() -> None:
    for name in SPECIAL:
        assert applicant_sort_key(name) == _reference(name), name


def test_random_names_have_the_reference_keys() -> None:
    rng = random.Random(13)
    characters = SURNAMES + GIVEN + "重行长乐单朴区解仇查盖种曾覃尉迟欧阳上官司马"
    for _ in range(3000):
        name = "".join(rng.choices(characters, k=rng.randint(1, 12)))
        assert applicant_sort_key(name) == _reference(name), name


def test_any_cjk_character_has_the_reference_key() -> None:
    rng = random.Random(7)
    for _ in range(300):
        name = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(2, 20)))
        assert applicant_sort_key(name) == _reference(name), name


def test_a_long_name_is_cut_to_the_column() -> None:
    assert len(applicant_sort_key("张" * 150)) == SORT_KEY_LENGTH
