-- PostGIS must be available in the database. A database owner may create it; otherwise an
-- administrator runs this statement once before the first start.
CREATE EXTENSION IF NOT EXISTS postgis;
