package store

import (
	"database/sql"
	"sort"

	"balansplan/model"
)

// The row types mirror migrations/*.sql one to one. They live here and not
// in model, so that model stays free of storage concerns. Every field is
// comparable, so a row compares with == when Commit looks for changes.

type planRow struct {
	ID                     string          `gorm:"column:id;primaryKey"`
	Revision               int64           `gorm:"column:revision"`
	Title                  string          `gorm:"column:title"`
	StartYear              int             `gorm:"column:start_year"`
	EndYear                int             `gorm:"column:end_year"`
	Status                 string          `gorm:"column:status"`
	Version                string          `gorm:"column:version"`
	Ambition               string          `gorm:"column:ambition"`
	TeachingNow            string          `gorm:"column:teaching_now"`
	TeachingGoal           string          `gorm:"column:teaching_goal"`
	MaterialNow            string          `gorm:"column:material_now"`
	MaterialGoal           string          `gorm:"column:material_goal"`
	SchoolName             string          `gorm:"column:school_name"`
	SchoolBRIN             string          `gorm:"column:school_brin"`
	SchoolSector           string          `gorm:"column:school_sector"`
	SchoolPupils           int             `gorm:"column:school_pupils"`
	SchoolStaffFTE         float64         `gorm:"column:school_staff_fte"`
	SchoolBoard            string          `gorm:"column:school_board"`
	PupilsPerComputer      sql.NullFloat64 `gorm:"column:ind_pupils_per_computer"`
	DigitalMaterialPct     sql.NullFloat64 `gorm:"column:ind_digital_material_pct"`
	DigitalMaterialGoalPct sql.NullFloat64 `gorm:"column:ind_digital_material_goal_pct"`
	LaptopSharePct         sql.NullFloat64 `gorm:"column:ind_laptop_share_pct"`
	TabletSharePct         sql.NullFloat64 `gorm:"column:ind_tablet_share_pct"`
	BYODPct                sql.NullFloat64 `gorm:"column:ind_byod_pct"`
	DigiboardRoomsPct      sql.NullFloat64 `gorm:"column:ind_digiboard_rooms_pct"`
	Wifi                   sql.NullBool    `gorm:"column:ind_wifi"`
	Date                   string          `gorm:"column:date"`
	VoteBudget             int             `gorm:"column:vote_budget"`
	// The board chapters' blocks, since schema version 4.
	ProposalDecision    string `gorm:"column:proposal_decision"`
	ProposalFunding     string `gorm:"column:proposal_funding"`
	ProposalOverCeiling string `gorm:"column:proposal_over_ceiling"`
	ProposalConditions  string `gorm:"column:proposal_conditions"`
	AdoptionDate        string `gorm:"column:adoption_date"`
	AdoptionBy          string `gorm:"column:adoption_by"`
	CouncilKind         string `gorm:"column:council_kind"`
	CouncilOutcome      string `gorm:"column:council_outcome"`
	CouncilDate         string `gorm:"column:council_date"`
	CouncilNote         string `gorm:"column:council_note"`
	PrivacyResponsible  string `gorm:"column:privacy_responsible"`
	PrivacyProcessing   string `gorm:"column:privacy_processing_agreements"`
	PrivacyDPIA         string `gorm:"column:privacy_dpia"`
	PrivacyNote         string `gorm:"column:privacy_note"`
	ReviewBy            string `gorm:"column:review_by"`
	ReviewWhen          string `gorm:"column:review_when"`
	ReviewHow           string `gorm:"column:review_how"`
	Situation           string `gorm:"column:situation"`
	Organisation        string `gorm:"column:organisation"`
	Replacement         string `gorm:"column:replacement"`
	Communication       string `gorm:"column:communication"`
	Schoolplan          string `gorm:"column:schoolplan"`
	// The plan this one continues, since schema version 7.
	PreviousID      string `gorm:"column:previous_id"`
	PreviousTitle   string `gorm:"column:previous_title"`
	PreviousVersion string `gorm:"column:previous_version"`
}

