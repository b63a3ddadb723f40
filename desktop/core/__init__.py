"""Pure domain logic: no Qt, no SQLAlchemy, no I/O, no clock (today is a parameter)."""
