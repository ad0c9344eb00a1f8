package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"gorm.io/gorm"

	"balansplan/model"
)

// MergeBase is the plan as it was when a participant's copy was made: the
// common ancestor that lets the consultant merge the copies back
// three-way (package model/merge).
type MergeBase struct {
	// SHA256 identifies the snapshot: the hash of its balansplan/1 JSON.
	// Copies made from the same state of a plan carry the same hash, even
	// when they were made one after another.
	SHA256 string
	// MadeAt is when the copy was made (the Config's clock Now), in UTC.
	MadeAt time.Time
	// Plan is the snapshot.
	Plan *model.Plan
}

// SaveParticipantCopy writes a copy of the plan for one participant of a
// workshop, like SaveCopy, and records in the copy the plan as it is now
// (the merge_base table: the plan's balansplan/1 JSON, its SHA-256 and the
// time). The snapshot is read from the copy itself, after it has been
// written, so it is exactly what the copy holds even when another program
// writes to the plan meanwhile. Merging the copies later (model/merge)
// compares every copy with this base: a field changed in one copy only is
// taken without question. The Doc stays on its own file, which does not
// change. Like SaveCopy it refuses the open file itself and replaces any
// other file at path.
func (d *Doc) SaveParticipantCopy(path string) error {
	return d.saveCopy(path, "save participant copy", d.cfg.recordBase)
}

// recordBase writes the merge base into a fresh copy at path.
func (c Config) recordBase(path string) error {
	db, sqlDB, err := connect(path, "mode=rw&_foreign_keys=1")
	if err != nil {
		return err
	}
	defer closeConn(db, sqlDB)
	err = db.Transaction(func(tx *gorm.DB) error {
		p, _, err := loadPlan(tx)
		if err != nil {
			return err
		}
		data, err := model.EncodeJSON(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		if err := tx.Exec("DELETE FROM merge_base").Error; err != nil {
			return err
		}
		row := mergeBaseRow{PlanID: p.ID, SHA256: hex.EncodeToString(sum[:]),
			MadeAt: c.now().UTC().Format(time.RFC3339), Snapshot: string(data)}
		return tx.Create(&row).Error
	})
	if err != nil {
		return err
	}
	return closeConn(db, sqlDB)
}

// MergeBase returns the base recorded in a participant's copy, or nil
// when the file is not one (or was replaced since). An error means the
// snapshot could not be read; a caller that merges should then treat the
// copy as one without a base, which can only add conflicts, never lose an
// edit.
func (d *Doc) MergeBase() (*MergeBase, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil, errClosed
	}
	var rows []mergeBaseRow
	if err := d.db.Find(&rows).Error; err != nil {
		return nil, classify(d.path, "read merge base", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	r := rows[0]
	sum := sha256.Sum256([]byte(r.Snapshot))
	if hex.EncodeToString(sum[:]) != r.SHA256 {
		return nil, fmt.Errorf("store: merge base of %s: the snapshot does not match its hash", d.path)
	}
	at, err := time.Parse(time.RFC3339, r.MadeAt)
	if err != nil {
		return nil, fmt.Errorf("store: merge base of %s: %w", d.path, err)
	}
	p, ps := model.DecodeJSONBytes([]byte(r.Snapshot))
	if len(ps) > 0 {
		return nil, fmt.Errorf("store: merge base of %s: %w", d.path, ps)
	}
	return &MergeBase{SHA256: r.SHA256, MadeAt: at, Plan: p}, nil
}

// saveCopy is SaveCopy with a last step on the finished copy, before it
// is synced and renamed into place.
func (d *Doc) saveCopy(path, op string, finish func(tmp string) error) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return errClosed
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return classify(path, op, err)
	}
	if abs == d.path {
		return fileErr(ReasonSameFile, abs, nil)
	}
	if fi, err := os.Stat(abs); err == nil {
		if fi.IsDir() {
			return fileErr(ReasonDirectory, abs, nil)
		}
		if own, err := os.Stat(d.path); err == nil && os.SameFile(fi, own) {
			return fileErr(ReasonSameFile, abs, nil)
		}
	}
	dir := filepath.Dir(abs)
	tmp, err := tempName(dir, "."+filepath.Base(abs)+".*.tmp")
	if err != nil {
		return classify(abs, op, err)
	}
	defer removeWithSideFiles(tmp)
	if err := d.db.Exec("VACUUM INTO ?", tmp).Error; err != nil {
		return classify(abs, op, err)
	}
	if finish != nil {
		if err := finish(tmp); err != nil {
			return classify(abs, op, err)
		}
	}
	if err := syncFile(tmp); err != nil {
		return classify(abs, op, err)
	}
	if err := os.Rename(tmp, abs); err != nil {
		return classify(abs, op, err)
	}
	syncDir(dir)
	return nil
}
