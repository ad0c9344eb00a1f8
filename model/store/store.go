package store

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"balansplan/model"
)

// Doc is one open plan file. Its methods are safe for use by several
// goroutines; they run one at a time over the file's single connection.
type Doc struct {
	mu       sync.Mutex
	cfg      Config // the settings it was opened with
	path     string // absolute path of the plan file
	db       *gorm.DB
	sqlDB    *sql.DB
	readOnly bool
	closed   bool
	tempCopy string // OpenReadOnly of an older schema reads a migrated copy

	// planID and revision are what the file held after this Doc's last
	// read or write. Commit refuses to write when the revision in the file
	// moved on: someone else wrote to it, so prev is no longer the file.
	planID   string
	revision int64

	// lock marks the file as open for writing by this Doc (lock.go);
	// elsewhere is who else had it open when this Doc opened it.
	lock      *openLock
	elsewhere *Holder

	// loaded are the problems of the plans the file held when Open
	// checked it and when Load read it (a file another program changed):
	// Restore may write them back (undo of a fix).
	loaded []placedProblem
	// preflight marks the read-only Doc through which Open checks a file
	// first: its Load keeps the problems it finds for Open (loaded).
	// Any other read-only Doc cannot Restore, so its Load skips finding
	// them.
	preflight bool

	// opened is the plan Open's preflight already loaded, and openedRev
	// its revision. The first Load hands it out, instead of reading the
	// whole plan a second time, when the file still holds that plan row
	// at that revision (every write moves the revision on); else it reads
	// the file as usual.
	opened    *model.Plan
	openedRev int64

	// held is the plan this Doc last loaded (Load, or Open's preflight)
	// or wrote (Commit, Restore, Replace), and heldProblems its problems
	// (validate) as it was then. A keystroke in the GUI commits from the
	// plan the last keystroke wrote, so Commit, Restore and
	// Doc.NewProblems take prev's problems from here instead of
	// validating the whole plan again.
	//
	// The invariant: the committed plan is never mutated. ui/document,
	// cmd and the merge edit a Clone and keep the plan the file holds as
	// it is. A caller that did change held in place would still be judged
	// fairly: heldProblems are the problems of the plan as the file holds
	// it, and an edit is judged by what it adds to the file.
	held         *model.Plan
	heldProblems model.Problems
}

// Path is the absolute path of the plan file.
func (d *Doc) Path() string { return d.path }

// fileURI makes an SQLite URI filename, so that the mode parameter counts.
// Characters with a meaning in a URI are escaped.
func fileURI(path, params string) string {
	p := filepath.ToSlash(path)
	if runtime.GOOS == "windows" && filepath.VolumeName(path) != "" {
		p = "/" + p
	}
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	return "file:" + p + "?" + params
}

