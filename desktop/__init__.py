"""DisclosureDesk (政府信息公开申请办理台账): register, deadlines and statistics."""

__version__ = "0.1.0"
