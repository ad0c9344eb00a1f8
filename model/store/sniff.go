package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ApplicationID marks an SQLite file as a Balansplan plan: "BALS" in the
// application_id field of the database header (offset 68).
const ApplicationID = 0x42414C53

// sqliteMagic opens every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// header is what the first 100 bytes of a database file tell, read before
// SQLite is allowed near the file.
type header struct {
	size          int64  // the file's size in bytes
	pageSize      int64  // bytes per page
	walHeader     bool   // the header says WAL mode (read version 2)
	walFile       bool   // a non-empty -wal file lies beside it
	journalFile   bool   // a non-empty -journal (maybe hot) lies beside it
	sideFiles     bool   // a -wal or -shm file lies beside it
	applicationID uint32 // offset 68
	userVersion   uint32 // offset 60: our schema version
	textEncoding  uint32 // offset 56: 1 UTF-8, 2 and 3 UTF-16 (0 in a file without tables)
}

// sniff inspects a file without SQLite and tells whether it looks like a
// Balansplan plan this build can read. It never writes. The answer for
// foreign, empty, truncated or newer files is a FileError, so that they are
// refused before SQLite could touch them.
func sniff(path string) (header, error) {
	var h header
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return h, fileErr(ReasonNotFound, path, err)
		}
		return h, readErr(path, "stat", err)
	}
	if fi.IsDir() {
		return h, fileErr(ReasonDirectory, path, nil)
	}
	if !fi.Mode().IsRegular() {
		return h, fileErr(ReasonNotSQLite, path, nil)
	}
	h.size = fi.Size()
	if h.size == 0 {
		return h, fileErr(ReasonEmpty, path, nil)
	}
	f, err := os.Open(path)
	if err != nil {
		return h, readErr(path, "open", err)
	}
	defer f.Close()
	buf := make([]byte, 100)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return h, readErr(path, "read header", err)
	}
	buf = buf[:n]
	if !bytes.HasPrefix(buf, []byte(sqliteMagic)) {
		if n < len(sqliteMagic) && bytes.HasPrefix([]byte(sqliteMagic), buf) {
			return h, fileErr(ReasonCorrupt, path, errors.New("file ends inside the SQLite header"))
		}
		return h, fileErr(ReasonNotSQLite, path, nil)
	}
	if n < 100 {
		return h, fileErr(ReasonCorrupt, path, errors.New("file ends inside the SQLite header"))
	}

	h.pageSize = int64(binary.BigEndian.Uint16(buf[16:18]))
	if h.pageSize == 1 {
		h.pageSize = 65536
	}
	if h.pageSize < 512 || h.pageSize > 65536 || h.pageSize&(h.pageSize-1) != 0 {
		return h, fileErr(ReasonCorrupt, path, errors.New("invalid page size in header"))
	}
	// The write and read versions (offsets 18 and 19) are 1 (rollback
	// journal) or 2 (WAL); SQLite reads a file in WAL mode when the read
	// version is 2, and treats other values as unreadable or read-only.
	if buf[18] < 1 || buf[18] > 2 || buf[19] < 1 || buf[19] > 2 {
		return h, fileErr(ReasonCorrupt, path, errors.New("unknown file format version in header"))
	}
	h.walHeader = buf[19] == 2
	h.applicationID = binary.BigEndian.Uint32(buf[68:72])
	h.userVersion = binary.BigEndian.Uint32(buf[60:64])
	h.textEncoding = binary.BigEndian.Uint32(buf[56:60])
	if wi, err := os.Stat(path + "-wal"); err == nil {
		h.walFile = wi.Size() > 0
		h.sideFiles = true
	}
	if _, err := os.Stat(path + "-shm"); err == nil {
		h.sideFiles = true
	}
	if ji, err := os.Stat(path + "-journal"); err == nil {
		h.journalFile = ji.Size() > 0
		h.sideFiles = true
	}

	// A write-ahead log may hold pages that the main file does not have
	// yet, and an interrupted write leaves the file half changed until its
	// journal is rolled back; only without either must the file's size
	// match its header.
	if !h.walFile && !h.journalFile {
		if h.size%h.pageSize != 0 || h.size < h.pageSize {
			return h, fileErr(ReasonCorrupt, path, errors.New("file size is not a whole number of pages"))
		}
		// The in-header page count is valid when the change counter
		// (offset 24) equals version-valid-for (offset 92).
		pages := int64(binary.BigEndian.Uint32(buf[28:32]))
		if bytes.Equal(buf[24:28], buf[92:96]) && pages*h.pageSize > h.size {
			return h, fileErr(ReasonCorrupt, path, errors.New("file is shorter than its header says"))
		}
	}
	return h, nil
}

// ours sorts a sniffed file: a Balansplan plan this build can open, or the
// FileError that says why not. An SQLite file without our application_id
// is foreign, unless it is an unmarked file with our tables (probe says
// so), which a damaged header or an outside tool may have left.
func (h header) ours(path string, probe func() (bool, error), latest int) error {
	if h.applicationID != ApplicationID {
		if h.applicationID != 0 || probe == nil {
			return fileErr(ReasonForeignSQLite, path, nil)
		}
		ok, err := probe()
		if err != nil {
			return err
		}
		if !ok {
			return fileErr(ReasonForeignSQLite, path, nil)
		}
	}
	// Balansplan writes UTF-8 files, and Load's packed rows (packed.go)
	// count text in UTF-8 bytes; a UTF-16 file with our tables was made
	// by another program.
	if h.textEncoding > 1 {
		return fileErr(ReasonForeignSQLite, path, errors.New("text encoding is not UTF-8"))
	}
	if h.userVersion > uint32(latest) {
		return fileErr(ReasonNewerSchema, path, nil)
	}
	if h.userVersion == 0 {
		return fileErr(ReasonCorrupt, path, errors.New("marked as Balansplan but without a schema version"))
	}
	return nil
}

// writable reports whether path and its folder may be written, judged from
// the permission bits as well as by the system: root may write anywhere,
// but a file whose owner has switched off writing is meant to stay as it
// is, so Balansplan refuses it too.
func writable(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return classify(path, "stat", err)
	}
	if fi.Mode().Perm()&0o200 == 0 {
		return fileErr(ReasonReadOnly, path, errors.New("owner write permission is off"))
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if reasonOf(err) == ReasonReadOnly || errors.Is(err, fs.ErrPermission) {
			return fileErr(ReasonReadOnly, path, err)
		}
		return classify(path, "open for writing", err)
	}
	f.Close()
	// The write-ahead log and its index live beside the file.
	dir := filepath.Dir(path)
	di, err := os.Stat(dir)
	if err != nil {
		return classify(path, "stat folder", err)
	}
	if di.Mode().Perm()&0o200 == 0 || !dirWritable(dir) {
		return fileErr(ReasonReadOnly, path, errors.New("folder is not writable"))
	}
	return nil
}
