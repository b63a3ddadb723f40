"""Agency settings and the configurable lists."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from db.models import Category, Department
from desktop.services import settings as s


def test_defaults_then_saved_values(session: Session) -> None:
    assert s.get_settings(session)["serial_pattern"] == "〔{year}〕第{number}号"
    s.save_settings(session, {"agency_name": "某某县应急管理局", "due_soon_days": 3})
    values = s.get_settings(session)
    assert values["agency_name"] == "某某县应急管理局"
    assert values["due_soon_days"] == 3


def test_bad_values_store_nothing(session: Session) -> None:
    with pytest.raises(s.SettingError, match="申请编号格式"):
        s.save_settings(session, {"agency_name": "新名称", "serial_pattern": "无序号"})
    assert s.get_setting(session, "agency_name") == s.SETTINGS_BY_KEY["agency_name"].default


def test_lists_seeded_and_replaced_without_losing_ids(session: Session) -> None:
    assert "行政许可" in s.list_names(session, Category)
    kept_id = s.ensure_name(session, Department, "办公室")
    s.save_names(session, Department, ["督查室", "办公室"])
    assert s.list_names(session, Department) == ["督查室", "办公室"]
    assert s.ensure_name(session, Department, "办公室") == kept_id
    with pytest.raises(s.SettingError):
        s.save_names(session, Department, ["甲", "甲"])
