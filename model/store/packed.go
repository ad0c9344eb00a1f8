package store

import (
	"fmt"
	"strconv"
	"strings"

	"gorm.io/gorm"

	"balansplan/model"
)

// Packed rows: how Load reads the plan's long lists.
//
// The SQLite driver (mattn/go-sqlite3) fetches a row cell by cell, with
// three or four cgo calls per cell, each of which also takes the
// connection's mutex inside SQLite. For the large plan that is about
// 18,000 cells and was most of a Load (perf: cgo entry and exit and the
// mutex about 40%, SQLite's own work under 10%); GORM's reflection per
// cell came on top. The board rolls up hundreds of such plans and the
// command line loads one before every export, so the long lists are read
// another way: SQLite joins each row's columns into one text value, and
// the row is one cell.
//
// The format of a packed row is, per column, either "-" for NULL or the
// value's text length in bytes, a colon and the text:
//
//	5:abcde1:3-
//
// is "abcde", "3" and NULL. Lengths make any text safe (no character
// needs escaping), and SQLite's octet_length counts bytes as Go does.
// The tables are STRICT, and PRAGMA integrity_check (run before a file is
// read) refuses values of the wrong type and NULLs in NOT NULL columns,
// so the text of an INTEGER column is always a plain integer.

// packedColumns is the SQL expression that packs the named columns of a
// row into one text value. The names are the package's own constants,
// never user input.
func packedColumns(cols ...string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = fmt.Sprintf("ifnull(octet_length(%[1]s) || ':' || %[1]s, '-')", c)
	}
	return strings.Join(parts, " || ")
}

// readPacked runs SELECT of the packed columns FROM table ORDER BY order
// in tx and calls fn with each row; fn reads the columns in order. A row
// that does not unpack, or that fn leaves unread, stops the read with
// an error.
func readPacked(tx *gorm.DB, table, order string, cols []string, fn func(r *packedRow)) error {
	q := "SELECT " + packedColumns(cols...) + " FROM " + table
	if order != "" {
		q += " ORDER BY " + order
	}
	rows, err := tx.Raw(q).Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	var r packedRow
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		r = packedRow{rest: s}
		fn(&r)
		if err := r.finish(); err != nil {
			return fileErr(ReasonCorrupt, "", fmt.Errorf("%s: %w", table, err))
		}
	}
	return rows.Err()
}

// readChildren reads a list whose rows belong to rows read before: its
// first column is the parent's ID, which parents maps to the parent's
// index. add gets the index and the row, to read the other columns. A row
// whose parent is missing stops the read with an error naming the table
// (orphan), after the rest of the rows were read.
func readChildren(tx *gorm.DB, table, order string, cols []string, parents map[string]int, add func(i int, r *packedRow)) error {
	var missing error
	err := readPacked(tx, table, order, cols, func(r *packedRow) {
		id := r.text()
		i, ok := parents[id]
		if !ok {
			if r.err == nil && missing == nil {
				missing = orphan(table, id)
			}
			r.rest = "" // the row is not read further
			return
		}
		add(i, r)
	})
	if err != nil {
		return err
	}
	return missing
}

// packedRow reads one packed row, a column at a time. The first problem
// sticks: later reads return zero values and finish reports it.
type packedRow struct {
	rest string
	err  error
}

// next is the text of the next column; ok is false for NULL.
func (r *packedRow) next() (text string, ok bool) {
	if r.err != nil {
		return "", false
	}
	if strings.HasPrefix(r.rest, "-") {
		r.rest = r.rest[1:]
		return "", false
	}
	colon := strings.IndexByte(r.rest, ':')
	if colon < 1 {
		r.err = fmt.Errorf("packed row: no length before %.20q", r.rest)
		return "", false
	}
	n, err := strconv.Atoi(r.rest[:colon])
	if err != nil || n < 0 || n > len(r.rest)-colon-1 {
		r.err = fmt.Errorf("packed row: bad length %.20q", r.rest[:colon])
		return "", false
	}
	text = r.rest[colon+1 : colon+1+n]
	r.rest = r.rest[colon+1+n:]
	return text, true
}

// text is a NOT NULL text column.
func (r *packedRow) text() string {
	s, ok := r.next()
	if !ok && r.err == nil {
		r.err = fmt.Errorf("packed row: NULL where text is required")
	}
	return s
}

// int is a NOT NULL integer column.
func (r *packedRow) int() int64 {
	n, ok := r.nullInt()
	if !ok && r.err == nil {
		r.err = fmt.Errorf("packed row: NULL where a number is required")
	}
	return n
}

// nullInt is an integer column that may be NULL (ok false).
func (r *packedRow) nullInt() (n int64, ok bool) {
	s, ok := r.next()
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		r.err = fmt.Errorf("packed row: %w", err)
		return 0, false
	}
	return n, true
}

// month is a NOT NULL text column holding a month (YYYY-MM); entity, id
// and field name it in the error when it holds none.
func (r *packedRow) month(entity, id, field string) model.Month {
	s := r.text()
	if r.err != nil {
		return 0
	}
	m, err := model.ParseMonth(s)
	if err != nil {
		r.err = fmt.Errorf("%s %s: %s: %w", entity, id, field, err)
	}
	return m
}

// bool is a NOT NULL 0 or 1 column.
func (r *packedRow) bool() bool {
	switch n := r.int(); n {
	case 0:
		return false
	case 1:
		return true
	default:
		if r.err == nil {
			r.err = fmt.Errorf("packed row: %d where 0 or 1 is required", n)
		}
		return false
	}
}

// finish reports the first problem, or text left after the last column.
func (r *packedRow) finish() error {
	if r.err == nil && r.rest != "" {
		r.err = fmt.Errorf("packed row: %.20q left after the last column", r.rest)
	}
	return r.err
}
