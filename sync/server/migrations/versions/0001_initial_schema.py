"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('device_id', sa.String(length=64), nullable=True),
    sa.Column('case_id', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_case_id'), ['case_id'], unique=False)

    op.create_table('case_counters',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_case_counters'))
    )
    op.create_table('case_joins',
    sa.Column('alias_case_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('alias_case_id', name=op.f('pk_case_joins'))
    )
    with op.batch_alter_table('case_joins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_joins_case_id'), ['case_id'], unique=False)

    op.create_table('child_identities',
    sa.Column('identity_key', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('identity_key', name=op.f('pk_child_identities'))
    )
    op.create_table('counters',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counters'))
    )
    op.create_table('device_cases',
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('mark_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'case_id', name=op.f('pk_device_cases'))
    )
    op.create_table('entities',
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('field_hlcs', sa.JSON(), nullable=False),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('entity_id', name=op.f('pk_entities'))
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_case_id'), ['case_id'], unique=False)

    op.create_table('field_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('field', sa.String(length=128), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('hlc', sa.String(length=128), nullable=False),
    sa.Column('op_id', sa.String(length=64), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_history'))
    )
    with op.batch_alter_table('field_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_history_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_field_history_entity_id'), ['entity_id'], unique=False)

    op.create_table('login_throttle',
    sa.Column('username', sa.String(length=128), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_login_throttle'))
    )
    op.create_table('ops',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('op_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('home_case', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.String(length=128), nullable=False),
    sa.Column('op_user', sa.String(length=64), nullable=False),
    sa.Column('op_device', sa.String(length=64), nullable=False),
    sa.Column('author_user_id', sa.String(length=64), nullable=False),
    sa.Column('author_device_id', sa.String(length=64), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_ops')),
    sa.UniqueConstraint('op_id', name=op.f('uq_ops_op_id'))
    )
    with op.batch_alter_table('ops', schema=None) as batch_op:
        batch_op.create_index('ix_ops_home_case_seq', ['home_case', 'seq'], unique=False)

    op.create_table('recovery_keys',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('public_pem', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recovery_keys'))
    )
    op.create_table('units',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('name', name=op.f('uq_units_name'))
    )
    op.create_table('cases',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('registered_by', sa.String(length=64), nullable=False),
    sa.Column('alias_of', sa.String(length=64), nullable=True),
    sa.Column('strengt_fortrolig', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_cases_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('number', name=op.f('uq_cases_number'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_registered_by'), ['registered_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_unit_id'), ['unit_id'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=128), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=True),
    sa.Column('password_hash', sa.String(length=400), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_users_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('assignments',
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('assigned_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_assignments_case_id_cases')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_assignments_user_id_users')),
    sa.PrimaryKeyConstraint('case_id', 'user_id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_user_id'), ['user_id'], unique=False)

    op.create_table('break_glass',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('case_id', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_break_glass_case_id_cases')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_break_glass_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_break_glass'))
    )
    with op.batch_alter_table('break_glass', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_break_glass_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_break_glass_user_id'), ['user_id'], unique=False)

    op.create_table('devices',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sealed_key', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_devices_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_devices_token_hash'))
    )
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_devices_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_devices_user_id'))

    op.drop_table('devices')
    with op.batch_alter_table('break_glass', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_break_glass_user_id'))
        batch_op.drop_index(batch_op.f('ix_break_glass_case_id'))

    op.drop_table('break_glass')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_user_id'))

    op.drop_table('assignments')
    op.drop_table('users')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_unit_id'))
        batch_op.drop_index(batch_op.f('ix_cases_registered_by'))

    op.drop_table('cases')
    op.drop_table('units')
    op.drop_table('recovery_keys')
    with op.batch_alter_table('ops', schema=None) as batch_op:
        batch_op.drop_index('ix_ops_home_case_seq')

    op.drop_table('ops')
    op.drop_table('login_throttle')
    with op.batch_alter_table('field_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_field_history_entity_id'))
        batch_op.drop_index(batch_op.f('ix_field_history_case_id'))

    op.drop_table('field_history')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entities_case_id'))

    op.drop_table('entities')
    op.drop_table('device_cases')
    op.drop_table('counters')
    op.drop_table('child_identities')
    with op.batch_alter_table('case_joins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_joins_case_id'))

    op.drop_table('case_joins')
    op.drop_table('case_counters')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_case_id'))

    op.drop_table('audit_log')
    op.drop_table('audit_head')
