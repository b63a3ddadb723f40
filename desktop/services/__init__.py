"""One small function per user action: a unit of work, keyword-only arguments,
frozen value objects out. No Qt here; no ORM object leaves this package."""
