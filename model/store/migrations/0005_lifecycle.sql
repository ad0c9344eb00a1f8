-- 0005_lifecycle: the plan's life after the first draft (issue 15,
-- docs/lifecycle.md, docs/plan-format-additions.md).
--
-- Every table starts empty and the new column defaults to 0, so a
-- version 4 file migrates without loss and loads as the same plan. Like
-- the rest of the schema, nothing here refuses a value that validation
-- refuses (a year outside the plan period, a year given twice, a rating
-- of 7): a file another program changed loads as it is, and validation
-- names the field.

-- The round of the self-assessment an assessment belongs to: a calendar
-- year, or 0 for the plan's first round (every assessment made before
-- rounds existed).
ALTER TABLE assessments ADD COLUMN round_year INTEGER NOT NULL DEFAULT 0;

-- A vision statement's yearly evaluation: did the returns come. A NULL
-- rating is not judged.
CREATE TABLE vision_evaluations (
    vision_id TEXT    NOT NULL REFERENCES visions (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position  INTEGER NOT NULL,
    year      INTEGER NOT NULL,
    rating    INTEGER,
    note      TEXT    NOT NULL,
    PRIMARY KEY (vision_id, position)
) STRICT, WITHOUT ROWID;

-- What an investment actually cost in a calendar year, in whole cents.
CREATE TABLE realisations (
    investment_id   TEXT    NOT NULL REFERENCES investments (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position        INTEGER NOT NULL,
    year            INTEGER NOT NULL,
    one_off_cents   INTEGER NOT NULL,
    recurring_cents INTEGER NOT NULL,
    PRIMARY KEY (investment_id, position)
) STRICT, WITHOUT ROWID;

-- The dated history of an investment's status, in the order recorded.
CREATE TABLE investment_status_changes (
    investment_id TEXT    NOT NULL REFERENCES investments (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position      INTEGER NOT NULL,
    date          TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    note          TEXT    NOT NULL,
    PRIMARY KEY (investment_id, position)
) STRICT, WITHOUT ROWID;

-- The plan's status history (concept, besproken, vastgesteld): who, when
-- and why. Append only in the program; a row is never changed.
CREATE TABLE plan_status_changes (
    id       TEXT    NOT NULL PRIMARY KEY,
    plan_id  TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    status   TEXT    NOT NULL,
    date     TEXT    NOT NULL,
    by_whom  TEXT    NOT NULL,
    note     TEXT    NOT NULL
) STRICT;
CREATE INDEX plan_status_changes_plan_position ON plan_status_changes (plan_id, position);

-- The versions frozen when the board adopted the plan. content is the
-- whole plan as it was then, without versions of its own, as balansplan/1
-- JSON (what model.EncodeJSON writes). A frozen version never changes, so
-- its JSON is an honest record, and one row reads it back on its own
-- (store.Doc.Version) without loading the plan; spreading it over the
-- tables above would need a copy of every table keyed by version.
CREATE TABLE plan_versions (
    id       TEXT    NOT NULL PRIMARY KEY,
    plan_id  TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    number   TEXT    NOT NULL,
    date     TEXT    NOT NULL,
    status   TEXT    NOT NULL,
    content  TEXT    NOT NULL
) STRICT;
CREATE INDEX plan_versions_plan_position ON plan_versions (plan_id, position);
