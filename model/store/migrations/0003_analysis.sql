-- 0003_analysis: what analysis/2 adds to a plan.
--
-- Per vision statement how and when the school will see whether its
-- returns come (evaluation: a free-text indicator and a month, YYYY-MM);
-- per investment what a deskundigheid investment trains (focus); per
-- assessment the ict applications the participant uses at least weekly,
-- in the order given. Columns added to existing tables get defaults that
-- mean "not said", so that a version 2 file migrates without loss.

ALTER TABLE visions ADD COLUMN evaluation_indicator TEXT NOT NULL DEFAULT '';
ALTER TABLE visions ADD COLUMN evaluation_moment TEXT NOT NULL DEFAULT '';

ALTER TABLE investments ADD COLUMN focus TEXT NOT NULL DEFAULT '';

-- An assessment whose applications were not asked has none recorded (0);
-- one that recorded none has 1 and no rows below.
ALTER TABLE assessments ADD COLUMN applications_recorded INTEGER NOT NULL DEFAULT 0
    CHECK (applications_recorded IN (0, 1));

-- The applications of one assessment, by position: a list as given, so a
-- value listed twice is stored as it is and reported by validation.
CREATE TABLE assessment_applications (
    assessment_id TEXT    NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    application   TEXT    NOT NULL,
    PRIMARY KEY (assessment_id, position)
) STRICT, WITHOUT ROWID;
