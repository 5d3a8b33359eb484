-- Staging of the area layers of POST /api/imports (layer = disasters | seismic-zones |
-- admin-areas), like import_house_row: rows of one import, checked set-based, then written in one
-- statement per target table, deleted when the import ends.

-- 灾害范围: one row per footprint part; the event attributes repeat on every row of the event.
CREATE TABLE import_disaster_row (
    import_id      VARCHAR(36)  NOT NULL,
    row_no         BIGINT       NOT NULL,
    event_code     VARCHAR(40)  NOT NULL,
    event_type     VARCHAR(16),
    event_name     VARCHAR(200),
    started_on     DATE,
    ended_on       DATE,
    description    VARCHAR(2000),
    severity       VARCHAR(50),
    severity_order DOUBLE PRECISION,
    severity_rank  SMALLINT,
    vertices       INTEGER      NOT NULL,
    area           GEOMETRY(MULTIPOLYGON, 4490) NOT NULL,
    rejected       BOOLEAN      DEFAULT FALSE NOT NULL,
    PRIMARY KEY (import_id, row_no)
);
CREATE INDEX import_disaster_row_event ON import_disaster_row (import_id, event_code, row_no);

-- 抗震设防烈度分区
CREATE TABLE import_seismic_zone_row (
    import_id VARCHAR(36)   NOT NULL,
    row_no    BIGINT        NOT NULL,
    intensity SMALLINT      NOT NULL,
    pga       NUMERIC(3, 2) NOT NULL,
    source    VARCHAR(200)  NOT NULL,
    area      GEOMETRY(MULTIPOLYGON, 4490) NOT NULL,
    rejected  BOOLEAN       DEFAULT FALSE NOT NULL,
    PRIMARY KEY (import_id, row_no)
);

-- 行政区划: parent_code is derived from the code (the 12-digit hierarchy), boundary may be absent.
CREATE TABLE import_area_row (
    import_id   VARCHAR(36)  NOT NULL,
    row_no      BIGINT       NOT NULL,
    code        VARCHAR(12)  NOT NULL,
    name        VARCHAR(100),
    level       VARCHAR(10)  NOT NULL,
    parent_code VARCHAR(12),
    boundary    GEOMETRY(MULTIPOLYGON, 4490),
    rejected    BOOLEAN      DEFAULT FALSE NOT NULL,
    PRIMARY KEY (import_id, row_no)
);
CREATE INDEX import_area_row_code ON import_area_row (import_id, code);