// connect opens the one connection of a Doc. Pragmas are per connection,
// so a second connection would run without foreign keys; a desktop
// document needs no pool.
func connect(path, params string) (*gorm.DB, *sql.DB, error) {
	sqlDB, err := sql.Open(sqlite.DriverName, fileURI(path, params))
	if err != nil {
		return nil, nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	sqlDB.SetMaxOpenConns(1)
	sqlDB.SetMaxIdleConns(1)
	sqlDB.SetConnMaxLifetime(0)
	sqlDB.SetConnMaxIdleTime(0)
	// No default transaction per statement: every write is inside one
	// explicit transaction already. No statement cache: measured, it made
	// a Commit slower (2.2 ms against 1.3 ms), because database/sql
	// prepares again inside each transaction, and a cached statement that
	// returned a row keeps a read transaction open. No logger: GORM's
	// default prints to stdout.
	db, err := gorm.Open(sqlite.New(sqlite.Config{Conn: sqlDB}), &gorm.Config{
		SkipDefaultTransaction: true,
		Logger:                 logger.Discard,
	})
	if err != nil {
		sqlDB.Close()
		return nil, nil, classify(path, "open", err)
	}
	return db, sqlDB, nil
}

// closeConn closes the connection under a GORM handle (GORM itself has
// no Close). Closing twice is harmless.
func closeConn(_ *gorm.DB, sqlDB *sql.DB) error { return sqlDB.Close() }

// recognise makes path absolute and checks that the file there is a
// Balansplan plan this build can open; h says what its header showed.
func (c Config) recognise(path string) (abs string, h header, err error) {
	abs, err = filepath.Abs(path)
	if err != nil {
		return "", header{}, classify(path, "open", err)
	}
	if h, err = sniff(abs); err != nil {
		return "", header{}, err
	}
	if err := h.ours(abs, probeTables(abs), c.latest()); err != nil {
		return "", header{}, err
	}
	return abs, h, nil
}

// Open opens a plan file for reading and writing. It refuses a file that
// is not a Balansplan plan, is damaged, holds no plan or one that cannot
// be loaded, is newer than this build, or is not writable, and leaves
// such a file byte for byte as it was: everything that can refuse the
// file is checked through a read-only open first. The one change Open
// makes to a file before it knows the file is fine is the roll-back of an
// interrupted write (a hot journal), which only a read-write open can do
// and which puts back the file's last saved state. Then an older schema
// is migrated, each step in its own transaction, and the file switches to
// WAL mode. Whether another Balansplan has the file open for writing too
// is in OpenElsewhere.
func (c Config) Open(path string) (*Doc, error) {
	abs, checked, loaded, opened, err := c.preflight(path)
	if err != nil {
		return nil, err
	}
	if err := writable(abs); err != nil {
		return nil, err
	}
	db, sqlDB, err := connect(abs, c.rwParams())
	if err != nil {
		return nil, err
	}
	d := &Doc{cfg: c, path: abs, db: db, sqlDB: sqlDB, loaded: loaded}
	if err := d.openRW(!checked); err != nil {
		closeConn(db, sqlDB)
		return nil, err
	}
	if opened != nil && opened.rev == d.revision && opened.plan.ID == d.planID {
		d.opened, d.openedRev = opened.plan, opened.rev
		d.hold(opened.plan, opened.problems)
	}
	d.lock, d.elsewhere = lockOpen(abs)
	return d, nil
}

// preflight makes every check of Open that needs no writing, through a
// read-only open that leaves the file as it is: the sniff, the integrity
// check, the schema version, the one plan row and a whole Load. checked
// is false when the file holds an interrupted write that only the
// read-write open can roll back; that open then checks the file itself.
// loaded are the problems of the plan the Load found (Restore); opened is
// that plan with its revision, for Open's first Load.
func (c Config) preflight(path string) (abs string, checked bool, loaded []placedProblem, opened *loadedPlan, err error) {
	ro, err := c.openReadOnly(path, true)
	if errReason(err) == ReasonNeedsRecovery {
		abs, aerr := filepath.Abs(path)
		if aerr != nil {
			return "", false, nil, nil, classify(path, "open", aerr)
		}
		return abs, false, nil, nil, nil
	}
	if err != nil {
		return "", false, nil, nil, err
	}
	defer ro.Close()
	ro.preflight = true
	p, err := ro.Load()
	if err != nil {
		return "", false, nil, nil, err
	}
	return ro.path, true, ro.loaded, &loadedPlan{plan: p, rev: ro.revision, problems: ro.heldProblems}, nil
}

// loadedPlan is a plan as Load read it, with the file's revision then
// and its problems (validate).
type loadedPlan struct {
	plan     *model.Plan
	rev      int64
	problems model.Problems
}

// errReason is the Reason of a FileError, or "".
func errReason(err error) string {
	var fe *FileError
	if errors.As(err, &fe) {
		return fe.Reason
	}
	return ""
}

func (d *Doc) openRW(verify bool) error {
	if verify {
		if err := d.verify(); err != nil {
			return err
		}
	}
	var appID, version int
	if err := d.db.Raw("PRAGMA application_id").Scan(&appID).Error; err != nil {
		return classify(d.path, "read header", err)
	}
	if err := d.db.Raw("PRAGMA user_version").Scan(&version).Error; err != nil {
		return classify(d.path, "read header", err)
	}
	// A write-ahead log may carry a newer header than the main file.
	if version > d.cfg.latest() {
		return fileErr(ReasonNewerSchema, d.path, nil)
	}
	if version == 0 {
		return fileErr(ReasonCorrupt, d.path, errors.New("without a schema version"))
	}
	// Nothing has been written yet: a file without its one plan row is
	// refused as it is.
	if err := d.readRevision(); err != nil {
		return err
	}
	if appID != ApplicationID {
		if err := d.db.Exec(fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)).Error; err != nil {
			return classify(d.path, "mark file", err)
		}
	}
	if err := d.cfg.migrate(d.sqlDB, version); err != nil {
		return classify(d.path, "migrate", err)
	}
	var mode string
	if err := d.db.Raw("PRAGMA journal_mode = WAL").Scan(&mode).Error; err != nil {
		return classify(d.path, "set journal mode", err)
	}
	// A file system without shared memory (some network shares) keeps the
	// rollback journal: slower commits, same guarantees.
	return d.readRevision()
}