func (planRow) TableName() string { return "plan" }

type authorRow struct {
	PlanID   string `gorm:"column:plan_id;primaryKey"`
	Position int    `gorm:"column:position;primaryKey"`
	Name     string `gorm:"column:name"`
}

func (authorRow) TableName() string { return "plan_authors" }

// signatoryRow is a signature line (schema version 4).
type signatoryRow struct {
	PlanID   string `gorm:"column:plan_id;primaryKey"`
	Position int    `gorm:"column:position;primaryKey"`
	Name     string `gorm:"column:name"`
	Function string `gorm:"column:function"`
}

func (signatoryRow) TableName() string { return "plan_signatories" }

type ceilingRow struct {
	PlanID string `gorm:"column:plan_id;primaryKey"`
	Year   int    `gorm:"column:year;primaryKey"`
	Cents  int64  `gorm:"column:cents"`
}

func (ceilingRow) TableName() string { return "budget_ceilings" }

type visionRow struct {
	ID       string `gorm:"column:id;primaryKey"`
	PlanID   string `gorm:"column:plan_id"`
	Position int    `gorm:"column:position"`
	Code     string `gorm:"column:code"`
	Title    string `gorm:"column:title"`
	Text     string `gorm:"column:text"`
	Priority int    `gorm:"column:priority"`
	// Since schema version 3.
	EvaluationIndicator string `gorm:"column:evaluation_indicator"`
	EvaluationMoment    string `gorm:"column:evaluation_moment"`
	Theme               string `gorm:"column:theme"` // since schema version 6
}

func (visionRow) TableName() string { return "visions" }

type returnRow struct {
	VisionID string `gorm:"column:vision_id;primaryKey"`
	Position int    `gorm:"column:position;primaryKey"`
	Value    string `gorm:"column:value"`
}

func (returnRow) TableName() string { return "vision_returns" }

type investmentRow struct {
	ID                string `gorm:"column:id;primaryKey"`
	PlanID            string `gorm:"column:plan_id"`
	Position          int    `gorm:"column:position"`
	Code              string `gorm:"column:code"`
	Title             string `gorm:"column:title"`
	Description       string `gorm:"column:description"`
	Block             string `gorm:"column:block"`
	Category          string `gorm:"column:category"`
	MaterialType      string `gorm:"column:material_type"`
	StartMonth        string `gorm:"column:start_month"`
	EndMonth          string `gorm:"column:end_month"`
	Owner             string `gorm:"column:owner"`
	Status            string `gorm:"column:status"`
	OneOffCents       int64  `gorm:"column:one_off_cents"`
	RecurringCents    int64  `gorm:"column:recurring_cents"`
	DepreciationYears int    `gorm:"column:depreciation_years"`
	Pilot             bool   `gorm:"column:pilot"`
	Focus             string `gorm:"column:focus"` // since schema version 3
	Theme             string `gorm:"column:theme"` // since schema version 6
}

func (investmentRow) TableName() string { return "investments" }

type investmentVisionRow struct {
	InvestmentID string `gorm:"column:investment_id;primaryKey"`
	VisionID     string `gorm:"column:vision_id;primaryKey"`
	Position     int    `gorm:"column:position"`
}

func (investmentVisionRow) TableName() string { return "investment_visions" }

type dependencyRow struct {
	InvestmentID string `gorm:"column:investment_id;primaryKey"`
	DependsOnID  string `gorm:"column:depends_on_id;primaryKey"`
	Position     int    `gorm:"column:position"`
}

func (dependencyRow) TableName() string { return "investment_dependencies" }

type agreementRow struct {
	ID       string `gorm:"column:id;primaryKey"`
	PlanID   string `gorm:"column:plan_id"`
	Position int    `gorm:"column:position"`
	Kind     string `gorm:"column:kind"`
	Coverage string `gorm:"column:coverage"`
	Text     string `gorm:"column:text"`
	Theme    string `gorm:"column:theme"` // since schema version 6
}

