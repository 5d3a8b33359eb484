-- Staging of imports (POST /api/imports): validated rows land here first, keyed by the import,
-- so that duplicate codes, villages and the county boundary are checked set-based in SQL and the
-- upsert into house/household is one statement. Rows of an import are deleted when it ends
-- (committed or rolled back: they are written in the import's own transaction).
CREATE TABLE import_house_row (
    import_id         VARCHAR(36)  NOT NULL,
    row_no            BIGINT       NOT NULL,
    code              VARCHAR(32)  NOT NULL,
    village_code      VARCHAR(12),
    village_name      VARCHAR(100),
    location          GEOMETRY(POINT, 4490) NOT NULL,
    footprint         GEOMETRY(POLYGON, 4490),
    address           VARCHAR(200),
    structure         VARCHAR(16),
    storeys           SMALLINT,
    year_built        SMALLINT,
    floor_area        NUMERIC(8, 1),
    seismic_measures  VARCHAR(8),
    grade             VARCHAR(10),
    assessed_on       DATE,
    assessment_kind   VARCHAR(10),
    assessor          VARCHAR(100),
    occupancy         VARCHAR(10),
    last_inspected_on DATE,
    owner_household   VARCHAR(32),
    rejected          BOOLEAN      DEFAULT FALSE NOT NULL,
    PRIMARY KEY (import_id, row_no)
);
CREATE INDEX import_house_row_code ON import_house_row (import_id, code);

CREATE TABLE import_household_row (
    import_id        VARCHAR(36)  NOT NULL,
    row_no           BIGINT       NOT NULL,
    code             VARCHAR(32)  NOT NULL,
    head_name        VARCHAR(50),
    id_number        VARCHAR(18),
    phone            VARCHAR(20),
    members          SMALLINT,
    village_code     VARCHAR(12),
    village_name     VARCHAR(100),
    primary_category VARCHAR(20),
    cat_poverty_alleviated BOOLEAN DEFAULT FALSE NOT NULL,
    cat_monitored          BOOLEAN DEFAULT FALSE NOT NULL,
    cat_minimum_living     BOOLEAN DEFAULT FALSE NOT NULL,
    cat_extreme_poverty    BOOLEAN DEFAULT FALSE NOT NULL,
    cat_severe_hardship    BOOLEAN DEFAULT FALSE NOT NULL,
    cat_near_minimum       BOOLEAN DEFAULT FALSE NOT NULL,
    categories_given BOOLEAN      DEFAULT FALSE NOT NULL,
    disabled_member  BOOLEAN,
    military_family  BOOLEAN,
    veteran          BOOLEAN,
    elderly_alone    BOOLEAN,
    residence_house  VARCHAR(32),
    rejected         BOOLEAN      DEFAULT FALSE NOT NULL,
    PRIMARY KEY (import_id, row_no)
);
CREATE INDEX import_household_row_code ON import_household_row (import_id, code);