// verify runs SQLite's integrity check, which reads every page and index:
// a damaged file is refused before anything is written to it or read
// from it. It costs under a millisecond for the large plan (630 kB).
func (d *Doc) verify() error {
	var lines []string
	if err := d.db.Raw("PRAGMA integrity_check").Scan(&lines).Error; err != nil {
		return classify(d.path, "check", err)
	}
	if len(lines) != 1 || lines[0] != "ok" {
		return fileErr(ReasonCorrupt, d.path, fmt.Errorf("integrity_check: %s", strings.Join(lines, "; ")))
	}
	return nil
}

func (d *Doc) readRevision() error {
	var rows []planRow
	if err := d.db.Select("id", "revision").Find(&rows).Error; err != nil {
		return classify(d.path, "read plan", err)
	}
	if len(rows) != 1 {
		return fileErr(ReasonCorrupt, d.path, fmt.Errorf("%d plan rows", len(rows)))
	}
	d.planID, d.revision = rows[0].ID, rows[0].Revision
	return nil
}

// probeTables answers, for an SQLite file without our application_id,
// whether it holds Balansplan's tables. It reads with immutable=1: no
// lock, no journal, no side files.
func probeTables(path string) func() (bool, error) {
	return func() (bool, error) {
		db, sqlDB, err := connect(path, "mode=ro&immutable=1")
		if err != nil {
			return false, err
		}
		defer closeConn(db, sqlDB)
		var n int
		err = db.Raw("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('plan', 'schema_migrations')").Scan(&n).Error
		if err != nil {
			return false, classify(path, "read schema", err)
		}
		return n == 2, nil
	}
}

// OpenReadOnly opens a plan file only to read it. It never changes the
// file: SQLite opens it with mode=ro, nothing is migrated and no pragma
// is written. A file that a closed Balansplan left behind has no side
// files and gets none. An older schema is migrated in a temporary copy.
func (c Config) OpenReadOnly(path string) (*Doc, error) { return c.openReadOnly(path, true) }

