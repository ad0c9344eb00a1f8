package store

import (
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed migrations/*.sql
var embeddedMigrations embed.FS

// migration is one step of the schema: migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// embeddedSchema is every step this build knows, in order. A Config may
// carry another list (tests add a step to exercise an upgrade).
var embeddedSchema = mustLoadMigrations(embeddedMigrations, "migrations")

func mustLoadMigrations(fsys fs.FS, dir string) []migration {
	ms, err := loadMigrations(fsys, dir)
	if err != nil {
		panic(err)
	}
	return ms
}

// loadMigrations reads NNNN_name.sql files; versions must run 1, 2, 3...
// without gaps, so that user_version alone says which steps are done.
func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		base := strings.TrimSuffix(e.Name(), ".sql")
		num, name, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name is not NNNN_name.sql", e.Name())
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: name, sql: string(data)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %04d_%s: expected version %d", m.version, m.name, i+1)
		}
	}
	return ms, nil
}

const createSchemaMigrations = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at TEXT    NOT NULL
) STRICT`

// migrate brings a file from schema version from to the latest. Each step
// runs in its own transaction together with its record in
// schema_migrations and the new user_version, so a file is always at some
// whole version: a step that fails leaves the file at the version before.
func (c Config) migrate(db *sql.DB, from int) error {
	for _, m := range c.schema() {
		if m.version <= from {
			continue
		}
		if err := c.migrateStep(db, m); err != nil {
			return fmt.Errorf("migration %04d_%s: %w", m.version, m.name, err)
		}
	}
	return nil
}

// migrateStep runs on database/sql rather than GORM: a migration file holds
// several statements, and a prepared statement would run only the first.
func (c Config) migrateStep(db *sql.DB, m migration) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(createSchemaMigrations); err != nil {
		return err
	}
	if _, err := tx.Exec(m.sql); err != nil {
		return err
	}
	if _, err := tx.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.version, m.name, c.now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	// PRAGMA takes no parameters; the version is our own integer.
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}
