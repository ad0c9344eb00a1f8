package pgstore

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Store is a connection pool to a board database, acting for one person.
type Store struct {
	db   *gorm.DB
	user string
}

// Options change how Open connects.
type Options struct {
	// ActFor is the person the app acts for. Empty: the login role itself
	// (session_user), which is what the command line and the desktop app
	// use. Another name works only when the login role is a member of
	// balansplan_service (a server acting for many people); otherwise the
	// database shows nothing.
	ActFor string
	// MaxConns bounds the pool (0: 4).
	MaxConns int
}

// Open connects to the board database at url (a libpq URL or key=value
// string; the password comes from the URL, PGPASSWORD or ~/.pgpass, as
// with psql) and checks that db init has run.
func Open(ctx context.Context, url string, o Options) (*Store, error) {
	db, err := connect(ctx, url, o.MaxConns)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, user: o.ActFor}
	if s.user == "" {
		if err := db.WithContext(ctx).Raw("SELECT session_user::text").Scan(&s.user).Error; err != nil {
			s.Close()
			return nil, pgError("open", err)
		}
	}
	var v int
	if err := db.WithContext(ctx).Raw("SELECT coalesce(max(version), 0) FROM balansplan.schema_migrations").Scan(&v).Error; err != nil {
		s.Close()
		return nil, pgError("open", err)
	}
	if latest := len(migrationList()); v < latest {
		s.Close()
		return nil, newError("not_initialised",
			fmt.Sprintf("de database heeft schemaversie %d, deze Balansplan verwacht %d; voer 'balansplan db init' uit", v, latest),
			fmt.Sprintf("the database has schema version %d, this Balansplan expects %d; run 'balansplan db init'", v, latest), nil)
	}
	return s, nil
}

func connect(ctx context.Context, url string, maxConns int) (*gorm.DB, error) {
	db, err := gorm.Open(postgres.Open(url), &gorm.Config{
		Logger:                 logger.Default.LogMode(logger.Silent),
		SkipDefaultTransaction: true,
	})
	if err != nil {
		return nil, newError("connect", "verbinden met de database lukt niet: "+err.Error(),
			"cannot connect to the database: "+err.Error(), err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, pgError("connect", err)
	}
	if maxConns <= 0 {
		maxConns = 4
	}
	sqlDB.SetMaxOpenConns(maxConns)
	sqlDB.SetConnMaxIdleTime(time.Minute)
	if err := sqlDB.PingContext(ctx); err != nil {
		sqlDB.Close()
		return nil, newError("connect", "verbinden met de database lukt niet: "+err.Error(),
			"cannot connect to the database: "+err.Error(), err)
	}
	return db, nil
}

// User is the person this Store acts for.
func (s *Store) User() string { return s.user }

// Close closes the pool.
func (s *Store) Close() error {
	sqlDB, err := s.db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

// tx runs fn in one transaction with the user context set for that
// transaction only (set_config(..., true) is SET LOCAL): a pooled
// connection never carries one person's context into another's work.
func (s *Store) tx(ctx context.Context, iso sql.IsolationLevel, fn func(tx *gorm.DB) error) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("SELECT set_config('balansplan.user', ?, true)", s.user).Error; err != nil {
			return err
		}
		return fn(tx)
	}, &sql.TxOptions{Isolation: iso})
}

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migration is one numbered step of the schema.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// migrationList is Migrations; a test adds a failing step.
var migrationList = Migrations

var migrationName = regexp.MustCompile(`^(\d{4})_([a-z0-9_]+)\.sql$`)

