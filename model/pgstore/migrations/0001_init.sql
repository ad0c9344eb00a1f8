-- The board database, version 1. Runs as balansplan_owner (Init sets the
-- role), so every object here belongs to the schema owner and not to the
-- role the app connects as. A released migration is never edited; a change
-- is a new file.

-- Who is who. The person behind a connection is the login role (session
-- user); the app says per transaction whom it acts for
-- (set_config('balansplan.user', ..., true)), and that must be the session
-- user itself unless the session user is a trusted service
-- (balansplan_service, a server acting for many people). No user context,
-- or a context that is not allowed, is no user: nothing is visible.
CREATE FUNCTION balansplan.app_user() RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT u FROM (SELECT nullif(current_setting('balansplan.user', true), '') AS u) s
  WHERE u IS NOT NULL
    AND (u = session_user::text OR pg_has_role(session_user, 'balansplan_service', 'MEMBER'))
$$;

CREATE TABLE balansplan.boards (
  board_id text PRIMARY KEY CHECK (board_id <> ''),
  name     text NOT NULL DEFAULT ''
);

CREATE TABLE balansplan.schools (
  board_id  text NOT NULL REFERENCES balansplan.boards ON DELETE CASCADE,
  school_id text NOT NULL CHECK (school_id <> ''), -- the BRIN
  name      text NOT NULL DEFAULT '',
  PRIMARY KEY (board_id, school_id),
  UNIQUE (school_id)
);

