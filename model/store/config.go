package store

import (
	"fmt"
	"time"

	"balansplan/model"
)

// DefaultBusyTimeout is how long a statement waits for another program's
// lock before it gives up with "locked", unless a Config says otherwise.
const DefaultBusyTimeout = 5 * time.Second

// Config holds the settings with which plan files are opened: the clock
// that stamps migrations and participant copies, how long to wait for
// another program's lock, and the schema migrations. The zero Config is
// what the program uses (time.Now, DefaultBusyTimeout, the embedded
// migrations); the package functions Open, OpenReadOnly, Create, Check
// and Repair are those of the zero Config. A Doc keeps the Config it was
// opened with, so tests that need another clock or a short timeout each
// use their own Config and can run in parallel.
type Config struct {
	// Now stamps applied migrations and the merge base of a participant's
	// copy; nil means time.Now.
	Now func() time.Time
	// BusyTimeout is how long a statement waits for another program's
	// lock; 0 means DefaultBusyTimeout.
	BusyTimeout time.Duration

	// migrations is the schema this Config writes; nil means the embedded
	// migrations/*.sql. Tests add a step to exercise an upgrade.
	migrations []migration
}

func (c Config) now() time.Time {
	if c.Now == nil {
		return time.Now()
	}
	return c.Now()
}

func (c Config) busyTimeout() time.Duration {
	if c.BusyTimeout <= 0 {
		return DefaultBusyTimeout
	}
	return c.BusyTimeout
}

func (c Config) schema() []migration {
	if c.migrations == nil {
		return embeddedSchema
	}
	return c.migrations
}

// latest is the schema version this Config writes.
func (c Config) latest() int { return len(c.schema()) }

// The connection parameters, as mattn/go-sqlite3 spells them. Journal mode
// WAL is not among them: setting it rewrites the file header, so Open sets
// it only after it knows the file is a Balansplan plan.
func (c Config) rwParams() string {
	return fmt.Sprintf("mode=rw&_foreign_keys=1&_busy_timeout=%d&_synchronous=FULL", c.busyTimeout().Milliseconds())
}

func (c Config) roParams() string {
	return fmt.Sprintf("mode=ro&_foreign_keys=1&_busy_timeout=%d", c.busyTimeout().Milliseconds())
}

// Open opens a plan file for reading and writing with the default Config.
func Open(path string) (*Doc, error) { return Config{}.Open(path) }

// OpenReadOnly opens a plan file only to read it, with the default Config.
func OpenReadOnly(path string) (*Doc, error) { return Config{}.OpenReadOnly(path) }

// Create writes a new plan file with plan p, with the default Config.
func Create(path string, p *model.Plan) (*Doc, error) { return Config{}.Create(path, p) }

// Check reports what is wrong with a plan file, with the default Config.
func Check(path string) (model.Problems, error) { return Config{}.Check(path) }
