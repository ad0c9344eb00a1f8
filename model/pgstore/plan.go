package pgstore

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"

	"balansplan/model"
	"balansplan/model/merge"
)

// Checkout is a plan as the database held it: the plan, its tenant and
// the revision it had. A save starts from a Checkout.
type Checkout struct {
	Plan      *model.Plan
	BoardID   string
	SchoolID  string
	Revision  int64
	UpdatedAt time.Time
	UpdatedBy string
	// Merges is how often SaveMerging found the plan saved by someone
	// else and merged before this save went in (0 after Save or Load).
	Merges int

	// rows are Plan's rows as split gives them, kept by Save so that the
	// next save from this Checkout does not encode the plan again.
	rows []entityRow
}

// docKey is one top-level key of the plan's balansplan/1 document, in
// its order, and whether its value is a list (a list of entities, one row
// each) or one value (one row).
type docKey struct {
	Key  string `json:"key"`
	List bool   `json:"list"`
}

// entityRow is one row of plan_entities: a list entry (kind = the list's
// key, entity_id = its "id") or a single value (kind = the key, entity_id
// empty).
type entityRow struct {
	Kind     string          `json:"kind"`
	EntityID string          `json:"entity_id"`
	Position int             `json:"position"`
	Content  json.RawMessage `json:"content"`
}

// split turns a plan into its rows through model.EncodeJSON: the rows
// are the interchange format cut at its top-level keys and list entries,
// so a new field or list in the model needs no new SQL.
func split(p *model.Plan) ([]docKey, []entityRow, error) {
	data, err := model.EncodeJSON(p)
	if err != nil {
		return nil, nil, newError("invalid", "het plan kan niet worden opgeslagen: "+err.Error(),
			"the plan cannot be stored: "+err.Error(), err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil, fmt.Errorf("pgstore: EncodeJSON gave no object")
	}
	var keys []docKey
	var rows []entityRow
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		key := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, err
		}
		if len(raw) == 0 || raw[0] != '[' {
			keys = append(keys, docKey{key, false})
			rows = append(rows, entityRow{Kind: key, Content: raw})
			continue
		}
		keys = append(keys, docKey{key, true})
		var list []json.RawMessage
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, nil, err
		}
		seen := map[string]bool{}
		for i, e := range list {
			var id struct {
				ID any `json:"id"`
			}
			_ = json.Unmarshal(e, &id)
			eid, _ := id.ID.(string)
			if eid == "" {
				// A list whose entries carry no id is kept by position.
				eid = fmt.Sprintf("#%d", i+1)
			}
			if seen[eid] {
				return nil, nil, newError("invalid",
					fmt.Sprintf("het plan kan niet worden opgeslagen: id %s staat twee keer in %s", eid, key),
					fmt.Sprintf("the plan cannot be stored: id %s occurs twice in %s", eid, key), nil)
			}
			seen[eid] = true
			rows = append(rows, entityRow{Kind: key, EntityID: eid, Position: i, Content: e})
		}
	}
	return keys, rows, nil
}

// join puts the rows back into a balansplan/1 document and decodes it.
func join(keys []docKey, rows []entityRow) (*model.Plan, error) {
	byKind := map[string][]entityRow{}
	for _, r := range rows {
		byKind[r.Kind] = append(byKind[r.Kind], r)
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k.Key)
		b.Write(kb)
		b.WriteByte(':')
		rs := byKind[k.Key]
		if !k.List {
			if len(rs) != 1 {
				return nil, fmt.Errorf("pgstore: %d rows for %q", len(rs), k.Key)
			}
			b.Write(rs[0].Content)
			continue
		}
		b.WriteByte('[')
		for j, r := range rs { // ordered by position in the query
			if j > 0 {
				b.WriteByte(',')
			}
			b.Write(r.Content)
		}
		b.WriteByte(']')
	}
	b.WriteByte('}')
	p, probs := model.DecodeJSONBytes(b.Bytes())
	if len(probs) > 0 && p == nil {
		msg := problemsText(probs)
		return nil, newError("invalid", "het plan in de database is niet te lezen: "+msg.NL,
			"the plan in the database cannot be read: "+msg.EN, nil)
	}
	return p, nil
}

