-- Closing an inspection campaign (排查活动结束): a closed campaign leaves the field page and takes no
-- more results, photos or assignments; its tasks and results stay. Who closed it, when and why.
ALTER TABLE inspection_campaign ADD COLUMN closed_on DATE;
ALTER TABLE inspection_campaign ADD COLUMN closed_by VARCHAR(100);
ALTER TABLE inspection_campaign ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inspection_campaign ADD COLUMN close_note VARCHAR(1000);
ALTER TABLE inspection_campaign ADD CONSTRAINT inspection_campaign_closed_after_start
    CHECK (closed_on IS NULL OR closed_on >= started_on);

-- A village's tasks go to a team (free text, as before) and/or to an account that records the results
-- (account.username; checked by the service: enabled, a role that records, jurisdiction covering the village).
ALTER TABLE inspection_task ADD COLUMN assignee VARCHAR(50);
