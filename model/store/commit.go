package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"

	"balansplan/model"
)

// Commit saves one edit: it writes the difference between prev and next in
// one transaction, so either all of the edit is in the file or none of it.
// prev must be the plan as the file holds it (what Load, Create or the
// last Commit gave the caller); when the file no longer holds prev because
// someone else wrote to it, Commit changes nothing and returns a
// FileError with Reason "changed". next must add no problem that prev
// does not have (NewProblems): otherwise Commit returns the problems it
// adds, as model.Problems, and changes nothing. A plan that another
// program left with invalid values can so be edited and fixed step by
// step; a valid prev must be followed by a valid next. Undo and redo are
// Restore.
func (d *Doc) Commit(prev, next *model.Plan) error {
	if prev == nil || next == nil {
		return errors.New("store: Commit needs both the previous and the next plan")
	}
	nps := validate(next)
	if ps := newProblems(prev, next, nps, d.validated); len(ps) > 0 {
		return ps
	}
	return d.write(prev, next, nps)
}

// Restore writes back a plan this file held before: undo commits after ->
// before, redo before -> after. It is Commit, except that next may also
// be a plan with no problem but those the file held when this Doc opened
// or loaded it: undoing the fix of a value another
// program stored puts that value back, as the user asked. Any other
// problem is refused as by Commit, with the problems next adds to prev.
func (d *Doc) Restore(prev, next *model.Plan) error {
	if prev == nil || next == nil {
		return errors.New("store: Restore needs both the previous and the next plan")
	}
	nps := validate(next)
	if len(nps) > 0 {
		placed := place(next, nps)
		added := unmatched(place(prev, d.validated(prev)), placed)
		d.mu.Lock()
		if len(unmatched(d.loaded, placed)) == 0 {
			added = nil
		}
		d.mu.Unlock()
		// A link to nothing cannot be written back, however old.
		added = withUnwritable(added, prev, next)
		if len(added) > 0 {
			return problemsOf(added)
		}
	}
	return d.write(prev, next, nps)
}

// validated is validate(p), taken from held when p is the plan this Doc
// holds as the file's: that plan is never changed after it was loaded
// or written (see held), so its problems are still what they were.
func (d *Doc) validated(p *model.Plan) model.Problems {
	d.mu.Lock()
	held, ps := d.held, d.heldProblems
	d.mu.Unlock()
	if p == held && p != nil {
		return ps
	}
	return validate(p)
}

// hold records p, with its problems ps (validate), as the plan the file
// holds now. The caller holds d.mu.
func (d *Doc) hold(p *model.Plan, ps model.Problems) {
	d.held, d.heldProblems = p, ps
}

// write saves the difference between prev and next (Commit, Restore);
// nps are next's problems (validate).
func (d *Doc) write(prev, next *model.Plan, nps model.Problems) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.writableDoc(); err != nil {
		return err
	}
	c := diff(prev, next, d.planID)
	if c.empty() {
		if prev == d.held {
			// The file holds next as much as prev: the same rows.
			d.hold(next, nps)
		}
		return nil
	}
	err := d.db.Transaction(func(tx *gorm.DB) error {
		res := tx.Exec("UPDATE plan SET revision = revision + 1 WHERE id = ? AND revision = ?", d.planID, d.revision)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected != 1 {
			return errChanged
		}
		return c.apply(tx)
	})
	if err != nil {
		return d.writeErr(err)
	}
	d.planID = c.newPlanID
	d.revision++
	d.hold(next, nps)
	return nil
}

