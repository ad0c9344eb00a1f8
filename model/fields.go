package model

import (
	"strconv"
	"strings"
)

// Field names a field of a plan as the interchange format balansplan/1
// names it, relative to its entity: "school.name" and "plan.teaching.now"
// for the school and the plan, "code" and "cost.one_off" within a vision or
// an investment. Problem.Field holds one; the codec, the store's messages,
// the merge and the forms take theirs from the constants below, so that a
// field is spelled in one place.
//
// A field inside a list or a map is a pattern: "[]" stands for a position
// in a list ("plan.authors[]", "answers[].now") and "*" for a map key
// ("plan.budget_ceiling.*", "scores.*.now"). At and Key fill them in;
// Pattern goes back.
type Field string

// Fields of the school (EntitySchool).
const (
	FieldSchoolName     Field = "school.name"
	FieldSchoolBRIN     Field = "school.brin"
	FieldSchoolSector   Field = "school.sector"
	FieldSchoolPupils   Field = "school.pupils"
	FieldSchoolStaffFTE Field = "school.staff_fte"
	FieldSchoolBoard    Field = "school.board"
)

// Fields of the plan itself (EntityPlan).
const (
	FieldPlanTitle         Field = "plan.title"
	FieldPlanStartYear     Field = "plan.start_year"
	FieldPlanEndYear       Field = "plan.end_year"
	FieldPlanStatus        Field = "plan.status"
	FieldPlanVersion       Field = "plan.version"
	FieldPlanDate          Field = "plan.date"
	FieldPlanAuthor        Field = "plan.authors[]"
	FieldPlanAmbition      Field = "plan.ambition"
	FieldPlanTeachingNow   Field = "plan.teaching.now"
	FieldPlanTeachingGoal  Field = "plan.teaching.goal"
	FieldPlanMaterialNow   Field = "plan.material.now"
	FieldPlanMaterialGoal  Field = "plan.material.goal"
	FieldPlanBudgetCeiling Field = "plan.budget_ceiling.*" // * is the year
	FieldPlanVoteBudget    Field = "plan.vote_budget"
)

// Fields of the entities in the plan's lists. Several kinds share a name:
// every entity has an id, visions and agreements a text. Problem.Entity
// tells them apart.
const (
	FieldID Field = "id" // also the plan's own id (EntityPlan)

	// Vision statements and investments.
	FieldCode  Field = "code"
	FieldTitle Field = "title"
	FieldText  Field = "text" // also agreements

	// Vision statements.
	FieldReturns             Field = "returns"
	FieldPriority            Field = "priority"
	FieldEvaluationIndicator Field = "evaluation.indicator"
	FieldEvaluationMoment    Field = "evaluation.moment"

	// Investments.
	FieldDescription           Field = "description"
	FieldBlock                 Field = "block"
	FieldCategory              Field = "category"
	FieldMaterialType          Field = "material_type"
	FieldFocus                 Field = "focus" // deskundigheid only
	FieldStart                 Field = "start"
	FieldEnd                   Field = "end"
	FieldOwner                 Field = "owner"
	FieldStatus                Field = "status"
	FieldCostOneOff            Field = "cost.one_off"
	FieldCostRecurring         Field = "cost.recurring"
	FieldCostDepreciationYears Field = "cost.depreciation_years"
	FieldVisions               Field = "visions" // the vision statements it serves
	FieldDependsOn             Field = "depends_on"
	FieldPilot                 Field = "pilot"

	// Agreements.
	FieldKind     Field = "kind"
	FieldCoverage Field = "coverage"

	// Self-assessments and votes.
	FieldSession     Field = "session"
	FieldParticipant Field = "participant"
	FieldRole        Field = "role"

	// Self-assessments.
	FieldScores          Field = "scores" // also a score for an unknown block
	FieldScoreNow        Field = "scores.*.now"
	FieldScoreGoal       Field = "scores.*.goal"
	FieldQuestionSet     Field = "question_set"
	FieldAnswerStatement Field = "answers[].statement"
	FieldAnswerNow       Field = "answers[].now"
	FieldAnswerGoal      Field = "answers[].goal"
	FieldApplications    Field = "applications" // the list, and each id in it

	// Votes.
	FieldPoints           Field = "points" // also the total a participant spread
	FieldPointsInvestment Field = "points[].investment"
	FieldPointsPoints     Field = "points[].points"
)