// Migrations lists the embedded migrations in order. Versions run 1, 2, 3
// without gaps (a test holds that).
func Migrations() []Migration {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		panic(err) // embedded at build time
	}
	var out []Migration
	for _, e := range entries {
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		v, _ := strconv.Atoi(m[1])
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, Migration{Version: v, Name: m[2], SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out
}

// The roles Init creates. They hold no login: people log in with roles of
// their own that are members of balansplan_app.
const (
	RoleOwner   = "balansplan_owner"
	RoleApp     = "balansplan_app"
	RoleService = "balansplan_service"
)

// InitResult says what Init did.
type InitResult struct {
	RolesCreated []string
	Applied      []Migration
	Version      int
}

// Init sets up a board database: the three roles, the schema balansplan
// owned by balansplan_owner and every migration it lacks, each in its
// own transaction with its row in schema_migrations. It runs as a
// superuser (the board's IT runs it once as postgres) and may run again:
// a second run changes nothing.
func Init(ctx context.Context, url string) (InitResult, error) {
	var res InitResult
	db, err := connect(ctx, url, 1)
	if err != nil {
		return res, err
	}
	defer func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	}()
	var super bool
	if err := db.WithContext(ctx).Raw("SELECT rolsuper FROM pg_roles WHERE rolname = session_user").Scan(&super).Error; err != nil {
		return res, pgError("init", err)
	}
	if !super {
		return res, newError("no_rights",
			"db init moet als superuser van de databaseserver draaien (bijvoorbeeld postgres): het maakt rollen en een schema",
			"db init must run as a superuser of the database server (for example postgres): it creates roles and a schema", nil)
	}
	// Roles belong to the whole server, so two databases set up at once
	// may race to create one: a duplicate is simply tried again.
	for attempt := 0; ; attempt++ {
		res.RolesCreated = nil
		err = db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			for _, r := range []string{RoleOwner, RoleApp, RoleService} {
				var n int64
				if err := tx.Raw("SELECT count(*) FROM pg_roles WHERE rolname = ?", r).Scan(&n).Error; err != nil {
					return err
				}
				if n == 0 {
					if err := tx.Exec("CREATE ROLE " + r + " NOLOGIN").Error; err != nil {
						return err
					}
					res.RolesCreated = append(res.RolesCreated, r)
				}
			}
			return tx.Exec("GRANT " + RoleApp + " TO " + RoleService).Error
		})
		if err == nil || attempt == 3 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return res, pgError("init: roles", err)
	}
	err = db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var dbname string
		if err := tx.Raw("SELECT current_database()").Scan(&dbname).Error; err != nil {
			return err
		}
		q := quoteIdent(dbname)
		for _, stmt := range []string{
			"SELECT pg_advisory_xact_lock(4242424201)",
			"REVOKE ALL ON DATABASE " + q + " FROM PUBLIC",
			"GRANT CONNECT, TEMPORARY ON DATABASE " + q + " TO " + RoleApp,
			"REVOKE CREATE ON SCHEMA public FROM PUBLIC",
			"CREATE SCHEMA IF NOT EXISTS balansplan AUTHORIZATION " + RoleOwner,
			"SET LOCAL ROLE " + RoleOwner,
			`CREATE TABLE IF NOT EXISTS balansplan.schema_migrations (
			   version    integer PRIMARY KEY,
			   name       text NOT NULL,
			   applied_at timestamptz NOT NULL DEFAULT now())`,
		} {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return res, pgError("init: schema", err)
	}
	for _, m := range migrationList() {
		applied := false
		err := db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
			// One at a time, also when two inits run at once.
			if err := tx.Exec("SELECT pg_advisory_xact_lock(4242424202)").Error; err != nil {
				return err
			}
			if err := tx.Exec("SET LOCAL ROLE " + RoleOwner).Error; err != nil {
				return err
			}
			var n int64
			if err := tx.Raw("SELECT count(*) FROM balansplan.schema_migrations WHERE version = ?", m.Version).Scan(&n).Error; err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if err := tx.Exec(m.SQL).Error; err != nil {
				return fmt.Errorf("migration %04d_%s: %w", m.Version, m.Name, err)
			}
			applied = true
			return tx.Exec("INSERT INTO balansplan.schema_migrations (version, name) VALUES (?, ?)", m.Version, m.Name).Error
		})
		if err != nil {
			return res, pgError("init", err)
		}
		if applied {
			res.Applied = append(res.Applied, m)
		}
	}
	if err := db.WithContext(ctx).Raw("SELECT coalesce(max(version), 0) FROM balansplan.schema_migrations").Scan(&res.Version).Error; err != nil {
		return res, pgError("init", err)
	}
	return res, nil
}

func quoteIdent(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			out = append(out, '"')
		}
		out = append(out, s[i])
	}
	return string(append(out, '"'))
}
