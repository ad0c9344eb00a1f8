-- 0007_previous: the link back (issue 15, "start the next plan from this
-- one"; docs/lifecycle.md, docs/plan-format-additions.md): the plan this
-- one continues, by its ID, title and version on the day the next plan
-- was made. It is a reference by value, not a foreign key: the earlier
-- plan lives in another file.
--
-- The columns default to '' (continues no plan), so a version 6 file
-- migrates without loss and loads as the same plan.
ALTER TABLE plan ADD COLUMN previous_id TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN previous_title TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN previous_version TEXT NOT NULL DEFAULT '';