func (agreementRow) TableName() string { return "agreements" }

type assessmentRow struct {
	ID          string `gorm:"column:id;primaryKey"`
	PlanID      string `gorm:"column:plan_id"`
	Position    int    `gorm:"column:position"`
	Session     string `gorm:"column:session"`
	Participant string `gorm:"column:participant"`
	Role        string `gorm:"column:role"`
	QuestionSet string `gorm:"column:question_set"`
	// ApplicationsRecorded tells a recorded empty list from none asked
	// (schema version 3).
	ApplicationsRecorded bool `gorm:"column:applications_recorded"`
	// RoundYear is the self-assessment round (schema version 5); 0 is
	// the plan's first round.
	RoundYear int `gorm:"column:round_year"`
}

func (assessmentRow) TableName() string { return "assessments" }

type scoreRow struct {
	AssessmentID string        `gorm:"column:assessment_id;primaryKey"`
	Block        string        `gorm:"column:block;primaryKey"`
	Now          sql.NullInt16 `gorm:"column:now"`
	Goal         sql.NullInt16 `gorm:"column:goal"`
}

func (scoreRow) TableName() string { return "assessment_scores" }

type answerRow struct {
	AssessmentID string        `gorm:"column:assessment_id;primaryKey"`
	Statement    string        `gorm:"column:statement;primaryKey"`
	Position     int           `gorm:"column:position"`
	Now          sql.NullInt16 `gorm:"column:now"`
	Goal         sql.NullInt16 `gorm:"column:goal"`
}

func (answerRow) TableName() string { return "assessment_answers" }

type applicationRow struct {
	AssessmentID string `gorm:"column:assessment_id;primaryKey"`
	Position     int    `gorm:"column:position;primaryKey"`
	Application  string `gorm:"column:application"`
}

func (applicationRow) TableName() string { return "assessment_applications" }

type voteRow struct {
	ID          string `gorm:"column:id;primaryKey"`
	PlanID      string `gorm:"column:plan_id"`
	Position    int    `gorm:"column:position"`
	Session     string `gorm:"column:session"`
	Participant string `gorm:"column:participant"`
	Role        string `gorm:"column:role"`
}

func (voteRow) TableName() string { return "votes" }

type votePointsRow struct {
	VoteID       string `gorm:"column:vote_id;primaryKey"`
	InvestmentID string `gorm:"column:investment_id;primaryKey"`
	Position     int    `gorm:"column:position"`
	Points       int    `gorm:"column:points"`
}

func (votePointsRow) TableName() string { return "vote_points" }

// The board chapters' lists (schema version 4).

type inventoryRow struct {
	ID          string `gorm:"column:id;primaryKey"`
	PlanID      string `gorm:"column:plan_id"`
	Position    int    `gorm:"column:position"`
	Kind        string `gorm:"column:kind"`
	Description string `gorm:"column:description"`
	Quantity    int    `gorm:"column:quantity"`
	Year        int    `gorm:"column:year"`
	Note        string `gorm:"column:note"`
}

func (inventoryRow) TableName() string { return "inventory" }

type responsibilityRow struct {
	ID           string `gorm:"column:id;primaryKey"`
	PlanID       string `gorm:"column:plan_id"`
	Position     int    `gorm:"column:position"`
	Task         string `gorm:"column:task"`
	Person       string `gorm:"column:person"`
	HoursPerYear int    `gorm:"column:hours_per_year"`
	Duties       string `gorm:"column:duties"`
}

func (responsibilityRow) TableName() string { return "responsibilities" }

