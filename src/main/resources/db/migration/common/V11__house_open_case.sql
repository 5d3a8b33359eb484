-- Whether a house has an open case in the ledger (动态清零台账), kept by casework.CaseLedger when a
-- case is opened, ends or is re-opened. The case map searches only these houses: on PostGIS through a
-- partial GiST index (V11_2), so that a county-wide view does not walk the spatial index of every
-- house (measured: 9 s → 0.1 ms for a view of 10^6 houses without open cases, see docs/CASEWORK.md).
ALTER TABLE house ADD COLUMN has_open_case BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE house SET has_open_case = TRUE
WHERE id IN (SELECT c.open_house_id FROM casework_case c WHERE c.open_house_id IS NOT NULL);
