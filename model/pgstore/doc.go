// Package pgstore keeps the plans of a school board in one PostgreSQL
// database (issue 17): many schools, many people, one source of truth,
// and the rights enforced by the database itself, not only by this
// program. The .balans file (model/store) stays the way to work offline;
// checkout and publish (cmd/balansplan) move a plan between the two.
// GORM, through gorm.io/driver/postgres (pgx), is used as a connection
// pool and a way to send SQL: the schema is SQL, never AutoMigrate.
//
// # The schema
//
// migrations/0001_init.sql is the schema and its comments the reference.
// Tables, all in the schema balansplan: boards, schools (board_id,
// school_id = the BRIN), grants (who has which role where), plans (one
// row per plan: board_id, school_id, plan_id, revision, status, title,
// doc_keys, updated_at/by), plan_entities (one row per entity: board_id,
// school_id, plan_id, kind, entity_id, position, content jsonb), audit
// and schema_migrations.
//
// # One row per entity, in the shape of the interchange format
//
// An entity's content is its balansplan/1 JSON as model.EncodeJSON writes
// it: the plan is encoded once and cut at its top-level keys. A key whose
// value is a list (visions, investments, risks, versions, ...) gives one
// row per entry, kind = the key, entity_id = the entry's "id", position =
// its place; any other key (plan, school, indicators, format) gives one
// row with an empty entity_id. plans.doc_keys keeps the keys in order and
// which are lists, so an empty list comes back as [] and not as missing.
// Loading glues the rows back into a document and decodes it with
// model.DecodeJSONBytes.
//
// Why this and not a table per entity as in the .balans file: the plan
// format grows all the time (the board chapters yesterday, versions and
// realisation today), and every new field or list would otherwise need a
// PostgreSQL migration, a Go mapping and a test of its own, written twice
// (for SQLite and PostgreSQL). The codec is already the one place that
// knows every field, and model's tests already hold that it loses none
// (fields_test.go walks every field through it); this store inherits that.
// A new kind in the model is a new kind value here, with no new SQL. What
// is given up is SQL on single fields (a query for "every investment over
// 10,000 euros" reads content->'cost'); jsonb answers those when needed,
// and the app never needs them. The rows are still per entity, so the
// audit says which entity changed, and a save writes only the entities
// that differ (jsonb compares by value: an unchanged entity is not
// touched). The round trip is tested with the board example and the large
// generated plan (reflect.DeepEqual after save and load).
//
// # Tenancy and rights
//
// Every table with plan data carries board_id and school_id
// (plan_entities and audit copy them from their plan; a foreign key holds
// them equal). Every table with a school_id has ROW LEVEL SECURITY and
// FORCE ROW LEVEL SECURITY and policies; a test lists those tables from
// pg_catalog and fails when one lacks any of the three. boards, which has
// no school key, has them too: a person sees only the boards they have a
// right in.
//
// Three roles, made by Init: balansplan_owner (NOLOGIN) owns the schema
// and every object in it; balansplan_app (NOLOGIN) has the table
// privileges the app needs and no more; balansplan_service is for a
// server acting for many people. Each person logs in with a login role of
// their own that is a member of balansplan_app (Admin.AddLogin); the app
// never connects as the owner. Rights are rows in grants, which only the
// board's IT writes: director (reads and writes their own school),
// board (reads and writes every school of the board, and is the only one
// who may store a plan whose status is vastgesteld: adopting), consultant
// (one school, until expires_at, compared with now() in the policy) and
// supervisor (reads plans with status vastgesteld only; plans.status is
// held equal to the plan's own status by a constraint trigger, so it
// cannot be set apart to open or close a plan to them).
//
// The user context is set per transaction, never per connection:
// set_config('balansplan.user', user, true), the function form of SET
// LOCAL, is the first statement of every transaction (Store.tx), so a
// pooled connection carries no one's context into the next piece of work.
// The policies read it through balansplan.app_user(), which gives NULL
// (no one, nothing visible) unless the context names the login role
// itself, or the login role is a member of balansplan_service. So a
// person cannot act for someone else by setting the variable, and a
// connection without a context sees nothing: fail closed. A test does
// with hand-written SQL, as a director of school A, what the store never
// would: read, update, delete and insert rows of school B, move rows
// between schools, give itself a grant, switch row security off, take
// the owner's role, alter or drop the policies; all of it sees or
// changes nothing, or is refused.
//
// # Validity
//
// Create takes a valid plan only, and Save refuses a plan with problems
// when the plan it started from had none, so that what the database holds
// stays valid. A plan that is not (rows changed by hand) loads as stored
// and may be saved with its problems, so that a fix can be saved.
//
// # Concurrency: a revision per plan
//
// Every save moves plans.revision on by one. Save takes the Checkout it
// started from and locks the plan's row (SELECT ... FOR UPDATE); when the
// revision is no longer the Checkout's, nothing is written and the error
// is a *ConflictError carrying base, mine and theirs. SaveMerging then
// merges the three with model/merge (base; theirs as the first copy, mine
// as the second), saves the merge when every conflict is resolved (by the
// caller's choice, or because the edits touch different fields) and
// otherwise returns an *UnresolvedError and writes nothing.
//
// Why per plan and not per entity: a plan is checked as a whole
// (Validate: codes unique over the plan, links between entities,
// dependency cycles, the budget over all investments), so two saves that
// each change a different entity can together make a plan that neither
// made, and per-entity revisions would store it unchecked. With one
// revision the second save always meets the first, and the merge, which
// knows the domain's rules and validates its result, decides. The price,
// a conflict error for edits that do not touch, is paid in a merge that
// takes both without asking anyone; the load test counts how often.
//
// A save sends only the entities that differ between the Checkout's plan
// and the plan saved (the encoder is deterministic, so equal bytes are an
// unchanged entity), and the Checkout it returns keeps those rows and is
// not read back from the server (the round trip is lossless; the tests
// hold it). So, as with model/store's Commit, a Checkout's plan must
// never be changed in place: an edit changes a Clone.
//
// # Reading every plan: the board roll-up
//
// EachPlan reads every plan the person may see, in one repeatable-read
// snapshot, and hands them to a callback one at a time (school key, status,
// plan), so that the board's roll-up (cmd/balansplan board --db, ui/board)
// keeps one plan in memory at a time, as model/workspace does for a folder.
// Row-level security alone decides which plans come: the read is the same
// for every role. A plan whose rows do not decode is handed over with Err
// set and the read goes on; Each.Trouble words it, and a plan that fails
// Validate, for the roll-up's list of what was not counted.
//
// # Audit
//
// An AFTER trigger on plan_entities writes one row into audit per
// inserted, updated or deleted entity: when, who (the user context) and
// which login, the entity's kind and id, and its old and new content. The
// trigger's function is SECURITY DEFINER and owned by balansplan_owner;
// the app's role has SELECT on audit only (policy: the schools it may
// write), and a trigger refuses UPDATE, DELETE and TRUNCATE even to the
// owner. History reads it per plan and per entity.
//
// # Migrations
//
// Init creates the roles and the schema and applies every migration the
// database lacks, each in its own transaction with its row in
// balansplan.schema_migrations, as balansplan_owner (SET LOCAL ROLE) so
// that everything belongs to the owner. It needs a superuser and may be
// run again; a second run changes nothing. Versions run 1, 2, 3 without
// gaps; a released migration is never edited. Open refuses a database
// whose schema is older than this build's (not_initialised).
//
// # Passwords
//
// None is stored by this package. The URL is handed to pgx, which reads
// a password from the URL, PGPASSWORD or ~/.pgpass, as libpq does;
// Admin.AddLogin sends a new login's password to the server, which keeps
// only its SCRAM hash.
//
// # Tests
//
// Against a real server (pgtest): the one .ci/postgres.sh started for
// make unit, or one pgtest.Main starts for the test binary; each test has
// a database of its own. Without a server the tests skip with the reason,
// and fail under CI=true. Covered: the round trip (board example, large
// plan, a save that reorders, adds and removes), that a save writes only
// what changed, db init twice and as a non-superuser, a failing migration
// (rolled back whole, version unchanged), Open without a server or
// without db init, the RLS catalogue check (and that it reports a table
// without FORCE), a director against another school by store and by
// hand-written SQL, no context, every role (consultant expiry, adoption
// by the board only, the supervisor's adopted plans), two sessions on one
// plan (different fields: both kept; one field: a conflict until chosen),
// the audit (per entity and plan, who, old and new, and UPDATE, DELETE,
// TRUNCATE and INSERT refused). TestLoad (behind BALANSPLAN_PG_LOAD) is
// the load run with a server crash; docs/postgres.md has its figures.
package pgstore