func problemsText(ps model.Problems) model.Text {
	var nl, en []string
	for i, p := range ps {
		if i == 3 {
			nl = append(nl, fmt.Sprintf("en nog %d", len(ps)-3))
			en = append(en, fmt.Sprintf("and %d more", len(ps)-3))
			break
		}
		nl = append(nl, p.Message(model.NL))
		en = append(en, p.Message(model.EN))
	}
	return model.Text{NL: strings.Join(nl, "; "), EN: strings.Join(en, "; ")}
}

type planRow struct {
	BoardID   string
	SchoolID  string
	PlanID    string
	Revision  int64
	DocKeys   string
	UpdatedAt time.Time
	UpdatedBy string
}

// PlanInfo is one plan in a list, without its content.
type PlanInfo struct {
	BoardID   string
	SchoolID  string
	PlanID    string
	Title     string
	Status    string
	Revision  int64
	UpdatedAt time.Time
	UpdatedBy string
}

// Plans lists the plans this user may see, of one school or (school
// empty) of every school, the latest changed first.
func (s *Store) Plans(ctx context.Context, school string) ([]PlanInfo, error) {
	var out []PlanInfo
	err := s.tx(ctx, sql.LevelReadCommitted, func(tx *gorm.DB) error {
		q := `SELECT board_id, school_id, plan_id, title, status, revision, updated_at, updated_by
		      FROM balansplan.plans WHERE (? = '' OR school_id = ?) ORDER BY updated_at DESC, plan_id`
		return tx.Raw(q, school, school).Scan(&out).Error
	})
	return out, pgError("plans", err)
}

// Load reads a plan whole, from one snapshot.
func (s *Store) Load(ctx context.Context, planID string) (*Checkout, error) {
	var c *Checkout
	err := s.tx(ctx, sql.LevelRepeatableRead, func(tx *gorm.DB) error {
		var err error
		c, err = load(tx, planID, false)
		return err
	})
	return c, pgError("load", err)
}

func load(tx *gorm.DB, planID string, forUpdate bool) (*Checkout, error) {
	q := `SELECT board_id, school_id, plan_id, revision, doc_keys::text AS doc_keys, updated_at, updated_by
	      FROM balansplan.plans WHERE plan_id = ?`
	if forUpdate {
		q += " FOR UPDATE"
	}
	var prs []planRow
	if err := tx.Raw(q, planID).Scan(&prs).Error; err != nil {
		return nil, err
	}
	if len(prs) == 0 {
		return nil, notFound(planID)
	}
	pr := prs[0]
	var keys []docKey
	if err := json.Unmarshal([]byte(pr.DocKeys), &keys); err != nil {
		return nil, err
	}
	var raw []struct {
		Kind     string
		EntityID string
		Position int
		Content  string
	}
	if err := tx.Raw(`SELECT kind, entity_id, position, content::text AS content
	                  FROM balansplan.plan_entities WHERE plan_id = ? ORDER BY kind, position`, planID).
		Scan(&raw).Error; err != nil {
		return nil, err
	}
	rows := make([]entityRow, len(raw))
	for i, r := range raw {
		rows[i] = entityRow{Kind: r.Kind, EntityID: r.EntityID, Position: r.Position, Content: json.RawMessage(r.Content)}
	}
	p, err := join(keys, rows)
	if err != nil {
		return nil, err
	}
	return &Checkout{Plan: p, BoardID: pr.BoardID, SchoolID: pr.SchoolID, Revision: pr.Revision,
		UpdatedAt: pr.UpdatedAt, UpdatedBy: pr.UpdatedBy}, nil
}

func notFound(planID string) error {
	return newError("not_found",
		fmt.Sprintf("plan %s staat niet in de database, of u mag het niet zien", planID),
		fmt.Sprintf("plan %s is not in the database, or you may not see it", planID), nil)
}

func readOnly(planID string) error {
	return newError("no_rights",
		fmt.Sprintf("u mag plan %s lezen maar niet wijzigen", planID),
		fmt.Sprintf("you may read plan %s but not change it", planID), nil)
}

// invalid refuses a plan with problems, naming the first few.
func invalid(ps model.Problems) error {
	msg := problemsText(ps)
	return newError("invalid", "het plan wordt niet opgeslagen: "+msg.NL, "the plan is not saved: "+msg.EN, ps)
}

