"""entities keyed by (entity, entity_id)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

The protocol names an entity by ``(entity, entity_id)``: a melding and its reporter share the
melding's id. Keyed by ``entity_id`` alone, the reporter (and any other entity that shares an
id) was refused ``invalid_op``. ``field_history`` records which entity a late value was for.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('entities', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint('pk_entities', type_='primary')
        batch_op.create_primary_key('pk_entities', ['entity_id', 'entity'])
    with op.batch_alter_table('field_history', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entity', sa.String(length=32), nullable=True))
    op.execute(
        "UPDATE field_history SET entity = COALESCE((SELECT e.entity FROM entities e"
        " WHERE e.entity_id = field_history.entity_id LIMIT 1), '')"
    )
    with op.batch_alter_table('field_history', schema=None) as batch_op:
        batch_op.alter_column('entity', existing_type=sa.String(length=32), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('field_history', schema=None) as batch_op:
        batch_op.drop_column('entity')
    with op.batch_alter_table('entities', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint('pk_entities', type_='primary')
        batch_op.create_primary_key('pk_entities', ['entity_id'])
