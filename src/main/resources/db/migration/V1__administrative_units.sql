-- Administrative units (province, district, commune), synchronised at start-up from the reference
-- data file. Our tables carry the ocop_ prefix and never mix with Camunda's ACT_ tables.
CREATE TABLE ocop_administrative_unit (
    code        VARCHAR(16)  NOT NULL PRIMARY KEY,
    unit_level  VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_code VARCHAR(16),
    CONSTRAINT ocop_administrative_unit_level_check
        CHECK (unit_level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT ocop_administrative_unit_parent_fk
        FOREIGN KEY (parent_code) REFERENCES ocop_administrative_unit (code)
);

CREATE INDEX ocop_administrative_unit_parent_idx ON ocop_administrative_unit (parent_code);
