package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"balansplan/model/pgstore"
)

// Env is the variable that holds the superuser URL of the test server.
const Env = "BALANSPLAN_TEST_PG"

var (
	started  string // the folder of the server Main started, if any
	startErr string
	counter  atomic.Int64
)

// Main runs the tests of a package, with a server of its own when none is
// given in BALANSPLAN_TEST_PG.
func Main(m *testing.M) {
	if os.Getenv(Env) == "" {
		start()
	}
	code := m.Run()
	if started != "" {
		if script, err := Script(); err == nil {
			_ = exec.Command(script, "stop", started).Run()
		}
	}
	os.Exit(code)
}

// Script finds .ci/postgres.sh from the working folder upwards.
func Script() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, ".ci", "postgres.sh")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no .ci/postgres.sh above the working folder")
		}
		dir = parent
	}
}

func start() {
	script, err := Script()
	if err != nil {
		startErr = err.Error()
		return
	}
	dir, err := os.MkdirTemp("", "balansplan-pgtest.")
	if err != nil {
		startErr = err.Error()
		return
	}
	// The script stops the server when this process ends, also when a
	// test panics and Main's stop never runs.
	out, err := exec.Command(script, "start", dir, strconv.Itoa(os.Getpid())).Output()
	if err != nil {
		startErr = fmt.Sprintf("%s start: %v", script, err)
		if ee, ok := err.(*exec.ExitError); ok {
			startErr += ": " + strings.TrimSpace(string(ee.Stderr))
		}
		_ = exec.Command(script, "stop", dir).Run()
		return
	}
	started = dir
	os.Setenv(Env, strings.TrimSpace(string(out)))
}

// Dir is the folder of the server Main started ("" when the server came
// from BALANSPLAN_TEST_PG), for a test that restarts it.
func Dir() string { return started }

// Server returns the superuser URL of the test server, or skips (fails
// under CI=true) when there is none.
func Server(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(Env)
	if u != "" {
		return u
	}
	why := "no PostgreSQL test server: set " + Env + " or install the postgresql package (" + startErr + ")"
	if os.Getenv("CI") == "true" {
		tb.Fatal(why + "; CI=true, so the PostgreSQL tests must run")
	}
	tb.Skip(why)
	return ""
}

var unsafe = regexp.MustCompile(`[^a-z0-9_]`)

// Database creates a fresh database for the test, runs pgstore.Init on it
// and returns its superuser URL. It is dropped when the test ends.
func Database(tb testing.TB) string {
	tb.Helper()
	admin := Server(tb)
	name := fmt.Sprintf("t%d_%d_%s", os.Getpid(), counter.Add(1), unsafe.ReplaceAllString(strings.ToLower(tb.Name()), "_"))
	if len(name) > 60 {
		name = name[:60]
	}
	ctx := context.Background()
	a, err := pgstore.OpenAdmin(ctx, admin)
	if err != nil {
		tb.Fatal(err)
	}
	if err := a.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		a.Close()
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		_ = a.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		a.Close()
	})
	u := WithDatabase(tb, admin, name)
	if _, err := pgstore.Init(ctx, u); err != nil {
		tb.Fatal(err)
	}
	return u
}

// WithDatabase returns url pointing at database name.
func WithDatabase(tb testing.TB, raw, name string) string {
	tb.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		tb.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// WithUser returns url with the login user replaced (no password: the
// test server trusts its socket).
func WithUser(tb testing.TB, raw, user string) string {
	tb.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		tb.Fatal(err)
	}
	u.User = url.User(user)
	return u.String()
}

// Login creates a login role for a person of this test's database (its
// name prefixed with the database's, since roles are server-wide) and
// returns the role's name and a URL that logs in as it.
func Login(tb testing.TB, dbURL, person string) (string, string) {
	tb.Helper()
	u, err := url.Parse(dbURL)
	if err != nil {
		tb.Fatal(err)
	}
	role := strings.TrimPrefix(u.Path, "/") + "_" + person
	if len(role) > 63 {
		role = fmt.Sprintf("r%d_%s", counter.Add(1), person)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, err := pgstore.OpenAdmin(ctx, dbURL)
	if err != nil {
		tb.Fatal(err)
	}
	defer a.Close()
	if err := a.AddLogin(ctx, role, ""); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if a, err := pgstore.OpenAdmin(context.Background(), dbURL); err == nil {
			_ = a.Exec(context.Background(), "DROP ROLE IF EXISTS "+role)
			a.Close()
		}
	})
	return role, WithUser(tb, dbURL, role)
}

// Restart stops the test server as a crash would and starts it again
// (.ci/postgres.sh restart). The server's folder is the one Main made, or
// the socket folder in BALANSPLAN_TEST_PG (.ci/postgres.sh run).
func Restart(tb testing.TB) {
	tb.Helper()
	dir := started
	if dir == "" {
		u, err := url.Parse(os.Getenv(Env))
		if err != nil {
			tb.Fatal(err)
		}
		dir = u.Query().Get("host")
	}
	script, err := Script()
	if err != nil {
		tb.Fatal(err)
	}
	if out, err := exec.Command(script, "restart", dir).CombinedOutput(); err != nil {
		tb.Fatalf("restart: %v: %s", err, out)
	}
}

// Person registers g's school under g's board (when g names one), creates
// a login role for person (Login) and gives it g's role; g.User is filled
// in. It returns the role's name and a URL that logs in as it.
func Person(tb testing.TB, dbURL, person string, g pgstore.Grant) (string, string) {
	tb.Helper()
	role, login := Login(tb, dbURL, person)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, err := pgstore.OpenAdmin(ctx, dbURL)
	if err != nil {
		tb.Fatal(err)
	}
	defer a.Close()
	if g.School != "" {
		if err := a.AddSchool(ctx, g.Board, g.School, "School "+g.School); err != nil {
			tb.Fatal(err)
		}
	}
	g.User = role
	if err := a.AddGrant(ctx, g); err != nil {
		tb.Fatal(err)
	}
	return role, login
}
