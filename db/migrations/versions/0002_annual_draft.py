"""annual report draft: the parts of a year's report the office writes

Revision ID: 0002_annual_draft
Revises: 0001
Create Date: 2026-12-02 12:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002_annual_draft"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "annual_report_part",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("part", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("cells", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("year", "part", name=op.f("pk_annual_report_part")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("annual_report_part")
