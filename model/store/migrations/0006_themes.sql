-- 0006_themes: the themes and the maturity register (issue 19,
-- docs/themes.md, docs/plan-format-additions.md).
--
-- The new columns default to '' (no theme) and the tables start empty, so
-- a version 5 file migrates without loss and loads as the same plan. As in
-- the rest of the schema, nothing here refuses a value that validation
-- refuses (a malformed theme id, a level of 7): a file another program
-- changed loads as it is, and validation names the field.

-- The theme a vision statement, investment or agreement was added from.
ALTER TABLE visions ADD COLUMN theme TEXT NOT NULL DEFAULT '';
ALTER TABLE investments ADD COLUMN theme TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN theme TEXT NOT NULL DEFAULT '';

-- The themes the plan chose, in the order chosen.
CREATE TABLE plan_themes (
    plan_id  TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position INTEGER NOT NULL,
    theme    TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
) STRICT, WITHOUT ROWID;

-- The maturity register: per domain the level now (0: not assessed) and
-- the target, 1 to 5.
CREATE TABLE maturity_domains (
    id            TEXT    NOT NULL PRIMARY KEY,
    plan_id       TEXT    NOT NULL REFERENCES plan (id) ON DELETE CASCADE ON UPDATE CASCADE,
    position      INTEGER NOT NULL,
    norm          TEXT    NOT NULL,
    domain        TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    current_level INTEGER NOT NULL,
    target_level  INTEGER NOT NULL,
    owner         TEXT    NOT NULL
) STRICT;
CREATE INDEX maturity_domains_plan_position ON maturity_domains (plan_id, position);

-- The investments that raise a domain, in the order linked. A link goes
-- with its domain and with its investment, as an investment's links to
-- visions do.
CREATE TABLE maturity_investments (
    domain_id     TEXT    NOT NULL REFERENCES maturity_domains (id) ON DELETE CASCADE ON UPDATE CASCADE,
    investment_id TEXT    NOT NULL REFERENCES investments (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (domain_id, investment_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX maturity_investments_investment ON maturity_investments (investment_id);
