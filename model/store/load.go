package store

import (
	"errors"
	"fmt"

	"gorm.io/gorm"

	"balansplan/model"
)

// Load reads the whole plan in one read transaction, so it sees one
// consistent state even while another program writes. Lists come back in
// the order they were saved in; BudgetCeiling and every assessment's
// Scores are non-nil maps, so a caller may write into them.
func (d *Doc) Load() (*model.Plan, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil, errClosed
	}
	if p := d.takeOpened(); p != nil {
		return p, nil
	}
	var p *model.Plan
	var rev int64
	err := d.db.Transaction(func(tx *gorm.DB) error {
		var err error
		p, rev, err = loadPlan(tx)
		return err
	})
	if err != nil {
		return nil, classify(d.path, "load", err)
	}
	d.planID, d.revision = p.ID, rev
	if d.readOnly && !d.preflight {
		// Only Restore uses what is found here, and a read-only Doc
		// cannot write; its caller validates the plan itself if it
		// wants to (the command line does).
		return p, nil
	}
	ps := validate(p)
	if len(ps) > 0 {
		// What Restore may bring back (each problem once, however often
		// the file is loaded).
		d.loaded = append(d.loaded, unmatched(d.loaded, place(p, ps))...)
	}
	d.hold(p, ps)
	return p, nil
}

// takeOpened hands out, once, the plan Open's preflight loaded, when the
// file still holds that plan at the same revision: nobody, this Doc or
// another program, has written since. Reading the revision is one small
// query; reading the plan again is most of the cost of opening a file.
// It returns nil when the plan must be read from the file.
func (d *Doc) takeOpened() *model.Plan {
	p, rev := d.opened, d.openedRev
	d.opened = nil
	if p == nil || d.revision != rev {
		return nil
	}
	var rows []planRow
	if err := d.db.Select("id", "revision").Find(&rows).Error; err != nil {
		return nil
	}
	if len(rows) != 1 || rows[0].ID != p.ID || rows[0].Revision != rev {
		return nil
	}
	return p
}

var errNoPlan = errors.New("the file holds no plan")

