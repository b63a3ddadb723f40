"""applicant sort key: pinyin order of applicant names on every database

Revision ID: 0006_applicant_sort_key
Revises: 0005

The key is filled for existing rows at start-up (desktop.services.database),
where the pinyin function lives; db/ does not import the application.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_applicant_sort_key"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("application") as batch:
        batch.add_column(
            sa.Column(
                "applicant_sort_key", sa.String(length=200), nullable=False, server_default=""
            )
        )
        batch.create_index(
            "ix_application_applicant_sort_key", ["applicant_sort_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("application") as batch:
        batch.drop_index("ix_application_applicant_sort_key")
        batch.drop_column("applicant_sort_key")
