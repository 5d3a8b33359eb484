-- Indexes for time filters of the OGC API (datetime= on houses by assessment date, on disasters by
-- event start) so that they stay range scans at province scale (10^7 houses).
CREATE INDEX house_assessed_on ON house (assessed_on);
CREATE INDEX disaster_event_started_on ON disaster_event (started_on);