func loadPlan(tx *gorm.DB) (*model.Plan, int64, error) {
	var prs []planRow
	if err := tx.Find(&prs).Error; err != nil {
		return nil, 0, err
	}
	if len(prs) != 1 {
		return nil, 0, fileErr(ReasonCorrupt, "", errNoPlan)
	}
	pr := prs[0]
	p := &model.Plan{
		ID: pr.ID,
		School: model.School{Name: pr.SchoolName, BRIN: pr.SchoolBRIN, Sector: model.Sector(pr.SchoolSector),
			Pupils: pr.SchoolPupils, StaffFTE: pr.SchoolStaffFTE, Board: pr.SchoolBoard},
		Title: pr.Title, StartYear: pr.StartYear, EndYear: pr.EndYear,
		Status: model.PlanStatus(pr.Status), Version: pr.Version, Date: pr.Date, VoteBudget: pr.VoteBudget,
		Ambition:    model.Ambition(pr.Ambition),
		TeachingNow: model.Teaching(pr.TeachingNow), TeachingGoal: model.Teaching(pr.TeachingGoal),
		MaterialNow: model.Material(pr.MaterialNow), MaterialGoal: model.Material(pr.MaterialGoal),
		BudgetCeiling: map[int]model.Money{},
		Indicators: model.Indicators{
			PupilsPerComputer:      floatPtr(pr.PupilsPerComputer.Float64, pr.PupilsPerComputer.Valid),
			DigitalMaterialPct:     floatPtr(pr.DigitalMaterialPct.Float64, pr.DigitalMaterialPct.Valid),
			DigitalMaterialGoalPct: floatPtr(pr.DigitalMaterialGoalPct.Float64, pr.DigitalMaterialGoalPct.Valid),
			LaptopSharePct:         floatPtr(pr.LaptopSharePct.Float64, pr.LaptopSharePct.Valid),
			TabletSharePct:         floatPtr(pr.TabletSharePct.Float64, pr.TabletSharePct.Valid),
			BYODPct:                floatPtr(pr.BYODPct.Float64, pr.BYODPct.Valid),
			DigiboardRoomsPct:      floatPtr(pr.DigiboardRoomsPct.Float64, pr.DigiboardRoomsPct.Valid),
		},
	}
	if pr.Wifi.Valid {
		w := pr.Wifi.Bool
		p.Indicators.Wifi = &w
	}
	boardOf(&pr, p)

	var authors []authorRow
	if err := tx.Order("position").Find(&authors).Error; err != nil {
		return nil, 0, err
	}
	for _, a := range authors {
		p.Authors = append(p.Authors, a.Name)
	}
	var signatories []signatoryRow
	if err := tx.Order("position").Find(&signatories).Error; err != nil {
		return nil, 0, err
	}
	for _, s := range signatories {
		p.Adoption.Signatories = append(p.Adoption.Signatories, model.Signatory{Name: s.Name, Function: s.Function})
	}
	var ceilings []ceilingRow
	if err := tx.Find(&ceilings).Error; err != nil {
		return nil, 0, err
	}
	for _, c := range ceilings {
		p.BudgetCeiling[c.Year] = model.Money(c.Cents)
	}

	// The long lists are read as packed rows (packed.go): one cell per
	// row instead of one per column.
	visionAt := map[string]int{}
	err := readPacked(tx, "visions", "position",
		[]string{"id", "code", "title", "text", "priority", "evaluation_indicator", "evaluation_moment", "theme"},
		func(r *packedRow) {
			v := model.Vision{ID: r.text(), Code: r.text(), Title: r.text(), Text: r.text(), Priority: int(r.int()),
				Evaluation: model.Evaluation{Indicator: r.text()}}
			v.Evaluation.Moment = r.month("vision", v.ID, "evaluation moment")
			v.Theme = r.text()
			visionAt[v.ID] = len(p.Visions)
			p.Visions = append(p.Visions, v)
		})
	if err != nil {
		return nil, 0, err
	}
	if p.Visions == nil {
		p.Visions = []model.Vision{}
	}
	err = readChildren(tx, "vision_returns", "vision_id, position", []string{"vision_id", "value"}, visionAt,
		func(i int, r *packedRow) {
			p.Visions[i].Returns = append(p.Visions[i].Returns, model.Return(r.text()))
		})
	if err != nil {
		return nil, 0, err
	}

	invAt := map[string]int{}
	err = readPacked(tx, "investments", "position",
		[]string{"id", "code", "title", "description", "block", "category", "material_type", "start_month", "end_month",
			"owner", "status", "one_off_cents", "recurring_cents", "depreciation_years", "pilot", "focus", "theme"},
		func(r *packedRow) {
			inv := model.Investment{ID: r.text(), Code: r.text(), Title: r.text(), Description: r.text(),
				Block: model.Block(r.text()), Category: model.Category(r.text()), MaterialType: model.Material(r.text())}
			inv.Start, inv.End = r.month("investment", inv.ID, "start"), r.month("investment", inv.ID, "end")
			inv.Owner, inv.Status = r.text(), model.InvestmentStatus(r.text())
			inv.Cost = model.Cost{OneOff: model.Money(r.int()), Recurring: model.Money(r.int()), DepreciationYears: int(r.int())}
			inv.Pilot, inv.Focus, inv.Theme = r.bool(), model.Focus(r.text()), r.text()
			invAt[inv.ID] = len(p.Investments)
			p.Investments = append(p.Investments, inv)
		})
	if err != nil {
		return nil, 0, err
	}
	if p.Investments == nil {
		p.Investments = []model.Investment{}
	}
	err = readChildren(tx, "investment_visions", "investment_id, position", []string{"investment_id", "vision_id"}, invAt,
		func(i int, r *packedRow) {
			p.Investments[i].VisionIDs = append(p.Investments[i].VisionIDs, r.text())
		})
	if err != nil {
		return nil, 0, err
	}
	err = readChildren(tx, "investment_dependencies", "investment_id, position", []string{"investment_id", "depends_on_id"}, invAt,
		func(i int, r *packedRow) {
			p.Investments[i].DependsOnIDs = append(p.Investments[i].DependsOnIDs, r.text())
		})
	if err != nil {
		return nil, 0, err
	}

	var agreements []agreementRow
	if err := tx.Order("position").Find(&agreements).Error; err != nil {
		return nil, 0, err
	}
	p.Agreements = make([]model.Agreement, len(agreements))
	for i, a := range agreements {
		p.Agreements[i] = model.Agreement{ID: a.ID, Kind: model.AgreementKind(a.Kind), Coverage: model.Coverage(a.Coverage), Text: a.Text,
			Theme: a.Theme}
	}

	assessmentAt := map[string]int{}
	err = readPacked(tx, "assessments", "position",
		[]string{"id", "session", "participant", "role", "question_set", "applications_recorded", "round_year"},
		func(r *packedRow) {
			a := model.Assessment{ID: r.text(), Session: r.text(), Participant: r.text(),
				Role: model.Role(r.text()), QuestionSet: r.text(), Scores: map[model.Block]model.Score{}}
			if r.bool() {
				a.Applications = []model.Application{}
			}
			a.Year = int(r.int())
			assessmentAt[a.ID] = len(p.Assessments)
			p.Assessments = append(p.Assessments, a)
		})
	if err != nil {
		return nil, 0, err
	}
	if p.Assessments == nil {
		p.Assessments = []model.Assessment{}
	}
	err = readChildren(tx, "assessment_scores", "", []string{"assessment_id", "block", "now", "goal"}, assessmentAt,
		func(i int, r *packedRow) {
			block := model.Block(r.text())
			now, _ := r.nullInt()
			goal, _ := r.nullInt()
			p.Assessments[i].Scores[block] = model.Score{Now: model.Rating(now), Goal: model.Rating(goal)}
		})
	if err != nil {
		return nil, 0, err
	}
	err = readChildren(tx, "assessment_answers", "assessment_id, position", []string{"assessment_id", "statement", "now", "goal"}, assessmentAt,
		func(i int, r *packedRow) {
			statement := r.text()
			now, _ := r.nullInt()
			goal, _ := r.nullInt()
			p.Assessments[i].Answers = append(p.Assessments[i].Answers, model.Answer{
				Statement: statement, Now: model.Rating(now), Goal: model.Rating(goal)})
		})
	if err != nil {
		return nil, 0, err
	}
	err = readChildren(tx, "assessment_applications", "assessment_id, position", []string{"assessment_id", "application"}, assessmentAt,
		func(i int, r *packedRow) {
			// Rows without the recorded flag (another tool wrote them)
			// still count: a list was given.
			p.Assessments[i].Applications = append(p.Assessments[i].Applications, model.Application(r.text()))
		})
	if err != nil {
		return nil, 0, err
	}

	voteAt := map[string]int{}
	err = readPacked(tx, "votes", "position", []string{"id", "session", "participant", "role"},
		func(r *packedRow) {
			v := model.Vote{ID: r.text(), Session: r.text(), Participant: r.text(), Role: model.Role(r.text())}
			voteAt[v.ID] = len(p.Votes)
			p.Votes = append(p.Votes, v)
		})
	if err != nil {
		return nil, 0, err
	}
	err = readChildren(tx, "vote_points", "vote_id, position", []string{"vote_id", "investment_id", "points"}, voteAt,
		func(i int, r *packedRow) {
			inv, points := r.text(), int(r.int())
			p.Votes[i].Points = append(p.Votes[i].Points, model.VotePoints{InvestmentID: inv, Points: points})
		})
	if err != nil {
		return nil, 0, err
	}
	if err := loadBoardLists(tx, p); err != nil {
		return nil, 0, err
	}
	if err := loadLifecycle(tx, p, visionAt, invAt); err != nil {
		return nil, 0, err
	}
	if err := loadThemes(tx, p); err != nil { // themes.go
		return nil, 0, err
	}
	return p, pr.Revision, nil
}

