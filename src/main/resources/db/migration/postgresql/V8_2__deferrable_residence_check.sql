-- A household's residence may be checked at commit instead of at once (INITIALLY IMMEDIATE: nothing
-- changes for anyone who does not ask). The county package loader's bulk path (COPY into staging
-- tables, sample.CopyLoad) inserts households pointing at houses it inserts a moment later, in the
-- same transaction, and asks with SET CONSTRAINTS household_residence_house DEFERRED.
ALTER TABLE household ALTER CONSTRAINT household_residence_house DEFERRABLE INITIALLY IMMEDIATE;
