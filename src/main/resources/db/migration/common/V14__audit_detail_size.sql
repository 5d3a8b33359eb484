-- Audit entries of changes carry the record before and after (JSON): room for them (issue 7).
ALTER TABLE audit_log ALTER COLUMN detail SET DATA TYPE VARCHAR(20000);
CREATE INDEX audit_log_action ON audit_log (action, at);
