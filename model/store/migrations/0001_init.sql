-- 0001_init: the first schema of a .balans file.
--
-- One file holds one plan: the plan table has exactly one row, and every
-- other table hangs off it. Entities have UUID text keys (kept from the
-- interchange JSON); position keeps the order of the plan's lists. Money is
-- in whole cents, months are 'YYYY-MM' ('' for none), an unknown score or
-- key figure is NULL. Codes are not UNIQUE in SQL on purpose: swapping two
-- codes in one edit would trip a per-statement check. model.Plan.Validate
-- guarantees uniqueness before anything is written.

CREATE TABLE plan (
    id                             TEXT    NOT NULL PRIMARY KEY,
    singleton                      INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    revision                       INTEGER NOT NULL DEFAULT 0,
    title                          TEXT    NOT NULL,
    start_year                     INTEGER NOT NULL,
    end_year                       INTEGER NOT NULL,
    status                         TEXT    NOT NULL,
    version                        TEXT    NOT NULL,
    ambition                       TEXT    NOT NULL,
    teaching_now                   TEXT    NOT NULL,
    teaching_goal                  TEXT    NOT NULL,
    material_now                   TEXT    NOT NULL,
    material_goal                  TEXT    NOT NULL,
    school_name                    TEXT    NOT NULL,
    school_brin                    TEXT    NOT NULL,
    school_sector                  TEXT    NOT NULL,
    school_pupils                  INTEGER NOT NULL,
    school_staff_fte               REAL    NOT NULL,
    school_board                   TEXT    NOT NULL,
    ind_pupils_per_computer        REAL,
    ind_digital_material_pct       REAL,
    ind_digital_material_goal_pct  REAL,
    ind_laptop_share_pct           REAL,
    ind_tablet_share_pct           REAL,
    ind_byod_pct                   REAL,
    ind_digiboard_rooms_pct        REAL,
    ind_wifi                       INTEGER CHECK (ind_wifi IN (0, 1))
) STRICT;

CREATE TABLE plan_authors (
    plan_id  TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE budget_ceilings (
    plan_id TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    year    INTEGER NOT NULL,
    cents   INTEGER NOT NULL CHECK (cents >= 0),
    PRIMARY KEY (plan_id, year)
) STRICT, WITHOUT ROWID;

CREATE TABLE visions (
    id       TEXT    NOT NULL PRIMARY KEY,
    plan_id  TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    code     TEXT    NOT NULL,
    title    TEXT    NOT NULL,
    text     TEXT    NOT NULL,
    priority INTEGER NOT NULL
) STRICT;
CREATE INDEX visions_plan_position ON visions (plan_id, position);

CREATE TABLE vision_returns (
    vision_id TEXT    NOT NULL REFERENCES visions (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    value     TEXT    NOT NULL,
    PRIMARY KEY (vision_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE investments (
    id                 TEXT    NOT NULL PRIMARY KEY,
    plan_id            TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position           INTEGER NOT NULL,
    code               TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    description        TEXT    NOT NULL,
    block              TEXT    NOT NULL,
    category           TEXT    NOT NULL,
    material_type      TEXT    NOT NULL,
    start_month        TEXT    NOT NULL,
    end_month          TEXT    NOT NULL,
    owner              TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    one_off_cents      INTEGER NOT NULL,
    recurring_cents    INTEGER NOT NULL,
    depreciation_years INTEGER NOT NULL,
    pilot              INTEGER NOT NULL CHECK (pilot IN (0, 1))
) STRICT;
CREATE INDEX investments_plan_position ON investments (plan_id, position);

CREATE TABLE investment_visions (
    investment_id TEXT    NOT NULL REFERENCES investments (id) ON DELETE CASCADE,
    vision_id     TEXT    NOT NULL REFERENCES visions (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (investment_id, vision_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX investment_visions_vision ON investment_visions (vision_id);

CREATE TABLE investment_dependencies (
    investment_id TEXT    NOT NULL REFERENCES investments (id) ON DELETE CASCADE,
    depends_on_id TEXT    NOT NULL REFERENCES investments (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (investment_id, depends_on_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX investment_dependencies_depends_on ON investment_dependencies (depends_on_id);

CREATE TABLE agreements (
    id       TEXT    NOT NULL PRIMARY KEY,
    plan_id  TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    kind     TEXT    NOT NULL,
    coverage TEXT    NOT NULL,
    text     TEXT    NOT NULL
) STRICT;
CREATE INDEX agreements_plan_position ON agreements (plan_id, position);

CREATE TABLE assessments (
    id          TEXT    NOT NULL PRIMARY KEY,
    plan_id     TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position    INTEGER NOT NULL,
    session     TEXT    NOT NULL,
    participant TEXT    NOT NULL,
    role        TEXT    NOT NULL
) STRICT;
CREATE INDEX assessments_plan_position ON assessments (plan_id, position);

CREATE TABLE assessment_scores (
    assessment_id TEXT    NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    block         TEXT    NOT NULL,
    now           INTEGER CHECK (now BETWEEN 1 AND 5),
    goal          INTEGER CHECK (goal BETWEEN 1 AND 5),
    PRIMARY KEY (assessment_id, block)
) STRICT, WITHOUT ROWID;