// openReadOnly is OpenReadOnly; Check skips the integrity check here to run
// it itself and report what it finds.
func (c Config) openReadOnly(path string, verify bool) (*Doc, error) {
	abs, h, err := c.recognise(path)
	if err != nil {
		return nil, err
	}
	params := c.roParams()
	if h.walHeader && !h.sideFiles {
		// A WAL-mode file without its log (copied while it was open):
		// plain mode=ro would create -wal and -shm files. Nobody has it
		// open, or the log would be there, so reading without locks is
		// safe.
		params += "&immutable=1"
	}
	db, sqlDB, err := connect(abs, params)
	if err != nil {
		return nil, err
	}
	d := &Doc{cfg: c, path: abs, db: db, sqlDB: sqlDB, readOnly: true}
	if err := d.openRO(verify); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

func (d *Doc) openRO(verify bool) error {
	if verify {
		if err := d.verify(); err != nil {
			return err
		}
	}
	var version int
	if err := d.db.Raw("PRAGMA user_version").Scan(&version).Error; err != nil {
		return classify(d.path, "read header", err)
	}
	if version > d.cfg.latest() {
		return fileErr(ReasonNewerSchema, d.path, nil)
	}
	if version < d.cfg.latest() {
		if err := d.migrateCopy(version); err != nil {
			return err
		}
	}
	return d.readRevision()
}

// migrateCopy reads an older file through a migrated copy in the system's
// temporary folder, so the file itself stays as it is.
func (d *Doc) migrateCopy(version int) error {
	tmp, err := tempName(os.TempDir(), "balansplan-ro-*.balans")
	if err != nil {
		return classify(d.path, "copy", err)
	}
	if err := d.db.Exec("VACUUM INTO ?", tmp).Error; err != nil {
		os.Remove(tmp)
		return classify(d.path, "copy", err)
	}
	closeConn(d.db, d.sqlDB)
	db, sqlDB, err := connect(tmp, fmt.Sprintf("mode=rw&_foreign_keys=1&_busy_timeout=%d", d.cfg.busyTimeout().Milliseconds()))
	if err != nil {
		os.Remove(tmp)
		return err
	}
	d.db, d.sqlDB, d.tempCopy = db, sqlDB, tmp
	if err := d.cfg.migrate(sqlDB, version); err != nil {
		return classify(d.path, "migrate copy", err)
	}
	return nil
}

// Create writes a new plan file with plan p. It refuses an invalid plan
// (the error is model.Problems) and an existing path. The file is built
// under a temporary name beside the target and linked into place only
// when complete, so a failure leaves no file behind and nobody ever sees
// a half-written plan.
func (c Config) Create(path string, p *model.Plan) (*Doc, error) {
	if ps := validate(p); len(ps) > 0 {
		return nil, ps
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, createErr(path, err)
	}
	if _, err := os.Lstat(abs); err == nil {
		return nil, fileErr(ReasonExists, abs, nil)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, createErr(abs, err)
	}
	dir := filepath.Dir(abs)
	if fi, err := os.Stat(dir); err != nil {
		return nil, createErr(abs, err)
	} else if !fi.IsDir() {
		return nil, createErr(abs, fileErr(ReasonNotFound, abs, errors.New("parent is not a folder")))
	} else if fi.Mode().Perm()&0o200 == 0 || !dirWritable(dir) {
		// The same rule as Open: a folder whose owner switched off
		// writing is refused, even for root.
		return nil, createErr(abs, fileErr(ReasonReadOnly, abs, errors.New("folder is not writable")))
	}
	tmp, err := tempFile(dir, "."+filepath.Base(abs)+".*.tmp")
	if err != nil {
		return nil, createErr(abs, err)
	}
	defer removeWithSideFiles(tmp)
	if err := c.build(tmp, p); err != nil {
		return nil, createErr(abs, err)
	}
	if err := publish(tmp, abs); err != nil {
		return nil, err
	}
	d, err := c.Open(abs)
	if err != nil {
		removeWithSideFiles(abs)
		return nil, createErr(abs, err)
	}
	return d, nil
}

// build writes schema and plan into a fresh file. Durability comes from
// the fsync at the end, so the build itself runs without journal syncs:
// a crash halfway leaves only a temporary file that nobody links.
func (c Config) build(path string, p *model.Plan) error {
	db, sqlDB, err := connect(path, "mode=rw&_foreign_keys=1&_synchronous=OFF&_journal_mode=MEMORY")
	if err != nil {
		return err
	}
	defer closeConn(db, sqlDB)
	if err := db.Exec(fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)).Error; err != nil {
		return err
	}
	if err := c.migrate(sqlDB, 0); err != nil {
		return err
	}
	planID := p.ID
	if planID == "" {
		planID = model.NewID()
	}
	err = db.Transaction(func(tx *gorm.DB) error { return insertPlan(tx, p, planID, 0) })
	if err != nil {
		return err
	}
	if err := closeConn(db, sqlDB); err != nil {
		return err
	}
	return syncFile(path)
}