// Fields of the key figures (EntityIndicators).
const (
	FieldIndicatorsPupilsPerComputer      Field = "indicators.pupils_per_computer"
	FieldIndicatorsDigitalMaterialPct     Field = "indicators.digital_material_pct"
	FieldIndicatorsDigitalMaterialGoalPct Field = "indicators.digital_material_goal_pct"
	FieldIndicatorsLaptopSharePct         Field = "indicators.laptop_share_pct"
	FieldIndicatorsTabletSharePct         Field = "indicators.tablet_share_pct"
	FieldIndicatorsBYODPct                Field = "indicators.byod_pct"
	FieldIndicatorsDigiboardRoomsPct      Field = "indicators.digiboard_rooms_pct"
	FieldIndicatorsWifi                   Field = "indicators.wifi"
)

// Objects and lists of the interchange format that hold the fields above.
// They hold no value of their own; the importer names them when they have
// the wrong type (a list where an object belongs).
const (
	FieldFormat             Field = "format"
	FieldSchool             Field = "school"
	FieldPlan               Field = "plan"
	FieldPlanAuthors        Field = "plan.authors"
	FieldPlanTeaching       Field = "plan.teaching"
	FieldPlanMaterial       Field = "plan.material"
	FieldPlanBudgetCeilings Field = "plan.budget_ceiling"
	FieldListVisions        Field = "visions"
	FieldListInvestments    Field = "investments"
	FieldListAgreements     Field = "agreements"
	FieldListAssessments    Field = "assessments"
	FieldListVotes          Field = "votes"
	FieldIndicators         Field = "indicators"
	FieldCost               Field = "cost"
	FieldEvaluation         Field = "evaluation"
	FieldAnswers            Field = "answers"
	FieldAnswer             Field = "answers[]"
	FieldPoint              Field = "points[]"
	FieldScore              Field = "scores.*"
)

// Elem is the pattern of an element of the list f: "visions" gives
// "visions[]".
func (f Field) Elem() Field { return f + "[]" }

// At fills the first list position ("[]") of the pattern with i:
// FieldAnswerNow.At(2) is "answers[2].now".
func (f Field) At(i int) Field {
	return Field(strings.Replace(string(f), "[]", "["+strconv.Itoa(i)+"]", 1))
}

// Key fills the first map key ("*") of the pattern with k:
// FieldPlanBudgetCeiling.Key("2027") is "plan.budget_ceiling.2027".
func (f Field) Key(k string) Field {
	return Field(strings.Replace(string(f), "*", k, 1))
}