// loadBoardLists reads the inventory, the organisation of ict and the
// risks. Like the plan's other lists, an empty one stays nil.
func loadBoardLists(tx *gorm.DB, p *model.Plan) error {
	var inv []inventoryRow
	if err := tx.Order("position").Find(&inv).Error; err != nil {
		return err
	}
	for _, r := range inv {
		p.Inventory = append(p.Inventory, model.InventoryItem{ID: r.ID, Kind: model.InventoryKind(r.Kind),
			Description: r.Description, Quantity: r.Quantity, Year: r.Year, Note: r.Note})
	}
	var res []responsibilityRow
	if err := tx.Order("position").Find(&res).Error; err != nil {
		return err
	}
	for _, r := range res {
		p.Organisation = append(p.Organisation, model.Responsibility{ID: r.ID, Task: r.Task, Person: r.Person,
			HoursPerYear: r.HoursPerYear, Duties: r.Duties})
	}
	var risks []riskRow
	if err := tx.Order("position").Find(&risks).Error; err != nil {
		return err
	}
	for _, r := range risks {
		p.Risks = append(p.Risks, model.Risk{ID: r.ID, Description: r.Description, Likelihood: model.Grade(r.Likelihood),
			Impact: model.Grade(r.Impact), Owner: r.Owner, Measure: r.Measure})
	}
	return nil
}