// Create stores a new plan for school (its BRIN), at revision 1. The plan
// must be valid.
func (s *Store) Create(ctx context.Context, school string, p *model.Plan) (*Checkout, error) {
	if ps := p.Validate(); len(ps) > 0 {
		return nil, invalid(ps)
	}
	keys, rows, err := split(p)
	if err != nil {
		return nil, err
	}
	var c *Checkout
	err = s.tx(ctx, sql.LevelReadCommitted, func(tx *gorm.DB) error {
		var boards []string
		if err := tx.Raw("SELECT board_id FROM balansplan.schools WHERE school_id = ?", school).Scan(&boards).Error; err != nil {
			return err
		}
		if len(boards) == 0 {
			return newError("no_school",
				fmt.Sprintf("school %s staat niet in de database, of u hebt er geen rechten op", school),
				fmt.Sprintf("school %s is not in the database, or you have no rights on it", school), nil)
		}
		kb, _ := json.Marshal(keys)
		if err := tx.Exec(`INSERT INTO balansplan.plans (board_id, school_id, plan_id, status, title, doc_keys, updated_by)
		                   VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)`,
			boards[0], school, p.ID, string(p.Status), p.Title, string(kb), s.user).Error; err != nil {
			return err
		}
		if err := writeRows(tx, boards[0], school, p.ID, rows, nil); err != nil {
			return err
		}
		var err error
		c, err = load(tx, p.ID, false)
		return err
	})
	return c, pgError("create", err)
}

// writeRows writes the rows that changed and deletes those that went, in
// one statement each. An upserted row whose content and position are as
// stored is still not touched (jsonb compares by value), so the audit
// records only real changes.
func writeRows(tx *gorm.DB, board, school, planID string, changed, deleted []entityRow) error {
	if len(deleted) > 0 {
		db, err := json.Marshal(deleted)
		if err != nil {
			return err
		}
		if err := tx.Exec(`DELETE FROM balansplan.plan_entities e WHERE e.plan_id = ?
		    AND EXISTS (SELECT 1 FROM jsonb_to_recordset(?::jsonb) AS r(kind text, entity_id text)
		                WHERE r.kind = e.kind AND r.entity_id = e.entity_id)`, planID, string(db)).Error; err != nil {
			return err
		}
	}
	if len(changed) == 0 {
		return nil
	}
	cb, err := json.Marshal(changed)
	if err != nil {
		return err
	}
	return tx.Exec(`INSERT INTO balansplan.plan_entities AS e (board_id, school_id, plan_id, kind, entity_id, position, content)
	    SELECT ?, ?, ?, r.kind, r.entity_id, r.position, r.content
	    FROM jsonb_to_recordset(?::jsonb) AS r(kind text, entity_id text, position integer, content jsonb)
	    ON CONFLICT (plan_id, kind, entity_id) DO UPDATE
	      SET position = excluded.position, content = excluded.content
	      WHERE e.position IS DISTINCT FROM excluded.position OR e.content IS DISTINCT FROM excluded.content`,
		board, school, planID, string(cb)).Error
}

// diffRows compares the rows of the plan a save started from with the
// rows of the plan it saves: the encoder is deterministic, so equal bytes
// are an unchanged entity.
func diffRows(base, next []entityRow) (changed, deleted []entityRow) {
	type key struct{ kind, id string }
	old := make(map[key]entityRow, len(base))
	for _, r := range base {
		old[key{r.Kind, r.EntityID}] = r
	}
	for _, r := range next {
		k := key{r.Kind, r.EntityID}
		if o, ok := old[k]; !ok || o.Position != r.Position || !bytes.Equal(o.Content, r.Content) {
			changed = append(changed, r)
		}
		delete(old, k)
	}
	for _, r := range base {
		if _, ok := old[key{r.Kind, r.EntityID}]; ok {
			deleted = append(deleted, entityRow{Kind: r.Kind, EntityID: r.EntityID})
		}
	}
	return changed, deleted
}