// publish gives the finished temporary file its name without ever
// replacing an existing file: a hard link fails when the name is taken.
// Where the file system has no hard links (FAT on a USB stick), a rename
// after a last check does the same, with a tiny window for a race.
func publish(tmp, path string) error {
	err := os.Link(tmp, path)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fileErr(ReasonExists, path, nil)
		}
		if _, serr := os.Lstat(path); serr == nil {
			return fileErr(ReasonExists, path, nil)
		}
		if rerr := os.Rename(tmp, path); rerr != nil {
			return createErr(path, rerr)
		}
	}
	syncDir(filepath.Dir(path))
	return nil
}

// SaveCopy writes a consistent copy of the plan to path ("Save as"): the
// last committed state, compacted (VACUUM INTO), in rollback-journal mode
// so it is one self-contained file. The copy is written under a temporary
// name and renamed into place, so path is either the old file or the
// whole copy. It never writes over the open file itself. The Doc stays
// on its own file.
func (d *Doc) SaveCopy(path string) error {
	return d.saveCopy(path, "save copy", nil)
}

var errClosed = errors.New("store: the plan file is closed")

// Close ends the Doc. A read-write Doc first copies the write-ahead log
// into the file and returns it to rollback-journal mode, so the closed
// file is one self-contained file that a read-only opener can read
// without creating side files. When another program or Doc still has the
// file open, the file stays in WAL mode (just as safe) and that last step
// falls to whoever closes last; Close does not wait for it.
func (d *Doc) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	var firstErr error
	if !d.readOnly {
		if _, err := d.sqlDB.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil && reasonOf(err) != ReasonLocked {
			firstErr = classify(d.path, "close", err)
		}
		if firstErr == nil {
			// SQLITE_BUSY here means another connection has the file
			// open; it stays in WAL mode, which is just as safe.
			if _, err := d.sqlDB.Exec("PRAGMA journal_mode = DELETE"); err != nil && reasonOf(err) != ReasonLocked {
				firstErr = classify(d.path, "close", err)
			}
		}
	}
	if err := closeConn(d.db, d.sqlDB); err != nil && firstErr == nil {
		firstErr = classify(d.path, "close", err)
	}
	if d.tempCopy != "" {
		removeWithSideFiles(d.tempCopy)
	}
	// Last, so that a Balansplan opening the file meanwhile still sees
	// it open here.
	d.lock.release()
	return firstErr
}

// Check reports what is wrong with a plan file: SQLite's integrity check,
// broken links (foreign_key_check) and the plan's own validation. It opens
// the file read-only. The error is for a file that cannot be read at all
// (a FileError); problems found in a readable file come back as Problems.
// A plan with invalid values (an unknown block, a title that is not UTF-8,
// two equal codes, a link to a vision that is not there, an amount beyond
// the maximum) loads as it is stored, and its problems name the entity
// and the field.
func (c Config) Check(path string) (model.Problems, error) {
	d, err := c.openReadOnly(path, false)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	d.mu.Lock()
	var ps model.Problems
	var lines []string
	err = d.db.Raw("PRAGMA integrity_check").Scan(&lines).Error
	if err != nil {
		d.mu.Unlock()
		return nil, classify(d.path, "check", err)
	}
	if len(lines) != 1 || lines[0] != "ok" {
		for i, l := range lines {
			if i == 10 {
				break
			}
			l = strings.Join(strings.Fields(strings.ReplaceAll(l, "\n", "; ")), " ")
			ps = append(ps, fileProblem("integrity", model.Text{
				NL: "de interne controle van het bestand meldt een beschadiging: " + l,
				EN: "the file's internal check reports damage: " + l}))
		}
	}
	type fkRow struct {
		Table  string `gorm:"column:table"`
		RowID  *int64 `gorm:"column:rowid"`
		Parent string `gorm:"column:parent"`
	}
	var fks []fkRow
	if err := d.db.Raw("PRAGMA foreign_key_check").Scan(&fks).Error; err != nil {
		d.mu.Unlock()
		return nil, classify(d.path, "check", err)
	}
	d.mu.Unlock()
	p, lerr := d.Load()
	for _, fk := range fks {
		// A link to a vision or investment that is not there loads as it
		// is (a row without its owner does not); validation then names
		// the investment or vote and the field.
		if lerr == nil && linkChecks[fk.Table] {
			continue
		}
		ps = append(ps, fileProblem("foreign_key", model.Text{
			NL: fmt.Sprintf("een regel in tabel %s verwijst naar iets in %s dat niet bestaat", fk.Table, fk.Parent),
			EN: fmt.Sprintf("a row in table %s refers to something in %s that does not exist", fk.Table, fk.Parent)}))
	}
	if lerr != nil {
		if len(ps) > 0 {
			// The damage found explains why the plan cannot be read.
			return ps, nil
		}
		return nil, lerr
	}
	return append(ps, validate(p)...), nil
}