func floatPtr(f float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	return &f
}

// orphan is a child row without its parent: foreign keys rule it out, so
// the file was changed by something that ignored them.
func orphan(table, parent string) error {
	return fileErr(ReasonCorrupt, "", fmt.Errorf("%s: row refers to missing %s", table, parent))
}

// loadLifecycle reads the plan's life: the yearly evaluations, the
// realisation and status history of the investments, the plan's status
// history and its frozen versions. Like the plan's other lists, an empty
// one stays nil.
func loadLifecycle(tx *gorm.DB, p *model.Plan, visionAt, invAt map[string]int) error {
	var evals []visionEvaluationRow
	if err := tx.Order("vision_id, position").Find(&evals).Error; err != nil {
		return err
	}
	for _, e := range evals {
		i, ok := visionAt[e.VisionID]
		if !ok {
			return orphan("vision_evaluations", e.VisionID)
		}
		p.Visions[i].Evaluations = append(p.Visions[i].Evaluations, model.VisionEvaluation{
			Year: e.Year, Rating: model.Rating(e.Rating.Int16), Note: e.Note})
	}
	var real []realisationRow
	if err := tx.Order("investment_id, position").Find(&real).Error; err != nil {
		return err
	}
	for _, r := range real {
		i, ok := invAt[r.InvestmentID]
		if !ok {
			return orphan("realisations", r.InvestmentID)
		}
		p.Investments[i].Realisation = append(p.Investments[i].Realisation, model.Realisation{
			Year: r.Year, OneOff: model.Money(r.OneOffCents), Recurring: model.Money(r.RecurringCents)})
	}
	var changes []investmentStatusRow
	if err := tx.Order("investment_id, position").Find(&changes).Error; err != nil {
		return err
	}
	for _, c := range changes {
		i, ok := invAt[c.InvestmentID]
		if !ok {
			return orphan("investment_status_changes", c.InvestmentID)
		}
		p.Investments[i].StatusChanges = append(p.Investments[i].StatusChanges, model.InvestmentStatusChange{
			Date: c.Date, Status: model.InvestmentStatus(c.Status), Note: c.Note})
	}
	var history []statusChangeRow
	if err := tx.Order("position").Find(&history).Error; err != nil {
		return err
	}
	for _, c := range history {
		p.StatusHistory = append(p.StatusHistory, model.StatusChange{ID: c.ID, Status: model.PlanStatus(c.Status),
			Date: c.Date, By: c.By, Note: c.Note})
	}
	var versions []versionRow
	if err := tx.Order("position").Find(&versions).Error; err != nil {
		return err
	}
	for _, v := range versions {
		p.Versions = append(p.Versions, versionOf(&v))
	}
	return nil
}

func versionOf(v *versionRow) model.Version {
	return model.Version{ID: v.ID, Number: v.Number, Date: v.Date, Status: model.PlanStatus(v.Status), Content: v.Content}
}

// Version reads one frozen version of the plan, by its number, on its
// own: one row, without loading the plan (the GUI's version list opens a
// version read-only with it; model.Version.Plan reads its content). ok is
// false when the file has no version with that number.
func (d *Doc) Version(number string) (v model.Version, ok bool, err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return model.Version{}, false, errClosed
	}
	var rows []versionRow
	if err := d.db.Where("number = ?", number).Order("position").Limit(1).Find(&rows).Error; err != nil {
		return model.Version{}, false, classify(d.path, "load", err)
	}
	if len(rows) == 0 {
		return model.Version{}, false, nil
	}
	return versionOf(&rows[0]), true, nil
}
