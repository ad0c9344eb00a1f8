package store

import (
	"database/sql"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"gorm.io/gorm"

	"balansplan/model"
)

// packDB is an empty SQLite file with one STRICT table of the column
// types the packed rows carry.
func packDB(t testing.TB) *gorm.DB {
	t.Helper()
	db, sqlDB, err := connect(filepath.Join(t.TempDir(), "packed.db"), "mode=rwc")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sqlDB.Close() })
	if err := db.Exec("CREATE TABLE t (pos INTEGER NOT NULL, a TEXT NOT NULL, n INTEGER NOT NULL, m INTEGER, b TEXT NOT NULL) STRICT").Error; err != nil {
		t.Fatal(err)
	}
	return db
}

// packedRowOf is one row written to the table and read back as a packed
// row: what SQLite made of it, and its columns as the reader sees them.
type packedRowOf struct {
	a, b string
	n    int64
	m    sql.NullInt64
}

func readBack(t testing.TB, db *gorm.DB) (raw []string, rows []packedRowOf) {
	t.Helper()
	if err := db.Raw("SELECT " + packedColumns("a", "n", "m", "b") + " FROM t ORDER BY pos").Scan(&raw).Error; err != nil {
		t.Fatal(err)
	}
	err := readPacked(db, "t", "pos", []string{"a", "n", "m", "b"}, func(r *packedRow) {
		var row packedRowOf
		row.a, row.n = r.text(), r.int()
		row.m.Int64, row.m.Valid = r.nullInt()
		row.b = r.text()
		rows = append(rows, row)
	})
	if err != nil {
		t.Fatal(err)
	}
	return raw, rows
}

// TestPackedRowsAsSQLiteMakesThem checks the format against rows whose
// packed text is worked out by hand: lengths in bytes (é is two, the
// euro sign three), separators inside the text, empty text, NULL, a
// negative number, and a NUL byte inside text.
func TestPackedRowsAsSQLiteMakesThem(t *testing.T) {
	db := packDB(t)
	in := []packedRowOf{
		{a: "abc", n: 7, m: sql.NullInt64{Int64: 3, Valid: true}, b: ""},
		{a: "café", n: -120, b: "12:3-"},
		{a: "€", n: 0, m: sql.NullInt64{Int64: 5, Valid: true}, b: "-"},
		{a: "a\x00b", n: 1234567890123, b: "x:y"},
	}
	for i, r := range in {
		var m any
		if r.m.Valid {
			m = r.m.Int64
		}
		if err := db.Exec("INSERT INTO t VALUES (?, ?, ?, ?, ?)", i, r.a, r.n, m, r.b).Error; err != nil {
			t.Fatal(err)
		}
	}
	raw, out := readBack(t, db)
	want := []string{
		"3:abc1:71:30:",
		"5:café4:-120-5:12:3-",
		"3:€1:01:51:-",
		"3:a\x00b13:1234567890123-3:x:y",
	}
	if len(raw) != len(want) {
		t.Fatalf("got %d rows, want %d", len(raw), len(want))
	}
	for i := range want {
		if raw[i] != want[i] {
			t.Errorf("row %d packed as %q, want %q", i, raw[i], want[i])
		}
		if out[i] != in[i] {
			t.Errorf("row %d read back as %+v, want %+v", i, out[i], in[i])
		}
	}
}

// TestPackedRowRefusesWhatItCannotRead: every malformed row is an error,
// never a panic or a quietly wrong value.
func TestPackedRowRefusesWhatItCannotRead(t *testing.T) {
	for _, c := range []struct{ name, row, why string }{
		{"no length", "abc", "no length"},
		{"empty", "", "no length"},
		{"length past the end", "9:abc", "bad length"},
		{"negative length", "-1:a", "NULL where text"},
		{"not a number", "1:x1:a", "invalid syntax"},
		{"NULL for text", "-", "NULL where text"},
		{"left over", "1:a1:21:11:4extra", "left after"},
		{"bool out of range", "1:a1:22:-11:4", "where 0 or 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := packedRow{rest: c.row}
			_ = r.text()
			_ = r.int()
			_ = r.bool()
			_ = r.text()
			err := r.finish()
			if err == nil || !strings.Contains(err.Error(), c.why) {
				t.Fatalf("row %q: got %v, want an error about %q", c.row, err, c.why)
			}
		})
	}
	// The good row of the same shape reads.
	r := packedRow{rest: "1:a1:21:11:4"}
	if a, n, b, d := r.text(), r.int(), r.bool(), r.text(); a != "a" || n != 2 || !b || d != "4" || r.finish() != nil {
		t.Fatalf("got %q %d %v %q %v", a, n, b, d, r.finish())
	}
}

