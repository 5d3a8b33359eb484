-- The deadline settings the stored next deadlines (casework_case.deadline_on/deadline_rule) were computed
-- with: when the settings in force differ at start-up, the open cases' deadlines are recomputed
-- (org.anju.casework.DeadlineRecomputation). One row.
CREATE TABLE casework_deadline_settings (
    id             SMALLINT      DEFAULT 1 NOT NULL PRIMARY KEY,
    fingerprint    VARCHAR(2000) NOT NULL,
    recomputed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    cases_changed  INTEGER       NOT NULL,
    CONSTRAINT casework_deadline_settings_one_row CHECK (id = 1)
);