type riskRow struct {
	ID          string `gorm:"column:id;primaryKey"`
	PlanID      string `gorm:"column:plan_id"`
	Position    int    `gorm:"column:position"`
	Description string `gorm:"column:description"`
	Likelihood  string `gorm:"column:likelihood"`
	Impact      string `gorm:"column:impact"`
	Owner       string `gorm:"column:owner"`
	Measure     string `gorm:"column:measure"`
}

func (riskRow) TableName() string { return "risks" }

type mergeBaseRow struct {
	PlanID   string `gorm:"column:plan_id;primaryKey"`
	SHA256   string `gorm:"column:sha256"`
	MadeAt   string `gorm:"column:made_at"`
	Snapshot string `gorm:"column:snapshot"`
}

func (mergeBaseRow) TableName() string { return "merge_base" }

// Conversions from the model to rows. Position is the index in the plan's
// list.

func toPlanRow(p *model.Plan, id string) planRow {
	ind := p.Indicators
	return planRow{
		ID: id, Title: p.Title, StartYear: p.StartYear, EndYear: p.EndYear,
		Status: string(p.Status), Version: p.Version, Ambition: string(p.Ambition),
		TeachingNow: string(p.TeachingNow), TeachingGoal: string(p.TeachingGoal),
		MaterialNow: string(p.MaterialNow), MaterialGoal: string(p.MaterialGoal),
		SchoolName: p.School.Name, SchoolBRIN: p.School.BRIN, SchoolSector: string(p.School.Sector),
		SchoolPupils: p.School.Pupils, SchoolStaffFTE: p.School.StaffFTE, SchoolBoard: p.School.Board,
		PupilsPerComputer:      nullFloat(ind.PupilsPerComputer),
		DigitalMaterialPct:     nullFloat(ind.DigitalMaterialPct),
		DigitalMaterialGoalPct: nullFloat(ind.DigitalMaterialGoalPct),
		LaptopSharePct:         nullFloat(ind.LaptopSharePct),
		TabletSharePct:         nullFloat(ind.TabletSharePct),
		BYODPct:                nullFloat(ind.BYODPct),
		DigiboardRoomsPct:      nullFloat(ind.DigiboardRoomsPct),
		Wifi:                   nullBool(ind.Wifi),
		Date:                   p.Date,
		VoteBudget:             p.VoteBudget,

		ProposalDecision: p.Proposal.Decision, ProposalFunding: p.Proposal.Funding,
		ProposalOverCeiling: p.Proposal.OverCeiling, ProposalConditions: p.Proposal.Conditions,
		AdoptionDate: p.Adoption.Date, AdoptionBy: p.Adoption.By,
		CouncilKind: string(p.Adoption.Council.Kind), CouncilOutcome: string(p.Adoption.Council.Outcome),
		CouncilDate: p.Adoption.Council.Date, CouncilNote: p.Adoption.Council.Note,
		PrivacyResponsible: p.Privacy.Responsible, PrivacyProcessing: p.Privacy.ProcessingAgreements,
		PrivacyDPIA: p.Privacy.DPIA, PrivacyNote: p.Privacy.Note,
		ReviewBy: p.Review.By, ReviewWhen: p.Review.When, ReviewHow: p.Review.How,
		Situation: p.Narrative.Situation, Organisation: p.Narrative.Organisation, Replacement: p.Narrative.Replacement,
		Communication: p.Narrative.Communication, Schoolplan: p.Narrative.Schoolplan,

		PreviousID: p.Previous.ID, PreviousTitle: p.Previous.Title, PreviousVersion: p.Previous.Version,
	}
}