// Pattern is the listed field that a field with its positions and keys
// filled in stands for: "answers[2].now" gives FieldAnswerNow,
// "scores.visie.goal" FieldScoreGoal, "plan.budget_ceiling.2027"
// FieldPlanBudgetCeiling. A field that is no pattern comes back as it is.
func (f Field) Pattern() Field {
	s := string(f)
	// Positions: "[12]" -> "[]".
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(s) && s[j] == ']' {
				b.WriteString("[]")
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	s = b.String()
	// Keys: a segment where a pattern has "*".
	segs := strings.Split(s, ".")
	for _, pat := range keyPatterns {
		ps := strings.Split(string(pat), ".")
		if len(ps) != len(segs) {
			continue
		}
		match := true
		for i := range ps {
			if ps[i] != "*" && ps[i] != segs[i] {
				match = false
				break
			}
		}
		if match {
			return pat
		}
	}
	return Field(s)
}

// keyPatterns are the fields with a map key, the longer first.
var keyPatterns = []Field{FieldScoreNow, FieldScoreGoal, FieldPlanBudgetCeiling, FieldScore, FieldRealisationCell, FieldEvaluationsCell, FieldPlanThemeCell}

// FieldSpec places a Field in the Go types: the entity it belongs to, and
// where the value lives in a Plan.
type FieldSpec struct {
	Entity EntityKind
	Name   Field
	// Go is the path of the value from Plan: struct fields joined by
	// dots, through lists, maps and pointers as if they were not there
	// ("Investments.Cost.OneOff", "Assessments.Scores.Now"); ".{key}" is
	// the key of a map ("BudgetCeiling.{key}").
	Go string
	// Unchecked says why Validate has no rule for the field; "" when it
	// has one.
	Unchecked string
}

// FieldSpecs lists every value a plan holds, in the order of the
// interchange format. Tests in every layer that carries a plan (the codec
// here, the store, the merge) walk the Go types by reflection and check
// against this list, so that a field added to the model and forgotten
// somewhere fails a test there.
func FieldSpecs() []FieldSpec { return append([]FieldSpec(nil), fieldSpecs...) }

// Why some fields have no rule in Validate.
const (
	uncheckedBool    = "true and false are both valid"
	uncheckedOptBool = "true, false and unknown (nil) are all valid"
)

var fieldSpecs = []FieldSpec{
	{EntitySchool, FieldSchoolName, "School.Name", ""},
	{EntitySchool, FieldSchoolBRIN, "School.BRIN", ""},
	{EntitySchool, FieldSchoolSector, "School.Sector", ""},
	{EntitySchool, FieldSchoolPupils, "School.Pupils", ""},
	{EntitySchool, FieldSchoolStaffFTE, "School.StaffFTE", ""},
	{EntitySchool, FieldSchoolBoard, "School.Board", ""},

	{EntityPlan, FieldID, "ID", ""},
	{EntityPlan, FieldPlanTitle, "Title", ""},
	{EntityPlan, FieldPlanStartYear, "StartYear", ""},
	{EntityPlan, FieldPlanEndYear, "EndYear", ""},
	{EntityPlan, FieldPlanStatus, "Status", ""},
	{EntityPlan, FieldPlanVersion, "Version", ""},
	{EntityPlan, FieldPlanDate, "Date", ""},
	{EntityPlan, FieldPlanAuthor, "Authors", ""},
	{EntityPlan, FieldPlanAmbition, "Ambition", ""},
	{EntityPlan, FieldPlanTeachingNow, "TeachingNow", ""},
	{EntityPlan, FieldPlanTeachingGoal, "TeachingGoal", ""},
	{EntityPlan, FieldPlanMaterialNow, "MaterialNow", ""},
	{EntityPlan, FieldPlanMaterialGoal, "MaterialGoal", ""},
	{EntityPlan, FieldPlanBudgetCeiling, "BudgetCeiling.{key}", ""},
	{EntityPlan, FieldPlanBudgetCeiling, "BudgetCeiling", ""},
	{EntityPlan, FieldPlanVoteBudget, "VoteBudget", ""},
	// The board chapters' blocks under "plan" (board.go).
	{EntityPlan, FieldPlanProposalDecision, "Proposal.Decision", ""},
	{EntityPlan, FieldPlanProposalFunding, "Proposal.Funding", ""},
	{EntityPlan, FieldPlanProposalOverCeiling, "Proposal.OverCeiling", ""},
	{EntityPlan, FieldPlanProposalConditions, "Proposal.Conditions", ""},
	{EntityPlan, FieldPlanAdoptionDate, "Adoption.Date", ""},
	{EntityPlan, FieldPlanAdoptionBy, "Adoption.By", ""},
	{EntityPlan, FieldPlanCouncilKind, "Adoption.Council.Kind", ""},
	{EntityPlan, FieldPlanCouncilOutcome, "Adoption.Council.Outcome", ""},
	{EntityPlan, FieldPlanCouncilDate, "Adoption.Council.Date", ""},
	{EntityPlan, FieldPlanCouncilNote, "Adoption.Council.Note", ""},
	{EntityPlan, FieldPlanSignatoryName, "Adoption.Signatories.Name", ""},
	{EntityPlan, FieldPlanSignatoryFunction, "Adoption.Signatories.Function", ""},
	{EntityPlan, FieldPlanPrivacyResponsible, "Privacy.Responsible", ""},
	{EntityPlan, FieldPlanPrivacyProcessing, "Privacy.ProcessingAgreements", ""},
	{EntityPlan, FieldPlanPrivacyDPIA, "Privacy.DPIA", ""},
	{EntityPlan, FieldPlanPrivacyNote, "Privacy.Note", ""},
	{EntityPlan, FieldPlanReviewBy, "Review.By", ""},
	{EntityPlan, FieldPlanReviewWhen, "Review.When", ""},
	{EntityPlan, FieldPlanReviewHow, "Review.How", ""},
	{EntityPlan, FieldPlanSituation, "Narrative.Situation", ""},
	{EntityPlan, FieldPlanOrganisation, "Narrative.Organisation", ""},
	{EntityPlan, FieldPlanReplacement, "Narrative.Replacement", ""},
	{EntityPlan, FieldPlanCommunication, "Narrative.Communication", ""},
	{EntityPlan, FieldPlanSchoolplan, "Narrative.Schoolplan", ""},

	{EntityVision, FieldID, "Visions.ID", ""},
	{EntityVision, FieldCode, "Visions.Code", ""},
	{EntityVision, FieldTitle, "Visions.Title", ""},
	{EntityVision, FieldText, "Visions.Text", ""},
	{EntityVision, FieldReturns, "Visions.Returns", ""},
	{EntityVision, FieldPriority, "Visions.Priority", ""},
	{EntityVision, FieldEvaluationIndicator, "Visions.Evaluation.Indicator", ""},
	{EntityVision, FieldEvaluationMoment, "Visions.Evaluation.Moment", ""},
	{EntityVision, FieldEvaluationsYear, "Visions.Evaluations.Year", ""},
	{EntityVision, FieldEvaluationsRating, "Visions.Evaluations.Rating", ""},
	{EntityVision, FieldEvaluationsNote, "Visions.Evaluations.Note", ""},

	{EntityInvestment, FieldID, "Investments.ID", ""},
	{EntityInvestment, FieldCode, "Investments.Code", ""},
	{EntityInvestment, FieldTitle, "Investments.Title", ""},
	{EntityInvestment, FieldDescription, "Investments.Description", ""},
	{EntityInvestment, FieldBlock, "Investments.Block", ""},
	{EntityInvestment, FieldCategory, "Investments.Category", ""},
	{EntityInvestment, FieldMaterialType, "Investments.MaterialType", ""},
	{EntityInvestment, FieldFocus, "Investments.Focus", ""},
	{EntityInvestment, FieldStart, "Investments.Start", ""},
	{EntityInvestment, FieldEnd, "Investments.End", ""},
	{EntityInvestment, FieldOwner, "Investments.Owner", ""},
	{EntityInvestment, FieldStatus, "Investments.Status", ""},
	{EntityInvestment, FieldCostOneOff, "Investments.Cost.OneOff", ""},
	{EntityInvestment, FieldCostRecurring, "Investments.Cost.Recurring", ""},
	{EntityInvestment, FieldCostDepreciationYears, "Investments.Cost.DepreciationYears", ""},
	{EntityInvestment, FieldVisions, "Investments.VisionIDs", ""},
	{EntityInvestment, FieldDependsOn, "Investments.DependsOnIDs", ""},
	{EntityInvestment, FieldPilot, "Investments.Pilot", uncheckedBool},
	{EntityInvestment, FieldRealisationYear, "Investments.Realisation.Year", ""},
	{EntityInvestment, FieldRealisationOneOff, "Investments.Realisation.OneOff", ""},
	{EntityInvestment, FieldRealisationRecurring, "Investments.Realisation.Recurring", ""},
	{EntityInvestment, FieldStatusHistoryDate, "Investments.StatusChanges.Date", ""},
	{EntityInvestment, FieldStatusHistoryStatus, "Investments.StatusChanges.Status", ""},
	{EntityInvestment, FieldStatusHistoryNote, "Investments.StatusChanges.Note", ""},

	{EntityAgreement, FieldID, "Agreements.ID", ""},
	{EntityAgreement, FieldKind, "Agreements.Kind", ""},
	{EntityAgreement, FieldCoverage, "Agreements.Coverage", ""},
	{EntityAgreement, FieldText, "Agreements.Text", ""},

	{EntityAssessment, FieldID, "Assessments.ID", ""},
	{EntityAssessment, FieldSession, "Assessments.Session", ""},
	{EntityAssessment, FieldParticipant, "Assessments.Participant", ""},
	{EntityAssessment, FieldRole, "Assessments.Role", ""},
	{EntityAssessment, FieldScores, "Assessments.Scores.{key}", ""},
	{EntityAssessment, FieldScoreNow, "Assessments.Scores.Now", ""},
	{EntityAssessment, FieldScoreGoal, "Assessments.Scores.Goal", ""},
	{EntityAssessment, FieldQuestionSet, "Assessments.QuestionSet", ""},
	{EntityAssessment, FieldAnswerStatement, "Assessments.Answers.Statement", ""},
	{EntityAssessment, FieldAnswerNow, "Assessments.Answers.Now", ""},
	{EntityAssessment, FieldAnswerGoal, "Assessments.Answers.Goal", ""},
	{EntityAssessment, FieldApplications, "Assessments.Applications", ""},
	{EntityAssessment, FieldYear, "Assessments.Year", ""},

	{EntityIndicators, FieldIndicatorsPupilsPerComputer, "Indicators.PupilsPerComputer", ""},
	{EntityIndicators, FieldIndicatorsDigitalMaterialPct, "Indicators.DigitalMaterialPct", ""},
	{EntityIndicators, FieldIndicatorsDigitalMaterialGoalPct, "Indicators.DigitalMaterialGoalPct", ""},
	{EntityIndicators, FieldIndicatorsLaptopSharePct, "Indicators.LaptopSharePct", ""},
	{EntityIndicators, FieldIndicatorsTabletSharePct, "Indicators.TabletSharePct", ""},
	{EntityIndicators, FieldIndicatorsBYODPct, "Indicators.BYODPct", ""},
	{EntityIndicators, FieldIndicatorsDigiboardRoomsPct, "Indicators.DigiboardRoomsPct", ""},
	{EntityIndicators, FieldIndicatorsWifi, "Indicators.Wifi", uncheckedOptBool},

	{EntityVote, FieldID, "Votes.ID", ""},
	{EntityVote, FieldSession, "Votes.Session", ""},
	{EntityVote, FieldParticipant, "Votes.Participant", ""},
	{EntityVote, FieldRole, "Votes.Role", ""},
	{EntityVote, FieldPointsInvestment, "Votes.Points.InvestmentID", ""},
	{EntityVote, FieldPointsPoints, "Votes.Points.Points", ""},

	// The board chapters' lists (board.go).
	{EntityInventory, FieldID, "Inventory.ID", ""},
	{EntityInventory, FieldKind, "Inventory.Kind", ""},
	{EntityInventory, FieldDescription, "Inventory.Description", ""},
	{EntityInventory, FieldQuantity, "Inventory.Quantity", ""},
	{EntityInventory, FieldYear, "Inventory.Year", ""},
	{EntityInventory, FieldNote, "Inventory.Note", ""},

	{EntityResponsibility, FieldID, "Organisation.ID", ""},
	{EntityResponsibility, FieldTask, "Organisation.Task", ""},
	{EntityResponsibility, FieldPerson, "Organisation.Person", ""},
	{EntityResponsibility, FieldHoursPerYear, "Organisation.HoursPerYear", ""},
	{EntityResponsibility, FieldDuties, "Organisation.Duties", ""},

	{EntityRisk, FieldID, "Risks.ID", ""},
	{EntityRisk, FieldDescription, "Risks.Description", ""},
	{EntityRisk, FieldLikelihood, "Risks.Likelihood", ""},
	{EntityRisk, FieldImpact, "Risks.Impact", ""},
	{EntityRisk, FieldOwner, "Risks.Owner", ""},
	{EntityRisk, FieldMeasure, "Risks.Measure", ""},

	// The plan's life (lifecycle.go).
	{EntityStatusChange, FieldID, "StatusHistory.ID", ""},
	{EntityStatusChange, FieldStatus, "StatusHistory.Status", ""},
	{EntityStatusChange, FieldDate, "StatusHistory.Date", ""},
	{EntityStatusChange, FieldBy, "StatusHistory.By", ""},
	{EntityStatusChange, FieldNote, "StatusHistory.Note", ""},

	{EntityVersion, FieldID, "Versions.ID", ""},
	{EntityVersion, FieldVersionNumber, "Versions.Number", ""},
	{EntityVersion, FieldDate, "Versions.Date", ""},
	{EntityVersion, FieldStatus, "Versions.Status", ""},
	{EntityVersion, FieldVersionContent, "Versions.Content", ""},

	// The themes and the maturity register (theme.go, maturity.go).
	{EntityPlan, FieldPlanTheme, "Themes", ""},
	// The link back (previous.go).
	{EntityPlan, FieldPlanPreviousID, "Previous.ID", ""},
	{EntityPlan, FieldPlanPreviousTitle, "Previous.Title", ""},
	{EntityPlan, FieldPlanPreviousVersion, "Previous.Version", ""},
	{EntityVision, FieldTheme, "Visions.Theme", ""},
	{EntityInvestment, FieldTheme, "Investments.Theme", ""},
	{EntityAgreement, FieldTheme, "Agreements.Theme", ""},
	{EntityMaturity, FieldID, "Maturity.ID", ""},
	{EntityMaturity, FieldNorm, "Maturity.Norm", ""},
	{EntityMaturity, FieldDomain, "Maturity.Domain", ""},
	{EntityMaturity, FieldTitle, "Maturity.Title", ""},
	{EntityMaturity, FieldCurrent, "Maturity.Current", ""},
	{EntityMaturity, FieldTarget, "Maturity.Target", ""},
	{EntityMaturity, FieldOwner, "Maturity.Owner", ""},
	{EntityMaturity, FieldInvestmentIDs, "Maturity.InvestmentIDs", ""},
}
