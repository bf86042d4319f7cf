-- A bulk send remembers whom it is for and how far composing it got, so that an application stopped in the
-- middle of composing (a restart, a crash) carries on where it stopped: the next start, or another instance,
-- composes only for the recipients who have neither a message nor a skip yet. Portable SQL for H2 and PostgreSQL.

-- The job's recipients in the order they were chosen. No foreign key to delegate: like the outbox itself, a
-- job must not stop a delegate from being removed; one removed before their message was composed is skipped.
CREATE TABLE mail_job_recipient (
    job_id          VARCHAR(36) NOT NULL,
    recipient_order INTEGER     NOT NULL,
    delegate_id     BIGINT      NOT NULL,
    CONSTRAINT mail_job_recipient_pk PRIMARY KEY (job_id, recipient_order),
    CONSTRAINT mail_job_recipient_delegate_unique UNIQUE (job_id, delegate_id),
    CONSTRAINT mail_job_recipient_job_fk FOREIGN KEY (job_id) REFERENCES mail_job (id)
);

-- The agenda release whose personal programme the job's messages carry, fixed when the job starts, so that a
-- resumed job attaches the same one; empty when the agenda had not been published.
ALTER TABLE mail_job ADD COLUMN release_number INTEGER;
-- Set once every recipient has a message or a skip.
ALTER TABLE mail_job ADD COLUMN composed_at TIMESTAMP;
-- The lease of the run composing the job, as for messages: one whose lease ran out belongs to a run that died.
ALTER TABLE mail_job ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE mail_job ADD COLUMN claimed_until TIMESTAMP;

-- Jobs from before this version kept their recipients only in memory: none of them can be resumed.
UPDATE mail_job SET composed_at = created_at;

-- At most one message and at most one skip per recipient of a job, whoever composes it (NULLs are distinct:
-- messages outside jobs, or without a delegate, are not concerned).
CREATE UNIQUE INDEX outbox_message_job_delegate_idx ON outbox_message (job_id, delegate_id);
CREATE UNIQUE INDEX mail_job_skip_delegate_idx ON mail_job_skip (job_id, delegate_id);
CREATE INDEX mail_job_composing_idx ON mail_job (composed_at, claimed_until);