// linkChecks are the tables whose foreign keys point from one entity of
// the plan to another: model.Plan.Validate checks those links itself and
// names the field (unknown_link).
var linkChecks = map[string]bool{"investment_visions": true, "investment_dependencies": true, "vote_points": true}

// reported says whether validation already found this problem with this
// investment's field (model.Plan.Validate checks duplicate links too).
func reported(ps model.Problems, ref, field, reason string) bool {
	for _, p := range ps {
		if p.Entity == model.EntityInvestment && p.Ref == ref && string(p.Field) == field && p.Reason == reason {
			return true
		}
	}
	return false
}

func fileProblem(reason string, t model.Text) model.Problem {
	return model.Problem{Entity: model.EntityFile, Reason: reason, Detail: t}
}

// validate is model.Plan.Validate plus what the schema needs beyond it: a
// link listed twice cannot be stored.
func validate(p *model.Plan) model.Problems {
	ps := p.Validate()
	for i := range p.Investments {
		inv := &p.Investments[i]
		ref := inv.Code
		if ref == "" {
			ref = fmt.Sprintf("#%d", i+1)
		}
		for _, links := range []struct {
			field string
			ids   []string
		}{{string(model.FieldVisions), inv.VisionIDs}, {string(model.FieldDependsOn), inv.DependsOnIDs}} {
			field, ids := links.field, links.ids
			seen := make(map[string]bool, len(ids))
			for _, id := range ids {
				if seen[id] && !reported(ps, ref, field, "duplicate_link") {
					ps = append(ps, model.Problem{Entity: model.EntityInvestment, Ref: ref, Field: field, Reason: "duplicate_link",
						Detail: model.Text{
							NL: fmt.Sprintf("noemt dezelfde koppeling (%s) twee keer", id),
							EN: fmt.Sprintf("lists the same link (%s) twice", id)}})
				}
				seen[id] = true
			}
		}
	}
	return ps
}

// tempName returns an unused name in dir made from pattern ("*" becomes
// random), without creating the file: SQLite's VACUUM INTO wants to
// create it itself.
func tempName(dir, pattern string) (string, error) {
	for range 10 {
		name := filepath.Join(dir, strings.Replace(pattern, "*", randomHex(), 1))
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name, nil
		} else if err != nil {
			return "", err
		}
	}
	return "", errors.New("no free temporary name")
}

// tempFile creates an empty file with a fresh name, with the usual
// permissions of a new document (0666 less the umask), unlike
// os.CreateTemp's 0600.
func tempFile(dir, pattern string) (string, error) {
	for range 10 {
		name := filepath.Join(dir, strings.Replace(pattern, "*", randomHex(), 1))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return name, f.Close()
	}
	return "", errors.New("no free temporary name")
}

func randomHex() string {
	b := make([]byte, 6)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func removeWithSideFiles(path string) {
	for _, suffix := range []string{"", "-journal", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a new name in dir durable. Not every system can sync a
// folder (Windows cannot); the file's own data is synced already.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
