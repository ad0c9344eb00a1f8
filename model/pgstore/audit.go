package pgstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"gorm.io/gorm"
)

// Change is one line of the audit history: one entity inserted, updated
// or deleted by one save. Old and New are the entity's balansplan/1
// content before and after (nil for an insert's Old and a delete's New).
type Change struct {
	ID        int64
	At        time.Time
	Who       string // the person the app acted for
	Login     string // the login role that made the connection
	PlanID    string
	Kind      string // the interchange key: "plan", "visions", "risks", ...
	EntityID  string // the entity's id; empty for a single value
	Operation string // insert, update, delete
	Old, New  json.RawMessage
}

// History returns the audit history of one plan, oldest first; with
// kind (and entityID) given, of that entity only. Only plans this user
// may write show their history (the board's role included).
func (s *Store) History(ctx context.Context, planID, kind, entityID string) ([]Change, error) {
	var raw []struct {
		AuditID    int64
		At         time.Time
		Who        string
		Login      string
		PlanID     string
		Kind       string
		EntityID   string
		Operation  string
		OldContent *string
		NewContent *string
	}
	err := s.tx(ctx, sql.LevelReadCommitted, func(tx *gorm.DB) error {
		return tx.Raw(`SELECT audit_id, at, who, login, plan_id, kind, entity_id, operation,
		                 old_content::text AS old_content, new_content::text AS new_content
		               FROM balansplan.audit
		               WHERE plan_id = ? AND (? = '' OR kind = ?) AND (? = '' OR entity_id = ?)
		               ORDER BY audit_id`, planID, kind, kind, entityID, entityID).Scan(&raw).Error
	})
	if err != nil {
		return nil, pgError("history", err)
	}
	out := make([]Change, len(raw))
	for i, r := range raw {
		out[i] = Change{ID: r.AuditID, At: r.At, Who: r.Who, Login: r.Login, PlanID: r.PlanID, Kind: r.Kind,
			EntityID: r.EntityID, Operation: r.Operation}
		if r.OldContent != nil {
			out[i].Old = json.RawMessage(*r.OldContent)
		}
		if r.NewContent != nil {
			out[i].New = json.RawMessage(*r.NewContent)
		}
	}
	return out, nil
}