// boardOf puts the board chapters' blocks of the plan row into p.
func boardOf(pr *planRow, p *model.Plan) {
	p.Proposal = model.Proposal{Decision: pr.ProposalDecision, Funding: pr.ProposalFunding,
		OverCeiling: pr.ProposalOverCeiling, Conditions: pr.ProposalConditions}
	p.Adoption.Date, p.Adoption.By = pr.AdoptionDate, pr.AdoptionBy
	p.Adoption.Council = model.Council{Kind: model.CouncilKind(pr.CouncilKind), Outcome: model.CouncilOutcome(pr.CouncilOutcome),
		Date: pr.CouncilDate, Note: pr.CouncilNote}
	p.Privacy = model.Privacy{Responsible: pr.PrivacyResponsible, ProcessingAgreements: pr.PrivacyProcessing,
		DPIA: pr.PrivacyDPIA, Note: pr.PrivacyNote}
	p.Review = model.Review{By: pr.ReviewBy, When: pr.ReviewWhen, How: pr.ReviewHow}
	p.Narrative = model.Narrative{Situation: pr.Situation, Organisation: pr.Organisation, Replacement: pr.Replacement,
		Communication: pr.Communication, Schoolplan: pr.Schoolplan}
	p.Previous = model.Previous{ID: pr.PreviousID, Title: pr.PreviousTitle, Version: pr.PreviousVersion}
}

func nullFloat(f *float64) sql.NullFloat64 {
	if f == nil {
		return sql.NullFloat64{}
	}
	return sql.NullFloat64{Float64: *f, Valid: true}
}

func nullBool(b *bool) sql.NullBool {
	if b == nil {
		return sql.NullBool{}
	}
	return sql.NullBool{Bool: *b, Valid: true}
}

func nullRating(r model.Rating) sql.NullInt16 {
	if !r.Known() {
		return sql.NullInt16{}
	}
	return sql.NullInt16{Int16: int16(r), Valid: true}
}

func toVisionRow(v *model.Vision, planID string, pos int) visionRow {
	return visionRow{ID: v.ID, PlanID: planID, Position: pos, Code: v.Code, Title: v.Title, Text: v.Text, Priority: v.Priority,
		EvaluationIndicator: v.Evaluation.Indicator, EvaluationMoment: monthText(v.Evaluation.Moment), Theme: v.Theme}
}

func toInvestmentRow(inv *model.Investment, planID string, pos int) investmentRow {
	return investmentRow{
		ID: inv.ID, PlanID: planID, Position: pos, Code: inv.Code, Title: inv.Title,
		Description: inv.Description, Block: string(inv.Block), Category: string(inv.Category),
		MaterialType: string(inv.MaterialType), StartMonth: monthText(inv.Start), EndMonth: monthText(inv.End),
		Owner: inv.Owner, Status: string(inv.Status),
		OneOffCents: int64(inv.Cost.OneOff), RecurringCents: int64(inv.Cost.Recurring),
		DepreciationYears: inv.Cost.DepreciationYears, Pilot: inv.Pilot, Focus: string(inv.Focus),
		Theme: inv.Theme,
	}
}

func toAgreementRow(a *model.Agreement, planID string, pos int) agreementRow {
	return agreementRow{ID: a.ID, PlanID: planID, Position: pos, Kind: string(a.Kind), Coverage: string(a.Coverage), Text: a.Text,
		Theme: a.Theme}
}

func toAssessmentRow(a *model.Assessment, planID string, pos int) assessmentRow {
	return assessmentRow{ID: a.ID, PlanID: planID, Position: pos, Session: a.Session, Participant: a.Participant,
		Role: string(a.Role), QuestionSet: a.QuestionSet, ApplicationsRecorded: a.Applications != nil,
		RoundYear: a.Year}
}

func applicationRows(a *model.Assessment) []applicationRow {
	out := make([]applicationRow, len(a.Applications))
	for i, app := range a.Applications {
		out[i] = applicationRow{AssessmentID: a.ID, Position: i, Application: string(app)}
	}
	return out
}

func toVoteRow(v *model.Vote, planID string, pos int) voteRow {
	return voteRow{ID: v.ID, PlanID: planID, Position: pos, Session: v.Session, Participant: v.Participant, Role: string(v.Role)}
}