-- grants: the rights of one person (a login role's name) in one board.
--   director    reads and writes the plans of school_id
--   board       reads every plan of the board, writes them and may adopt
--               (set the status vastgesteld); school_id is NULL
--   consultant  reads and writes the plans of school_id until expires_at
--   supervisor  reads the adopted plans (status vastgesteld) of school_id,
--               or of every school of the board when school_id is NULL
CREATE TABLE balansplan.grants (
  grant_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_name  text NOT NULL CHECK (user_name <> ''),
  role       text NOT NULL CHECK (role IN ('director', 'board', 'consultant', 'supervisor')),
  board_id   text NOT NULL REFERENCES balansplan.boards ON DELETE CASCADE,
  school_id  text,
  expires_at timestamptz,
  FOREIGN KEY (board_id, school_id) REFERENCES balansplan.schools ON DELETE CASCADE,
  CHECK (role <> 'director' OR school_id IS NOT NULL),
  CHECK (role <> 'board' OR school_id IS NULL),
  CHECK (role <> 'consultant' OR (school_id IS NOT NULL AND expires_at IS NOT NULL))
);
CREATE INDEX grants_user ON balansplan.grants (user_name);

-- The rights, as functions the policies call. They read grants as the
-- caller, under its policy, which shows each person only their own rows.
-- now() is the transaction's start: a consultant's access ends with the
-- first transaction that starts after expires_at.
CREATE FUNCTION balansplan.may_write(b text, s text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM balansplan.grants g
    WHERE g.user_name = balansplan.app_user() AND g.board_id = b
      AND ((g.role = 'director' AND g.school_id = s)
        OR (g.role = 'consultant' AND g.school_id = s AND g.expires_at > now())
        OR g.role = 'board'))
$$;

CREATE FUNCTION balansplan.may_adopt(b text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM balansplan.grants g
    WHERE g.user_name = balansplan.app_user() AND g.board_id = b AND g.role = 'board')
$$;

-- may_read_adopted: the supervisor's right, which covers adopted plans only.
CREATE FUNCTION balansplan.may_read_adopted(b text, s text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM balansplan.grants g
    WHERE g.user_name = balansplan.app_user() AND g.board_id = b
      AND g.role = 'supervisor' AND (g.school_id IS NULL OR g.school_id = s))
$$;

-- plans: one row per plan, with the keys of its tenant, the revision every
-- save moves on (optimistic concurrency) and the status the supervisor's
-- policy reads. doc_keys lists the plan's top-level interchange keys in
-- their order, each with whether it is a list, so that a list with no
-- entries still comes back as [] and not as missing.
CREATE TABLE balansplan.plans (
  board_id   text NOT NULL,
  school_id  text NOT NULL,
  plan_id    text NOT NULL,
  revision   bigint NOT NULL DEFAULT 1 CHECK (revision > 0),
  status     text NOT NULL DEFAULT '',
  title      text NOT NULL DEFAULT '',
  doc_keys   jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT '',
  PRIMARY KEY (plan_id),
  UNIQUE (board_id, school_id, plan_id),
  FOREIGN KEY (board_id, school_id) REFERENCES balansplan.schools ON DELETE CASCADE
);

-- plan_entities: one row per entity, its content in the balansplan/1
-- shape model.EncodeJSON gives it (docs/postgres.md says why).
CREATE TABLE balansplan.plan_entities (
  board_id  text NOT NULL,
  school_id text NOT NULL,
  plan_id   text NOT NULL,
  kind      text NOT NULL,
  entity_id text NOT NULL,
  position  integer NOT NULL,
  content   jsonb NOT NULL,
  PRIMARY KEY (plan_id, kind, entity_id),
  FOREIGN KEY (board_id, school_id, plan_id)
    REFERENCES balansplan.plans (board_id, school_id, plan_id) ON DELETE CASCADE ON UPDATE CASCADE
);

-- audit: append only. Written by the trigger below (as the owner), read by
-- the app under its policy, never changed: the app has SELECT only, and a
-- trigger refuses UPDATE, DELETE and TRUNCATE even to the owner.
CREATE TABLE balansplan.audit (
  audit_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  who        text NOT NULL,
  login      text NOT NULL,
  board_id   text NOT NULL,
  school_id  text NOT NULL,
  plan_id    text NOT NULL,
  kind       text NOT NULL,
  entity_id  text NOT NULL,
  operation  text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
  old_content jsonb,
  new_content jsonb
);
CREATE INDEX audit_plan ON balansplan.audit (plan_id, audit_id);
CREATE INDEX audit_entity ON balansplan.audit (plan_id, kind, entity_id, audit_id);

CREATE FUNCTION balansplan.audit_entity() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, balansplan AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  INSERT INTO balansplan.audit (who, login, board_id, school_id, plan_id, kind, entity_id,
                                operation, old_content, new_content)
  VALUES (coalesce(balansplan.app_user(), ''), session_user, r.board_id, r.school_id, r.plan_id,
          r.kind, r.entity_id, lower(TG_OP),
          CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.content END,
          CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.content END);
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION balansplan.audit_entity() FROM PUBLIC;

CREATE TRIGGER plan_entities_audit AFTER INSERT OR UPDATE OR DELETE ON balansplan.plan_entities
  FOR EACH ROW EXECUTE FUNCTION balansplan.audit_entity();

CREATE FUNCTION balansplan.audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'balansplan.audit is append only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON balansplan.audit
  FOR EACH ROW EXECUTE FUNCTION balansplan.audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON balansplan.audit
  FOR EACH STATEMENT EXECUTE FUNCTION balansplan.audit_append_only();

-- Row-level security on every table with a school key, forced so that it
-- holds for the owner too (the audit trigger writes under its own policy).
ALTER TABLE balansplan.schools ENABLE ROW LEVEL SECURITY;
ALTER TABLE balansplan.schools FORCE ROW LEVEL SECURITY;
CREATE POLICY schools_read ON balansplan.schools FOR SELECT USING (
  EXISTS (SELECT 1 FROM balansplan.grants g WHERE g.user_name = balansplan.app_user()
    AND g.board_id = schools.board_id
    AND (g.school_id IS NULL OR g.school_id = schools.school_id)
    AND (g.expires_at IS NULL OR g.expires_at > now())));

-- boards has no school key, but a person sees only the boards they have a
-- right in, like everything else.
ALTER TABLE balansplan.boards ENABLE ROW LEVEL SECURITY;
ALTER TABLE balansplan.boards FORCE ROW LEVEL SECURITY;
CREATE POLICY boards_read ON balansplan.boards FOR SELECT USING (
  EXISTS (SELECT 1 FROM balansplan.grants g WHERE g.user_name = balansplan.app_user()
    AND g.board_id = boards.board_id));

ALTER TABLE balansplan.grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE balansplan.grants FORCE ROW LEVEL SECURITY;
CREATE POLICY grants_own ON balansplan.grants FOR SELECT USING (user_name = balansplan.app_user());

ALTER TABLE balansplan.plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE balansplan.plans FORCE ROW LEVEL SECURITY;
CREATE POLICY plans_read ON balansplan.plans FOR SELECT USING (
  balansplan.may_write(board_id, school_id)
  OR (status = 'vastgesteld' AND balansplan.may_read_adopted(board_id, school_id)));
CREATE POLICY plans_insert ON balansplan.plans FOR INSERT WITH CHECK (
  balansplan.may_write(board_id, school_id)
  AND (status <> 'vastgesteld' OR balansplan.may_adopt(board_id)));
CREATE POLICY plans_update ON balansplan.plans FOR UPDATE
  USING (balansplan.may_write(board_id, school_id))
  WITH CHECK (balansplan.may_write(board_id, school_id)
    AND (status <> 'vastgesteld' OR balansplan.may_adopt(board_id)));
CREATE POLICY plans_delete ON balansplan.plans FOR DELETE USING (balansplan.may_write(board_id, school_id));

ALTER TABLE balansplan.plan_entities ENABLE ROW LEVEL SECURITY;
ALTER TABLE balansplan.plan_entities FORCE ROW LEVEL SECURITY;
-- An entity is readable when its plan row is (the plans policy decides,
-- the supervisor's status rule included).
CREATE POLICY entities_read ON balansplan.plan_entities FOR SELECT USING (
  EXISTS (SELECT 1 FROM balansplan.plans p WHERE p.plan_id = plan_entities.plan_id
    AND p.board_id = plan_entities.board_id AND p.school_id = plan_entities.school_id));
CREATE POLICY entities_insert ON balansplan.plan_entities FOR INSERT
  WITH CHECK (balansplan.may_write(board_id, school_id));
CREATE POLICY entities_update ON balansplan.plan_entities FOR UPDATE
  USING (balansplan.may_write(board_id, school_id))
  WITH CHECK (balansplan.may_write(board_id, school_id));
CREATE POLICY entities_delete ON balansplan.plan_entities FOR DELETE
  USING (balansplan.may_write(board_id, school_id));

ALTER TABLE balansplan.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE balansplan.audit FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON balansplan.audit FOR SELECT USING (
  balansplan.may_write(board_id, school_id));
CREATE POLICY audit_write ON balansplan.audit FOR INSERT TO balansplan_owner WITH CHECK (true);

-- What the app's role may do at all; the policies narrow it to rows.
GRANT USAGE ON SCHEMA balansplan TO balansplan_app;
GRANT SELECT ON balansplan.boards, balansplan.schools, balansplan.grants TO balansplan_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON balansplan.plans, balansplan.plan_entities TO balansplan_app;
GRANT SELECT ON balansplan.audit TO balansplan_app;
GRANT SELECT ON balansplan.schema_migrations TO balansplan_app;
REVOKE ALL ON FUNCTION balansplan.app_user(), balansplan.may_write(text, text),
  balansplan.may_adopt(text), balansplan.may_read_adopted(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION balansplan.app_user(), balansplan.may_write(text, text),
  balansplan.may_adopt(text), balansplan.may_read_adopted(text, text) TO balansplan_app;

-- The status column is what the supervisor's policy reads, so it must be
-- the status the plan itself carries: checked at commit, so that a save
-- may write the plan row and its entities in either order.
CREATE FUNCTION balansplan.check_plan_status() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM balansplan.plans p
      LEFT JOIN balansplan.plan_entities e
        ON e.plan_id = p.plan_id AND e.kind = 'plan' AND e.entity_id = ''
      WHERE p.plan_id = NEW.plan_id
        AND (e.plan_id IS NULL OR p.status IS DISTINCT FROM coalesce(e.content->>'status', '')
             OR e.content->>'id' IS DISTINCT FROM p.plan_id)) THEN
    RAISE EXCEPTION 'plan %: the status or id in plans differs from the plan itself', NEW.plan_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER plans_status_matches AFTER INSERT OR UPDATE ON balansplan.plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION balansplan.check_plan_status();
CREATE CONSTRAINT TRIGGER entities_status_matches AFTER INSERT OR UPDATE ON balansplan.plan_entities
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.kind = 'plan')
  EXECUTE FUNCTION balansplan.check_plan_status();