// Replace writes plan p over whatever the file holds, in one transaction
// (an import into an existing file). It refuses an invalid plan.
func (d *Doc) Replace(p *model.Plan) error {
	if ps := validate(p); len(ps) > 0 {
		return ps
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.writableDoc(); err != nil {
		return err
	}
	planID := p.ID
	if planID == "" {
		planID = d.planID
	}
	var rev int64
	err := d.db.Transaction(func(tx *gorm.DB) error {
		var cur []planRow
		if err := tx.Select("id", "revision").Find(&cur).Error; err != nil {
			return err
		}
		for _, r := range cur {
			rev = max(rev, r.Revision+1)
		}
		// Every other table hangs off the plan row (ON DELETE CASCADE).
		if err := tx.Exec("DELETE FROM plan").Error; err != nil {
			return err
		}
		return insertPlan(tx, p, planID, rev)
	})
	if err != nil {
		return d.writeErr(err)
	}
	d.planID, d.revision = planID, rev
	return nil
}

func (d *Doc) writableDoc() error {
	if d.closed {
		return errClosed
	}
	if d.readOnly {
		return fileErr(ReasonReadOnly, d.path, errors.New("opened read-only"))
	}
	return nil
}

// errChanged says the file no longer holds what the Doc last read or
// wrote: another program or Doc wrote to it, or prev was not the file.
var errChanged = errors.New("the file does not hold the previous plan")

func (d *Doc) writeErr(err error) error {
	if errors.Is(err, errChanged) {
		return fileErr(ReasonChanged, d.path, err)
	}
	return classify(d.path, "save", err)
}

// insertPlan writes a whole plan into a file that holds none.
func insertPlan(tx *gorm.DB, p *model.Plan, planID string, revision int64) error {
	head := toPlanRow(p, planID)
	head.Revision = revision
	if err := tx.Create(&head).Error; err != nil {
		return err
	}
	var c changeset
	c.planID, c.newPlanID = planID, planID
	c.authors, c.ceilings, c.signatories = authorRows(p, planID), ceilingRows(p, planID), signatoryRows(p, planID)
	c.authorsChanged, c.ceilingsChanged, c.signatoriesChanged = true, true, true
	for i := range p.Visions {
		v := &p.Visions[i]
		c.visions.insert = append(c.visions.insert, toVisionRow(v, planID, i))
		c.returns.insert = append(c.returns.insert, returnRows(v)...)
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		c.investments.insert = append(c.investments.insert, toInvestmentRow(inv, planID, i))
		vs, ds := linkRows(inv)
		c.links.insert = append(c.links.insert, vs...)
		c.deps.insert = append(c.deps.insert, ds...)
	}
	for i := range p.Agreements {
		c.agreements.insert = append(c.agreements.insert, toAgreementRow(&p.Agreements[i], planID, i))
	}
	for i := range p.Assessments {
		a := &p.Assessments[i]
		c.assessments.insert = append(c.assessments.insert, toAssessmentRow(a, planID, i))
		c.scores.insert = append(c.scores.insert, scoreRows(a)...)
		c.answers.insert = append(c.answers.insert, answerRows(a)...)
		c.apps.insert = append(c.apps.insert, applicationRows(a)...)
	}
	for i := range p.Votes {
		v := &p.Votes[i]
		c.votes.insert = append(c.votes.insert, toVoteRow(v, planID, i))
		c.points.insert = append(c.points.insert, votePointsRows(v)...)
	}
	for i := range p.Inventory {
		c.inventory.insert = append(c.inventory.insert, toInventoryRow(&p.Inventory[i], planID, i))
	}
	for i := range p.Organisation {
		c.responsibilities.insert = append(c.responsibilities.insert, toResponsibilityRow(&p.Organisation[i], planID, i))
	}
	for i := range p.Risks {
		c.risks.insert = append(c.risks.insert, toRiskRow(&p.Risks[i], planID, i))
	}
	for i := range p.Visions {
		c.evaluations.insert = append(c.evaluations.insert, visionEvaluationRows(&p.Visions[i])...)
	}
	for i := range p.Investments {
		c.realisations.insert = append(c.realisations.insert, realisationRows(&p.Investments[i])...)
		c.invStatus.insert = append(c.invStatus.insert, investmentStatusRows(&p.Investments[i])...)
	}
	for i := range p.StatusHistory {
		c.history.insert = append(c.history.insert, toStatusChangeRow(&p.StatusHistory[i], planID, i))
	}
	for i := range p.Versions {
		c.versions.insert = append(c.versions.insert, toVersionRow(&p.Versions[i], planID, i))
	}
	c.themes = insertThemes(p, planID) // themes.go
	return c.apply(tx)
}

// changeset is the difference between two plans as rows to write.
type changeset struct {
	planID, newPlanID string
	header            *planRow // nil: unchanged

	authorsChanged, ceilingsChanged bool
	authors                         []authorRow
	ceilings                        []ceilingRow
	// The signature lines are written whole, like the authors.
	signatoriesChanged bool
	signatories        []signatoryRow

	visions     rowDiff[visionRow]
	investments rowDiff[investmentRow]
	agreements  rowDiff[agreementRow]
	assessments rowDiff[assessmentRow]
	votes       rowDiff[voteRow]

	inventory        rowDiff[inventoryRow]
	responsibilities rowDiff[responsibilityRow]
	risks            rowDiff[riskRow]

	// The plan's life: the status history and the versions by ID, the
	// evaluations, realisation and investment status history as
	// children of their vision or investment.
	history      rowDiff[statusChangeRow]
	versions     rowDiff[versionRow]
	evaluations  childDiff[visionEvaluationRow]
	realisations childDiff[realisationRow]
	invStatus    childDiff[investmentStatusRow]

	// The themes and the maturity register (themes.go).
	themes themeChanges

	returns childDiff[returnRow]
	links   childDiff[investmentVisionRow]
	deps    childDiff[dependencyRow]
	scores  childDiff[scoreRow]
	answers childDiff[answerRow]
	apps    childDiff[applicationRow]
	points  childDiff[votePointsRow]
}

// rowDiff is what happens to the rows of one entity table.
type rowDiff[R any] struct {
	insert []R
	update []R     // changed fields (and maybe position)
	move   []moved // only the position changed
	remove []string
}

type moved struct {
	id       string
	position int
}

func (r *rowDiff[R]) empty() bool {
	return len(r.insert)+len(r.update)+len(r.move)+len(r.remove) == 0
}

// childDiff replaces the child rows of some parents: the rows of parents
// in clear are deleted, then insert is written.
type childDiff[R any] struct {
	clear  []string
	insert []R
}

func (c *childDiff[R]) empty() bool { return len(c.clear)+len(c.insert) == 0 }

func (c *changeset) empty() bool {
	return c.header == nil && c.planID == c.newPlanID && !c.authorsChanged && !c.ceilingsChanged &&
		c.visions.empty() && c.investments.empty() && c.agreements.empty() && c.assessments.empty() &&
		c.votes.empty() && c.returns.empty() && c.links.empty() && c.deps.empty() && c.scores.empty() &&
		c.answers.empty() && c.apps.empty() && c.points.empty() &&
		!c.signatoriesChanged && c.inventory.empty() && c.responsibilities.empty() && c.risks.empty() &&
		c.history.empty() && c.versions.empty() && c.evaluations.empty() && c.realisations.empty() && c.invStatus.empty() &&
		c.themes.empty()
}

// diff works out the rows that turn prev into next. Entities are matched
// by ID; an entity's position is its index in the plan's list.
func diff(prev, next *model.Plan, planID string) *changeset {
	c := &changeset{planID: planID, newPlanID: planID}
	if next.ID != "" && next.ID != planID {
		c.newPlanID = next.ID
	}
	if ph, nh := toPlanRow(prev, c.newPlanID), toPlanRow(next, c.newPlanID); ph != nh {
		c.header = &nh
	}
	if !slices.Equal(prev.Authors, next.Authors) {
		c.authorsChanged, c.authors = true, authorRows(next, c.newPlanID)
	}
	if !equalCeilings(prev.BudgetCeiling, next.BudgetCeiling) {
		c.ceilingsChanged, c.ceilings = true, ceilingRows(next, c.newPlanID)
	}

	pid := c.newPlanID
	c.visions = diffRows(prev.Visions, next.Visions,
		func(v *model.Vision) string { return v.ID },
		func(v *model.Vision, i int) visionRow { return toVisionRow(v, pid, i) },
		func(old, v *model.Vision) {
			if old == nil || !slices.Equal(old.Returns, v.Returns) {
				if old != nil {
					c.returns.clear = append(c.returns.clear, v.ID)
				}
				c.returns.insert = append(c.returns.insert, returnRows(v)...)
			}
			if old == nil || !slices.Equal(old.Evaluations, v.Evaluations) {
				if old != nil {
					c.evaluations.clear = append(c.evaluations.clear, v.ID)
				}
				c.evaluations.insert = append(c.evaluations.insert, visionEvaluationRows(v)...)
			}
		})
	c.investments = diffRows(prev.Investments, next.Investments,
		func(inv *model.Investment) string { return inv.ID },
		func(inv *model.Investment, i int) investmentRow { return toInvestmentRow(inv, pid, i) },
		func(old, inv *model.Investment) {
			vs, ds := linkRows(inv)
			if old == nil || !slices.Equal(old.VisionIDs, inv.VisionIDs) {
				if old != nil {
					c.links.clear = append(c.links.clear, inv.ID)
				}
				c.links.insert = append(c.links.insert, vs...)
			}
			if old == nil || !slices.Equal(old.DependsOnIDs, inv.DependsOnIDs) {
				if old != nil {
					c.deps.clear = append(c.deps.clear, inv.ID)
				}
				c.deps.insert = append(c.deps.insert, ds...)
			}
			if old == nil || !slices.Equal(old.Realisation, inv.Realisation) {
				if old != nil {
					c.realisations.clear = append(c.realisations.clear, inv.ID)
				}
				c.realisations.insert = append(c.realisations.insert, realisationRows(inv)...)
			}
			if old == nil || !slices.Equal(old.StatusChanges, inv.StatusChanges) {
				if old != nil {
					c.invStatus.clear = append(c.invStatus.clear, inv.ID)
				}
				c.invStatus.insert = append(c.invStatus.insert, investmentStatusRows(inv)...)
			}
		})
	c.agreements = diffRows(prev.Agreements, next.Agreements,
		func(a *model.Agreement) string { return a.ID },
		func(a *model.Agreement, i int) agreementRow { return toAgreementRow(a, pid, i) },
		func(old, a *model.Agreement) {})
	c.assessments = diffRows(prev.Assessments, next.Assessments,
		func(a *model.Assessment) string { return a.ID },
		func(a *model.Assessment, i int) assessmentRow { return toAssessmentRow(a, pid, i) },
		func(old, a *model.Assessment) {
			if old == nil || !equalScores(old.Scores, a.Scores) {
				if old != nil {
					c.scores.clear = append(c.scores.clear, a.ID)
				}
				c.scores.insert = append(c.scores.insert, scoreRows(a)...)
			}
			if old == nil || !slices.Equal(old.Answers, a.Answers) {
				if old != nil {
					c.answers.clear = append(c.answers.clear, a.ID)
				}
				c.answers.insert = append(c.answers.insert, answerRows(a)...)
			}
			// nil against empty is the assessment row's recorded flag.
			if old == nil || !slices.Equal(old.Applications, a.Applications) {
				if old != nil {
					c.apps.clear = append(c.apps.clear, a.ID)
				}
				c.apps.insert = append(c.apps.insert, applicationRows(a)...)
			}
		})
	c.votes = diffRows(prev.Votes, next.Votes,
		func(v *model.Vote) string { return v.ID },
		func(v *model.Vote, i int) voteRow { return toVoteRow(v, pid, i) },
		func(old, v *model.Vote) {
			if old == nil || !slices.Equal(old.Points, v.Points) {
				if old != nil {
					c.points.clear = append(c.points.clear, v.ID)
				}
				c.points.insert = append(c.points.insert, votePointsRows(v)...)
			}
		})
	if !slices.Equal(prev.Adoption.Signatories, next.Adoption.Signatories) {
		c.signatoriesChanged, c.signatories = true, signatoryRows(next, pid)
	}
	c.inventory = diffRows(prev.Inventory, next.Inventory,
		func(it *model.InventoryItem) string { return it.ID },
		func(it *model.InventoryItem, i int) inventoryRow { return toInventoryRow(it, pid, i) },
		func(old, it *model.InventoryItem) {})
	c.responsibilities = diffRows(prev.Organisation, next.Organisation,
		func(r *model.Responsibility) string { return r.ID },
		func(r *model.Responsibility, i int) responsibilityRow { return toResponsibilityRow(r, pid, i) },
		func(old, r *model.Responsibility) {})
	c.risks = diffRows(prev.Risks, next.Risks,
		func(r *model.Risk) string { return r.ID },
		func(r *model.Risk, i int) riskRow { return toRiskRow(r, pid, i) },
		func(old, r *model.Risk) {})
	c.history = diffRows(prev.StatusHistory, next.StatusHistory,
		func(s *model.StatusChange) string { return s.ID },
		func(s *model.StatusChange, i int) statusChangeRow { return toStatusChangeRow(s, pid, i) },
		func(old, s *model.StatusChange) {})
	c.versions = diffRows(prev.Versions, next.Versions,
		func(v *model.Version) string { return v.ID },
		func(v *model.Version, i int) versionRow { return toVersionRow(v, pid, i) },
		func(old, v *model.Version) {})
	c.themes = diffThemes(prev, next, pid) // themes.go
	return c
}

// diffRows compares two lists of one entity kind. children is called for
// every entity of next with its previous version (nil when new), to work
// out the entity's child rows.
func diffRows[E any, R comparable](prev, next []E, id func(*E) string, row func(*E, int) R, children func(old, e *E)) rowDiff[R] {
	var d rowDiff[R]
	at := make(map[string]int, len(prev))
	for i := range prev {
		at[id(&prev[i])] = i
	}
	kept := make(map[string]bool, len(next))
	for i := range next {
		e := &next[i]
		key := id(e)
		kept[key] = true
		j, ok := at[key]
		if !ok {
			d.insert = append(d.insert, row(e, i))
			children(nil, e)
			continue
		}
		old := &prev[j]
		// Compare as if at the new position: a pure move is cheaper.
		if nr := row(e, i); nr != row(old, i) {
			d.update = append(d.update, nr)
		} else if i != j {
			d.move = append(d.move, moved{key, i})
		}
		children(old, e)
	}
	for i := range prev {
		if key := id(&prev[i]); !kept[key] {
			d.remove = append(d.remove, key)
		}
	}
	return d
}

func equalCeilings(a, b map[int]model.Money) bool {
	if len(a) != len(b) {
		return false
	}
	for y, m := range a {
		if n, ok := b[y]; !ok || n != m {
			return false
		}
	}
	return true
}

func equalScores(a, b map[model.Block]model.Score) bool {
	if len(a) != len(b) {
		return false
	}
	for k, s := range a {
		if t, ok := b[k]; !ok || t != s {
			return false
		}
	}
	return true
}

func authorRows(p *model.Plan, planID string) []authorRow {
	out := make([]authorRow, len(p.Authors))
	for i, a := range p.Authors {
		out[i] = authorRow{PlanID: planID, Position: i, Name: a}
	}
	return out
}

func ceilingRows(p *model.Plan, planID string) []ceilingRow {
	out := make([]ceilingRow, 0, len(p.BudgetCeiling))
	for y, m := range p.BudgetCeiling {
		out = append(out, ceilingRow{PlanID: planID, Year: y, Cents: int64(m)})
	}
	slices.SortFunc(out, func(a, b ceilingRow) int { return a.Year - b.Year })
	return out
}

// batchSize keeps a multi-row INSERT well under SQLite's limit of 32766
// bound parameters (investments have 17 columns).
const batchSize = 500

// apply writes the changeset. The order keeps every foreign key satisfied
// after each statement: parents are renamed, removed entities go first
// (their links go with them), new parents are written before the links
// that point at them.
func (c *changeset) apply(tx *gorm.DB) error {
	if c.newPlanID != c.planID {
		// ON UPDATE CASCADE moves every child row along.
		if err := tx.Exec("UPDATE plan SET id = ? WHERE id = ?", c.newPlanID, c.planID).Error; err != nil {
			return err
		}
	}
	if c.header != nil {
		res := tx.Model(c.header).Select("*").Omit("id", "revision").Updates(c.header)
		if err := expect(res, 1, "plan"); err != nil {
			return err
		}
	}
	if c.authorsChanged {
		if err := tx.Exec("DELETE FROM plan_authors WHERE plan_id = ?", c.newPlanID).Error; err != nil {
			return err
		}
		if err := insertRows(tx, c.authors); err != nil {
			return err
		}
	}
	if c.ceilingsChanged {
		if err := tx.Exec("DELETE FROM budget_ceilings WHERE plan_id = ?", c.newPlanID).Error; err != nil {
			return err
		}
		if err := insertRows(tx, c.ceilings); err != nil {
			return err
		}
	}

	if c.signatoriesChanged {
		if err := tx.Exec("DELETE FROM plan_signatories WHERE plan_id = ?", c.newPlanID).Error; err != nil {
			return err
		}
		if err := insertRows(tx, c.signatories); err != nil {
			return err
		}
	}

	// Nothing links to the board chapters' entries: they are written
	// apart from the rest.
	for _, t := range []struct {
		table string
		write func() error
		ids   []string
	}{
		{"inventory", func() error { return writeRows(tx, "inventory", &c.inventory) }, c.inventory.remove},
		{"responsibilities", func() error { return writeRows(tx, "responsibilities", &c.responsibilities) }, c.responsibilities.remove},
		{"risks", func() error { return writeRows(tx, "risks", &c.risks) }, c.risks.remove},
		{"plan_status_changes", func() error { return writeRows(tx, "plan_status_changes", &c.history) }, c.history.remove},
		{"plan_versions", func() error { return writeRows(tx, "plan_versions", &c.versions) }, c.versions.remove},
	} {
		if err := removeRows(tx, t.table, t.ids); err != nil {
			return err
		}
		if err := t.write(); err != nil {
			return err
		}
	}

	if err := removeRows(tx, "votes", c.votes.remove); err != nil {
		return err
	}
	if err := removeRows(tx, "assessments", c.assessments.remove); err != nil {
		return err
	}
	if err := removeRows(tx, "agreements", c.agreements.remove); err != nil {
		return err
	}
	if err := removeRows(tx, "investments", c.investments.remove); err != nil {
		return err
	}
	if err := removeRows(tx, "visions", c.visions.remove); err != nil {
		return err
	}

	if err := writeRows(tx, "visions", &c.visions); err != nil {
		return err
	}
	if err := writeChildren(tx, "vision_returns", "vision_id", &c.returns); err != nil {
		return err
	}
	if err := writeChildren(tx, "vision_evaluations", "vision_id", &c.evaluations); err != nil {
		return err
	}
	if err := writeRows(tx, "investments", &c.investments); err != nil {
		return err
	}
	if err := writeChildren(tx, "investment_visions", "investment_id", &c.links); err != nil {
		return err
	}
	if err := writeChildren(tx, "investment_dependencies", "investment_id", &c.deps); err != nil {
		return err
	}
	if err := writeChildren(tx, "realisations", "investment_id", &c.realisations); err != nil {
		return err
	}
	if err := writeChildren(tx, "investment_status_changes", "investment_id", &c.invStatus); err != nil {
		return err
	}
	if err := writeRows(tx, "agreements", &c.agreements); err != nil {
		return err
	}
	if err := writeRows(tx, "assessments", &c.assessments); err != nil {
		return err
	}
	if err := writeChildren(tx, "assessment_scores", "assessment_id", &c.scores); err != nil {
		return err
	}
	if err := writeChildren(tx, "assessment_answers", "assessment_id", &c.answers); err != nil {
		return err
	}
	if err := writeChildren(tx, "assessment_applications", "assessment_id", &c.apps); err != nil {
		return err
	}
	// Votes point at investments, written above.
	if err := writeRows(tx, "votes", &c.votes); err != nil {
		return err
	}
	if err := writeChildren(tx, "vote_points", "vote_id", &c.points); err != nil {
		return err
	}
	// The register links to investments, written above.
	return c.themes.apply(tx)
}

// expect checks that a statement touched exactly the rows prev says are
// in the file; anything else means prev was not the file.
func expect(res *gorm.DB, n int, what string) error {
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected != int64(n) {
		return fmt.Errorf("%w: %s: %d rows instead of %d", errChanged, what, res.RowsAffected, n)
	}
	return nil
}

func insertRows[R any](tx *gorm.DB, rows []R) error {
	if len(rows) == 0 {
		return nil
	}
	return tx.CreateInBatches(rows, batchSize).Error
}

func removeRows(tx *gorm.DB, table string, ids []string) error {
	for chunk := range slices.Chunk(ids, batchSize) {
		res := tx.Exec("DELETE FROM "+table+" WHERE id IN ?", chunk)
		if err := expect(res, len(chunk), table); err != nil {
			return err
		}
	}
	return nil
}

func writeRows[R any](tx *gorm.DB, table string, d *rowDiff[R]) error {
	if err := insertRows(tx, d.insert); err != nil {
		return err
	}
	for i := range d.update {
		res := tx.Model(&d.update[i]).Select("*").Omit("id").Updates(&d.update[i])
		if err := expect(res, 1, table); err != nil {
			return err
		}
	}
	// All moves in one statement per chunk: an insert at the top of a
	// list of 600 renumbers 600 rows.
	for chunk := range slices.Chunk(d.move, batchSize) {
		var sql strings.Builder
		args := make([]any, 0, 2*len(chunk))
		sql.WriteString("UPDATE " + table + " SET position = v.column2 FROM (VALUES ")
		for i, m := range chunk {
			if i > 0 {
				sql.WriteString(", ")
			}
			sql.WriteString("(?, ?)")
			args = append(args, m.id, m.position)
		}
		sql.WriteString(") AS v WHERE " + table + ".id = v.column1")
		res := tx.Exec(sql.String(), args...)
		if err := expect(res, len(chunk), table); err != nil {
			return err
		}
	}
	return nil
}

func writeChildren[R any](tx *gorm.DB, table, parent string, d *childDiff[R]) error {
	for chunk := range slices.Chunk(d.clear, batchSize) {
		if err := tx.Exec("DELETE FROM "+table+" WHERE "+parent+" IN ?", chunk).Error; err != nil {
			return err
		}
	}
	return insertRows(tx, d.insert)
}