func answerRows(a *model.Assessment) []answerRow {
	out := make([]answerRow, len(a.Answers))
	for i, an := range a.Answers {
		out[i] = answerRow{AssessmentID: a.ID, Statement: an.Statement, Position: i, Now: nullRating(an.Now), Goal: nullRating(an.Goal)}
	}
	return out
}

func votePointsRows(v *model.Vote) []votePointsRow {
	out := make([]votePointsRow, len(v.Points))
	for i, vp := range v.Points {
		out[i] = votePointsRow{VoteID: v.ID, InvestmentID: vp.InvestmentID, Position: i, Points: vp.Points}
	}
	return out
}

func returnRows(v *model.Vision) []returnRow {
	out := make([]returnRow, len(v.Returns))
	for i, r := range v.Returns {
		out[i] = returnRow{VisionID: v.ID, Position: i, Value: string(r)}
	}
	return out
}

func linkRows(inv *model.Investment) ([]investmentVisionRow, []dependencyRow) {
	vs := make([]investmentVisionRow, len(inv.VisionIDs))
	for i, id := range inv.VisionIDs {
		vs[i] = investmentVisionRow{InvestmentID: inv.ID, VisionID: id, Position: i}
	}
	ds := make([]dependencyRow, len(inv.DependsOnIDs))
	for i, id := range inv.DependsOnIDs {
		ds[i] = dependencyRow{InvestmentID: inv.ID, DependsOnID: id, Position: i}
	}
	return vs, ds
}

// scoreRows writes the scores in bouwsteen order, so that the same plan
// always gives the same rows.
func scoreRows(a *model.Assessment) []scoreRow {
	out := make([]scoreRow, 0, len(a.Scores))
	for _, b := range model.Blocks() {
		if sc, ok := a.Scores[b]; ok {
			out = append(out, scoreRow{AssessmentID: a.ID, Block: string(b), Now: nullRating(sc.Now), Goal: nullRating(sc.Goal)})
		}
	}
	// Blocks the model does not know cannot pass Validate; keep them anyway
	// in a fixed order should a future Validate allow more.
	if len(out) < len(a.Scores) {
		known := map[string]bool{}
		for _, r := range out {
			known[r.Block] = true
		}
		var extra []string
		for b := range a.Scores {
			if !known[string(b)] {
				extra = append(extra, string(b))
			}
		}
		sort.Strings(extra)
		for _, b := range extra {
			sc := a.Scores[model.Block(b)]
			out = append(out, scoreRow{AssessmentID: a.ID, Block: b, Now: nullRating(sc.Now), Goal: nullRating(sc.Goal)})
		}
	}
	return out
}

// monthText is model.Month.String without fmt: Commit formats every
// investment's months twice to find what changed.
func monthText(m model.Month) string {
	if m.IsZero() {
		return ""
	}
	y, n := m.Year(), m.Number()
	if y < 0 || y > 9999 {
		return m.String()
	}
	b := []byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + n/10), byte('0' + n%10)}
	return string(b)
}

func toInventoryRow(it *model.InventoryItem, planID string, pos int) inventoryRow {
	return inventoryRow{ID: it.ID, PlanID: planID, Position: pos, Kind: string(it.Kind), Description: it.Description,
		Quantity: it.Quantity, Year: it.Year, Note: it.Note}
}

func toResponsibilityRow(r *model.Responsibility, planID string, pos int) responsibilityRow {
	return responsibilityRow{ID: r.ID, PlanID: planID, Position: pos, Task: r.Task, Person: r.Person,
		HoursPerYear: r.HoursPerYear, Duties: r.Duties}
}

func toRiskRow(r *model.Risk, planID string, pos int) riskRow {
	return riskRow{ID: r.ID, PlanID: planID, Position: pos, Description: r.Description, Likelihood: string(r.Likelihood),
		Impact: string(r.Impact), Owner: r.Owner, Measure: r.Measure}
}