// Save writes mine over the plan base was loaded as, when the database
// still holds base's revision, and returns the new Checkout. Only the
// entities that differ between base.Plan and mine are sent, so base must
// be a Checkout that Load, Create or Save returned, unmodified. When someone
// saved in between, nothing is written and the error is a
// *ConflictError with the plan as it is now.
func (s *Store) Save(ctx context.Context, base *Checkout, mine *model.Plan) (*Checkout, error) {
	if base == nil || base.Plan == nil || mine == nil || base.Plan.ID != mine.ID {
		return nil, newError("invalid", "opslaan kan alleen over hetzelfde plan", "a save must be of the same plan", nil)
	}
	// A valid plan stays valid; one that is not (changed by hand in the
	// database) may still be saved, so that a fix can be.
	if ps := mine.Validate(); len(ps) > 0 && len(base.Plan.Validate()) == 0 {
		return nil, invalid(ps)
	}
	keys, rows, err := split(mine)
	if err != nil {
		return nil, err
	}
	baseRows := base.rows
	if baseRows == nil {
		if _, baseRows, err = split(base.Plan); err != nil {
			return nil, err
		}
	}
	changed, deleted := diffRows(baseRows, rows)
	var c *Checkout
	err = s.tx(ctx, sql.LevelReadCommitted, func(tx *gorm.DB) error {
		// Locking the row needs the right to update it: a plan that is
		// visible but not lockable is one this user may only read.
		var n int64
		if err := tx.Raw(`SELECT count(*) FROM balansplan.plans WHERE plan_id = ?`, mine.ID).Scan(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return notFound(mine.ID)
		}
		var cur []planRow
		if err := tx.Raw(`SELECT board_id, school_id, plan_id, revision FROM balansplan.plans
		                  WHERE plan_id = ? FOR UPDATE`, mine.ID).Scan(&cur).Error; err != nil {
			return err
		}
		if len(cur) == 0 {
			return readOnly(mine.ID)
		}
		if cur[0].Revision != base.Revision {
			theirs, err := load(tx, mine.ID, false)
			if err != nil {
				return err
			}
			return &ConflictError{Base: base, Mine: mine, Theirs: theirs}
		}
		kb, _ := json.Marshal(keys)
		var updated []time.Time
		if err := tx.Raw(`UPDATE balansplan.plans SET revision = revision + 1, status = ?, title = ?,
		                  doc_keys = ?::jsonb, updated_at = now(), updated_by = ?
		                WHERE plan_id = ? AND revision = ? RETURNING updated_at`,
			string(mine.Status), mine.Title, string(kb), s.user, mine.ID, base.Revision).Scan(&updated).Error; err != nil {
			return err
		}
		if len(updated) != 1 {
			return readOnly(mine.ID)
		}
		if err := writeRows(tx, cur[0].BoardID, cur[0].SchoolID, mine.ID, changed, deleted); err != nil {
			return err
		}
		// The database now holds mine (the round trip is lossless: the
		// tests hold it), so it is not read back.
		c = &Checkout{Plan: mine.Clone(), BoardID: cur[0].BoardID, SchoolID: cur[0].SchoolID,
			Revision: base.Revision + 1, UpdatedAt: updated[0], UpdatedBy: s.user, rows: rows}
		return nil
	})
	return c, pgError("save", err)
}

// SaveMerging saves mine like Save; when someone saved in between, it
// merges the three plans with model/merge (base, theirs as the first
// copy, mine as the second) and saves the merge, as often as needed.
// choose picks a copy per conflict (0: theirs, 1: mine, -1: leave it);
// nil leaves every conflict. When conflicts remain, nothing is written
// and the error is an *UnresolvedError listing them all. The conflicts
// that were resolved are returned with the new Checkout.
func (s *Store) SaveMerging(ctx context.Context, base *Checkout, mine *model.Plan, choose func(merge.Conflict) int) (*Checkout, []merge.Conflict, error) {
	var all []merge.Conflict
	for attempt := 0; attempt < 20; attempt++ {
		c, err := s.Save(ctx, base, mine)
		var ce *ConflictError
		if !errors.As(err, &ce) {
			if c != nil {
				c.Merges = attempt
			}
			return c, all, err
		}
		if choose == nil {
			choose = func(merge.Conflict) int { return -1 }
		}
		merged, cs := merge.MergeChoosing(base.Plan, []*model.Plan{ce.Theirs.Plan, mine}, choose)
		all = append(all, cs...)
		if len(merge.Unresolved(cs)) > 0 || merged == nil {
			return nil, all, &UnresolvedError{Conflicts: cs}
		}
		base, mine = ce.Theirs, merged
	}
	return nil, all, newError("busy", "het plan wordt steeds opnieuw gewijzigd; probeer het later nog eens",
		"the plan keeps changing; try again later", nil)
}
