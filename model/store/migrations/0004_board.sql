-- 0004_board: the board chapters (issue 13, docs/plan-format-additions.md).
--
-- The blocks a plan has once (the proposal to the board, the adoption
-- block with the participation council's part, the privacy paragraph, the
-- plan's own review and the chapters that are prose only) are columns of
-- the plan row: one row, one header to compare when an edit is saved.
-- Columns added to the plan get the default '' (not said), so that a
-- version 3 file migrates without loss. The signature lines, the
-- inventory, the organisation of ict and the risks are lists in the order
-- given. Like the rest of the schema, nothing here refuses a value that
-- validation refuses: a file another program changed loads as it is, and
-- validation names the field.

ALTER TABLE plan ADD COLUMN proposal_decision             TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN proposal_funding              TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN proposal_over_ceiling         TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN proposal_conditions           TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN adoption_date                 TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN adoption_by                   TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN council_kind                  TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN council_outcome               TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN council_date                  TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN council_note                  TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN privacy_responsible           TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN privacy_processing_agreements TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN privacy_dpia                  TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN privacy_note                  TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN review_by                     TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN review_when                   TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN review_how                    TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN situation                     TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN organisation                  TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN replacement                   TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN communication                 TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN schoolplan                    TEXT NOT NULL DEFAULT '';

-- The signature lines under the adoption block, in the order they sign.
CREATE TABLE plan_signatories (
    plan_id  TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    function TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
) STRICT, WITHOUT ROWID;

-- The beginsituatie: what the school has now, or a known problem. A
-- quantity or year of 0 is not known.
CREATE TABLE inventory (
    id          TEXT    NOT NULL PRIMARY KEY,
    plan_id     TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    quantity    INTEGER NOT NULL,
    year        INTEGER NOT NULL,
    note        TEXT    NOT NULL
) STRICT;
CREATE INDEX inventory_plan_position ON inventory (plan_id, position);

-- The organisation of ict: one task, who does it and its hours a year.
CREATE TABLE responsibilities (
    id             TEXT    NOT NULL PRIMARY KEY,
    plan_id        TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position       INTEGER NOT NULL,
    task           TEXT    NOT NULL,
    person         TEXT    NOT NULL,
    hours_per_year INTEGER NOT NULL,
    duties         TEXT    NOT NULL
) STRICT;
CREATE INDEX responsibilities_plan_position ON responsibilities (plan_id, position);

-- The risk register; likelihood and impact are '' when not said.
CREATE TABLE risks (
    id          TEXT    NOT NULL PRIMARY KEY,
    plan_id     TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position    INTEGER NOT NULL,
    description TEXT    NOT NULL,
    likelihood  TEXT    NOT NULL,
    impact      TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    measure     TEXT    NOT NULL
) STRICT;
CREATE INDEX risks_plan_position ON risks (plan_id, position);
