"""CHECK constraints on every enumerated column; indexes on the register's filters

Revision ID: 0005
Revises: 0004_documents
Create Date: 2026-12-02 12:00:00

The value lists are copied here, not imported: a migration stays what it was when
it shipped. On SQLite each table is rebuilt (batch mode) inside the single
transaction ``db.migrate`` holds, so a kill half-way leaves the old revision intact.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECKS: dict[str, dict[str, tuple[str, ...]]] = {
    "application": {
        "channel": ("in_person", "post", "online", "email", "fax", "other"),
        "letter_kind": ("registered", "ordinary"),
        "applicant_type": (
            "natural_person",
            "business",
            "research",
            "public_interest",
            "legal_service",
            "other",
        ),
        "preferred_form": ("", "paper", "electronic", "other"),
        "preferred_delivery": ("", "in_person", "post", "electronic", "other"),
        "state": (
            "open",
            "awaiting_correction",
            "consulting",
            "awaiting_fee",
            "replied",
            "abandoned",
            "unpaid",
            "withdrawn",
        ),
        "outcome": (
            "disclosed",
            "partly_disclosed",
            "refused_state_secret",
            "refused_prohibited_by_law",
            "refused_three_safeties",
            "refused_third_party",
            "refused_internal_affairs",
            "refused_process_info",
            "refused_enforcement_file",
            "refused_query_matter",
            "unavailable_not_held",
            "unavailable_needs_creation",
            "unavailable_still_unclear",
            "not_processed_petition",
            "not_processed_repeated",
            "not_processed_publication",
            "not_processed_excessive",
            "not_processed_confirmation",
            "other_abandoned",
            "other_unpaid",
            "other_other",
        ),
    },
    "application_event": {
        "kind": (
            "received",
            "correction_notice",
            "correction_received",
            "abandoned",
            "consultation_sent",
            "consultation_replied",
            "extension",
            "manual_deadline",
            "fee_notice",
            "fee_paid",
            "fee_unpaid",
            "reply",
            "delivery",
            "withdrawal",
            "archive",
        ),
    },
    "appeal": {
        "kind": ("reconsideration", "litigation_direct", "litigation_after_reconsideration"),
        "outcome": ("upheld", "corrected", "other", "pending"),
    },
    "calendar_day": {"kind": ("holiday", "workday"), "source": ("shipped", "clerk")},
    "calendar_year": {"source": ("shipped", "clerk")},
    "report_snapshot": {"kind": ("annual", "quarterly", "range")},
    "annual_report_part": {"part": ("overview", "applications", "table2", "problems", "other")},
    "user_account": {"role": ("clerk", "supervisor", "admin", "viewer")},
}
INDEXED = {"application": ("category_id", "department_id")}


def upgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for column, values in checks.items():
                listed = ", ".join(f"'{value}'" for value in values)
                batch.create_check_constraint(
                    op.f(f"ck_{table}_{column}"), f"{column} IN ({listed})"
                )
            for column in INDEXED.get(table, ()):
                batch.create_index(op.f(f"ix_{table}_{column}"), [column])


def downgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for column in INDEXED.get(table, ()):
                batch.drop_index(op.f(f"ix_{table}_{column}"))
            for column in checks:
                batch.drop_constraint(op.f(f"ck_{table}_{column}"), type_="check")
