"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 09:36:20.628961
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('before_json', sa.Text(), nullable=False),
    sa.Column('after_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('interview_guide',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('lang', sa.String(length=5), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('builtin_key', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('project_meta',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('release',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('target_date', sa.DateTime(timezone=True), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('segment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('criteria_json', sa.Text(), nullable=False),
    sa.Column('weights_json', sa.Text(), nullable=False),
    sa.Column('profile_weights_json', sa.Text(), nullable=False),
    sa.Column('target_interviews', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('segment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_segment_name'), ['name'], unique=True)

    op.create_table('survey_round',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.DateTime(timezone=True), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('backlog_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('pillar', sa.String(length=20), nullable=False),
    sa.Column('reach', sa.Float(), nullable=True),
    sa.Column('impact', sa.Float(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('effort', sa.Float(), nullable=True),
    sa.Column('framework', sa.String(length=10), nullable=False),
    sa.Column('computed_score', sa.Float(), nullable=True),
    sa.Column('manual_rank', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reject_reason', sa.String(length=500), nullable=False),
    sa.Column('release_id', sa.Integer(), nullable=True),
    sa.Column('owner', sa.String(length=100), nullable=False),
    sa.Column('source_key', sa.String(length=100), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('backlog_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backlog_item_source_key'), ['source_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_backlog_item_status'), ['status'], unique=False)

    op.create_table('board',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('segment_id')
    )
    op.create_table('guide_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('hint', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['guide_id'], ['interview_guide.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('guide_question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guide_question_guide_id'), ['guide_id'], unique=False)

    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('normalized_name', sa.String(length=300), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=500), nullable=False),
    sa.Column('website_norm', sa.String(length=500), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('clients', sa.Integer(), nullable=True),
    sa.Column('level', sa.String(length=100), nullable=False),
    sa.Column('certification', sa.String(length=200), nullable=False),
    sa.Column('authority_rank', sa.Integer(), nullable=True),
    sa.Column('ecosystems', sa.String(length=300), nullable=False),
    sa.Column('technical_capability', sa.Integer(), nullable=True),
    sa.Column('community_authority', sa.Integer(), nullable=True),
    sa.Column('similar_experience', sa.Integer(), nullable=True),
    sa.Column('research_status', sa.String(length=30), nullable=False),
    sa.Column('profile_score', sa.Float(), nullable=True),
    sa.Column('profile_rank', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['segment_id'], ['segment.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_normalized_name'), ['normalized_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_segment_id'), ['segment_id'], unique=False)
        batch_op.create_index('ix_partner_segment_status', ['segment_id', 'research_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_website_norm'), ['website_norm'], unique=False)

    op.create_table('card',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('zone', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('manual_rank', sa.Integer(), nullable=True),
    sa.Column('importance', sa.Integer(), nullable=False),
    sa.Column('pillar', sa.String(length=20), nullable=True),
    sa.Column('pos_x', sa.Float(), nullable=True),
    sa.Column('pos_y', sa.Float(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['board.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_board_id'), ['board_id'], unique=False)
        batch_op.create_index('ix_card_board_zone', ['board_id', 'zone'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_partner_id'), ['partner_id'], unique=False)

    op.create_table('interview',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('guide_id', sa.Integer(), nullable=True),
    sa.Column('interviewer', sa.String(length=100), nullable=False),
    sa.Column('planned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('mode', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('draft_text', sa.Text(), nullable=False),
    sa.Column('current_question_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['guide_id'], ['interview_guide.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_status'), ['status'], unique=False)

    op.create_table('partner_status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('partner_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_status_change_partner_id'), ['partner_id'], unique=False)

    op.create_table('backlog_card_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('backlog_item_id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['backlog_item_id'], ['backlog_item.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('backlog_item_id', 'card_id')
    )
    with op.batch_alter_table('backlog_card_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backlog_card_link_backlog_item_id'), ['backlog_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_backlog_card_link_card_id'), ['card_id'], unique=False)

    op.create_table('capability',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('normalized_name', sa.String(length=300), nullable=False),
    sa.Column('pillar', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('capability', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_capability_normalized_name'), ['normalized_name'], unique=False)

    op.create_table('fit_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_card_id', sa.Integer(), nullable=False),
    sa.Column('target_card_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['source_card_id'], ['card.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_card_id'], ['card.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('source_card_id', 'target_card_id')
    )
    with op.batch_alter_table('fit_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fit_link_source_card_id'), ['source_card_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_fit_link_target_card_id'), ['target_card_id'], unique=False)

    op.create_table('program_element',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('pillar', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('program_element', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_element_key'), ['key'], unique=False)

    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('time_offset_s', sa.Float(), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=True),
    sa.Column('subtype', sa.String(length=20), nullable=True),
    sa.Column('severity', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('suggested_kind', sa.String(length=10), nullable=True),
    sa.Column('suggested_score', sa.Float(), nullable=True),
    sa.Column('suggestion_state', sa.String(length=10), nullable=True),
    sa.Column('guide_question_id', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.String(length=200), nullable=False),
    sa.Column('is_quote', sa.Boolean(), nullable=False),
    sa.Column('is_followup', sa.Boolean(), nullable=False),
    sa.Column('lang', sa.String(length=5), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['guide_question_id'], ['guide_question.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_interview_id'), ['interview_id'], unique=False)
        batch_op.create_index('ix_statement_interview_position', ['interview_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_kind'), ['kind'], unique=False)

    op.create_table('survey_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('backlog_item_id', sa.Integer(), nullable=True),
    sa.Column('card_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=500), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['backlog_item_id'], ['backlog_item.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['round_id'], ['survey_round.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answer_round_id'), ['round_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('card_id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['card_id'], ['card.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('card_id', 'statement_id')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_card_id'), ['card_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_statement_id'), ['statement_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_statement_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_card_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_answer_round_id'))

    op.drop_table('survey_answer')
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_kind'))
        batch_op.drop_index('ix_statement_interview_position')
        batch_op.drop_index(batch_op.f('ix_statement_interview_id'))

    op.drop_table('statement')
    with op.batch_alter_table('program_element', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_element_key'))

    op.drop_table('program_element')
    with op.batch_alter_table('fit_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fit_link_target_card_id'))
        batch_op.drop_index(batch_op.f('ix_fit_link_source_card_id'))

    op.drop_table('fit_link')
    with op.batch_alter_table('capability', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_capability_normalized_name'))

    op.drop_table('capability')
    with op.batch_alter_table('backlog_card_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backlog_card_link_card_id'))
        batch_op.drop_index(batch_op.f('ix_backlog_card_link_backlog_item_id'))

    op.drop_table('backlog_card_link')
    with op.batch_alter_table('partner_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_status_change_partner_id'))

    op.drop_table('partner_status_change')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_status'))
        batch_op.drop_index(batch_op.f('ix_interview_partner_id'))

    op.drop_table('interview')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_partner_id'))

    op.drop_table('contact')
    with op.batch_alter_table('card', schema=None) as batch_op:
        batch_op.drop_index('ix_card_board_zone')
        batch_op.drop_index(batch_op.f('ix_card_board_id'))

    op.drop_table('card')
    with op.batch_alter_table('partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_website_norm'))
        batch_op.drop_index('ix_partner_segment_status')
        batch_op.drop_index(batch_op.f('ix_partner_segment_id'))
        batch_op.drop_index(batch_op.f('ix_partner_normalized_name'))

    op.drop_table('partner')
    with op.batch_alter_table('guide_question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guide_question_guide_id'))

    op.drop_table('guide_question')
    op.drop_table('board')
    with op.batch_alter_table('backlog_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backlog_item_status'))
        batch_op.drop_index(batch_op.f('ix_backlog_item_source_key'))

    op.drop_table('backlog_item')
    op.drop_table('survey_round')
    with op.batch_alter_table('segment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_segment_name'))

    op.drop_table('segment')
    op.drop_table('release')
    op.drop_table('project_meta')
    op.drop_table('interview_guide')
    op.drop_table('change_counter')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_entry')
