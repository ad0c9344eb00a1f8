-- 0002_workshop: what a workshop with the team adds to a plan.
--
-- The plan's cover date and the points each participant may spread in a
-- dot-voting round; per assessment the version of the guided statements
-- it used, and its answers; the votes with their points; and, in a
-- participant's copy, the plan as it was when the copy was made (the base
-- for a three-way merge). Columns added to existing tables get defaults
-- that mean "not set", so that a version 1 file migrates without loss.

ALTER TABLE plan ADD COLUMN date TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN vote_budget INTEGER NOT NULL DEFAULT 0 CHECK (vote_budget >= 0);

ALTER TABLE assessments ADD COLUMN question_set TEXT NOT NULL DEFAULT '';

-- One answer per statement of the assessment's question set; position
-- keeps the order in which they were given. NULL is "weet niet".
CREATE TABLE assessment_answers (
    assessment_id TEXT    NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    statement     TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    now           INTEGER CHECK (now BETWEEN 1 AND 5),
    goal          INTEGER CHECK (goal BETWEEN 1 AND 5),
    PRIMARY KEY (assessment_id, statement)
) STRICT, WITHOUT ROWID;

-- One vote per participant and session in a dot-voting round.
CREATE TABLE votes (
    id          TEXT    NOT NULL PRIMARY KEY,
    plan_id     TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position    INTEGER NOT NULL,
    session     TEXT    NOT NULL,
    participant TEXT    NOT NULL,
    role        TEXT    NOT NULL
) STRICT;
CREATE INDEX votes_plan_position ON votes (plan_id, position);

-- The points of one vote, in the order given; an investment at most once.
CREATE TABLE vote_points (
    vote_id       TEXT    NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
    investment_id TEXT    NOT NULL REFERENCES investments (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    points        INTEGER NOT NULL CHECK (points >= 0),
    PRIMARY KEY (vote_id, investment_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX vote_points_investment ON vote_points (investment_id);

-- In a participant's copy: the plan as it was when the copy was made, as
-- balansplan/1 JSON, with the SHA-256 of that JSON as its identity (copies
-- made from the same state share it). At most one row. It hangs off the
-- plan row, so Replace, which writes another plan, drops it.
CREATE TABLE merge_base (
    plan_id  TEXT NOT NULL PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    sha256   TEXT NOT NULL,
    made_at  TEXT NOT NULL,
    snapshot TEXT NOT NULL
) STRICT;