// TestUTF16FileIsRefused: a database in UTF-16 with our tables and our
// mark (which another program could make) is refused as another program's
// file, and left as it was, rather than read with lengths that do not
// match its text.
func TestUTF16FileIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "utf16.balans")
	db, sqlDB, err := connect(path, "mode=rwc")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Exec("PRAGMA encoding = 'UTF-16le'").Error; err != nil {
		t.Fatal(err)
	}
	if err := (Config{}).migrate(sqlDB, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.Exec("PRAGMA application_id = " + strconv.Itoa(ApplicationID)).Error; err != nil {
		t.Fatal(err)
	}
	var enc string
	if err := db.Raw("PRAGMA encoding").Scan(&enc).Error; err != nil || enc != "UTF-16le" {
		t.Fatalf("encoding %q, %v", enc, err)
	}
	sqlDB.Close()
	before := sha(t, path)
	if _, err := OpenReadOnly(path); errReason(err) != ReasonForeignSQLite {
		t.Fatalf("OpenReadOnly of a UTF-16 file: %v, want %s", err, ReasonForeignSQLite)
	}
	if _, err := Open(path); errReason(err) != ReasonForeignSQLite {
		t.Fatalf("Open of a UTF-16 file: %v, want %s", err, ReasonForeignSQLite)
	}
	if sha(t, path) != before {
		t.Fatal("the refused file changed")
	}
}

// FuzzPackedRow: whatever text and numbers a row holds, SQLite's packed
// row reads back as exactly those values; and whatever bytes the reader
// is given, it returns or reports an error, and never panics.
//
//	go test ./model/store -run '^$' -fuzz '^FuzzPackedRow$' -fuzztime 30s
func FuzzPackedRow(f *testing.F) {
	f.Add("abc", int64(7), "", "3:abc1:7-0:")
	f.Add("12:3-", int64(-1), "café", "-")
	f.Add("", int64(0), "\x00", "9999999999999999999999:")
	db := packDB(f)
	f.Fuzz(func(t *testing.T, a string, n int64, b string, junk string) {
		r := packedRow{rest: junk}
		for range 4 {
			r.next()
		}
		_ = r.finish()

		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			// SQLite keeps text as given, but invalid UTF-8 is not
			// something a plan file can hold past validation; the reader
			// still must not panic on it (above).
			return
		}
		if err := db.Exec("DELETE FROM t").Error; err != nil {
			t.Fatal(err)
		}
		if err := db.Exec("INSERT INTO t VALUES (0, ?, ?, NULL, ?)", a, n, b).Error; err != nil {
			t.Fatal(err)
		}
		_, rows := readBack(t, db)
		want := packedRowOf{a: a, n: n, b: b}
		if len(rows) != 1 || rows[0] != want {
			t.Fatalf("read back %+v, want %+v", rows, want)
		}
	})
}

// TestAnOrphanRowIsRefusedByName: a row of a list whose parent is gone
// (the sqlite3 program leaves foreign keys off) makes the file unreadable
// with a message that names the table, for every list read as children,
// and the file stays as it was.
func TestAnOrphanRowIsRefusedByName(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	const gone = "ffffffff-0000-4000-8000-000000000000"
	inv := base.Investments[0].ID
	for table, sql := range map[string]string{
		"vision_returns":          `INSERT INTO vision_returns (vision_id, position, value) VALUES ('` + gone + `', 0, 'x')`,
		"investment_visions":      `INSERT INTO investment_visions (investment_id, vision_id, position) VALUES ('` + gone + `', '` + base.Visions[0].ID + `', 0)`,
		"investment_dependencies": `INSERT INTO investment_dependencies (investment_id, depends_on_id, position) VALUES ('` + gone + `', '` + inv + `', 0)`,
		"assessment_scores":       `INSERT INTO assessment_scores (assessment_id, block, now, goal) VALUES ('` + gone + `', 'visie', 3, NULL)`,
	} {
		t.Run(table, func(t *testing.T) {
			t.Parallel()
			loadRefused(t, base, sql, table+": row refers to missing "+gone)
		})
	}
}

// TestAMonthThatIsNoneIsRefusedByName: a month column that holds no month
// (another program wrote it) makes the file unreadable, and the message
// names the entity and the field.
func TestAMonthThatIsNoneIsRefusedByName(t *testing.T) {
	t.Parallel()
	base := regenboog(t)
	inv, vis := base.Investments[0].ID, base.Visions[0].ID
	for want, sql := range map[string]string{
		"investment " + inv + ": start":         `UPDATE investments SET start_month = '2027-13' WHERE id = '` + inv + `'`,
		"investment " + inv + ": end":           `UPDATE investments SET end_month = 'soon' WHERE id = '` + inv + `'`,
		"vision " + vis + ": evaluation moment": `UPDATE visions SET evaluation_moment = 'x' WHERE id = '` + vis + `'`,
	} {
		t.Run(want, func(t *testing.T) {
			t.Parallel()
			loadRefused(t, base, sql, want)
		})
	}
}

// loadRefused writes base to a file, changes it with sql as the sqlite3
// program would, and checks that Load refuses it as damaged with a detail
// that holds want, and that the file stays as it was.
func loadRefused(t *testing.T, base *model.Plan, sql, want string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.balans")
	mustCreate(t, path, base).Close()
	sqlite3CLI(t, path, sql)
	before := sha(t, path)
	d, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = d.Load()
	d.Close()
	var fe *FileError
	if !errors.As(err, &fe) || fe.Reason != ReasonCorrupt || fe.Err == nil || !strings.Contains(fe.Err.Error(), want) {
		t.Fatalf("Load: %#v, want %s naming %q", err, ReasonCorrupt, want)
	}
	if sha(t, path) != before {
		t.Fatal("the file changed")
	}
}