func signatoryRows(p *model.Plan, planID string) []signatoryRow {
	out := make([]signatoryRow, len(p.Adoption.Signatories))
	for i, s := range p.Adoption.Signatories {
		out[i] = signatoryRow{PlanID: planID, Position: i, Name: s.Name, Function: s.Function}
	}
	return out
}

// The plan's life (migrations/0005_lifecycle.sql).

type visionEvaluationRow struct {
	VisionID string        `gorm:"column:vision_id;primaryKey"`
	Position int           `gorm:"column:position;primaryKey"`
	Year     int           `gorm:"column:year"`
	Rating   sql.NullInt16 `gorm:"column:rating"`
	Note     string        `gorm:"column:note"`
}

func (visionEvaluationRow) TableName() string { return "vision_evaluations" }

type realisationRow struct {
	InvestmentID   string `gorm:"column:investment_id;primaryKey"`
	Position       int    `gorm:"column:position;primaryKey"`
	Year           int    `gorm:"column:year"`
	OneOffCents    int64  `gorm:"column:one_off_cents"`
	RecurringCents int64  `gorm:"column:recurring_cents"`
}

func (realisationRow) TableName() string { return "realisations" }

type investmentStatusRow struct {
	InvestmentID string `gorm:"column:investment_id;primaryKey"`
	Position     int    `gorm:"column:position;primaryKey"`
	Date         string `gorm:"column:date"`
	Status       string `gorm:"column:status"`
	Note         string `gorm:"column:note"`
}

func (investmentStatusRow) TableName() string { return "investment_status_changes" }

type statusChangeRow struct {
	ID       string `gorm:"column:id;primaryKey"`
	PlanID   string `gorm:"column:plan_id"`
	Position int    `gorm:"column:position"`
	Status   string `gorm:"column:status"`
	Date     string `gorm:"column:date"`
	By       string `gorm:"column:by_whom"`
	Note     string `gorm:"column:note"`
}

func (statusChangeRow) TableName() string { return "plan_status_changes" }

type versionRow struct {
	ID       string `gorm:"column:id;primaryKey"`
	PlanID   string `gorm:"column:plan_id"`
	Position int    `gorm:"column:position"`
	Number   string `gorm:"column:number"`
	Date     string `gorm:"column:date"`
	Status   string `gorm:"column:status"`
	Content  string `gorm:"column:content"`
}

func (versionRow) TableName() string { return "plan_versions" }

func visionEvaluationRows(v *model.Vision) []visionEvaluationRow {
	out := make([]visionEvaluationRow, len(v.Evaluations))
	for i, e := range v.Evaluations {
		out[i] = visionEvaluationRow{VisionID: v.ID, Position: i, Year: e.Year, Rating: nullRating(e.Rating), Note: e.Note}
	}
	return out
}

func realisationRows(inv *model.Investment) []realisationRow {
	out := make([]realisationRow, len(inv.Realisation))
	for i, r := range inv.Realisation {
		out[i] = realisationRow{InvestmentID: inv.ID, Position: i, Year: r.Year, OneOffCents: int64(r.OneOff), RecurringCents: int64(r.Recurring)}
	}
	return out
}

func investmentStatusRows(inv *model.Investment) []investmentStatusRow {
	out := make([]investmentStatusRow, len(inv.StatusChanges))
	for i, c := range inv.StatusChanges {
		out[i] = investmentStatusRow{InvestmentID: inv.ID, Position: i, Date: c.Date, Status: string(c.Status), Note: c.Note}
	}
	return out
}

func toStatusChangeRow(c *model.StatusChange, planID string, pos int) statusChangeRow {
	return statusChangeRow{ID: c.ID, PlanID: planID, Position: pos, Status: string(c.Status), Date: c.Date, By: c.By, Note: c.Note}
}

func toVersionRow(v *model.Version, planID string, pos int) versionRow {
	return versionRow{ID: v.ID, PlanID: planID, Position: pos, Number: v.Number, Date: v.Date, Status: string(v.Status), Content: v.Content}
}
