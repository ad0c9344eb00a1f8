package model

// The board chapters: what a school board needs in a plan beside the
// analysis of the four building blocks. They are additions to balansplan/1
// (docs/plan-format-additions.md): a file without them is still a whole
// plan, and each chapter of the PDF says what is missing when its data is
// not given instead of leaving the chapter out.

// Proposal is the "Voorstel aan het bestuur": what the board is asked to
// decide. The amounts per year are not stored: they follow from the
// investments (planning's budget). Every field is free text in the
// school's words; "" means not said.
type Proposal struct {
	Decision    string // what the board is asked to decide
	Funding     string // where the money comes from (lumpsum, reserve, subsidy)
	OverCeiling string // what happens with a year that goes over the ceiling
	Conditions  string // conditions the school attaches or the board should
}

// IsZero reports whether nothing of the proposal is given.
func (p Proposal) IsZero() bool { return p == Proposal{} }

// Adoption is the plan's adoption block: who adopted it and when, the
// participation council's (MR) advice or consent, and who signs. Plan.Status
// and Plan.Version stay where they are; this is what the board's decision
// adds to them.
type Adoption struct {
	Date        string // YYYY-MM-DD on which the plan was adopted; "" not yet
	By          string // the body that adopted it, e.g. "College van bestuur"
	Council     Council
	Signatories []Signatory // in the order they sign
}

// IsZero reports whether nothing of the adoption block is given.
func (a Adoption) IsZero() bool {
	return a.Date == "" && a.By == "" && a.Council == Council{} && len(a.Signatories) == 0
}

// Council is the participation council's (medezeggenschapsraad, MR) part in
// the adoption: whether it advised or had to consent, what it said and when.
type Council struct {
	Kind    CouncilKind    // "" not said
	Outcome CouncilOutcome // "" not (yet) given
	Date    string         // YYYY-MM-DD; "" not given
	Note    string
}

// Signatory is one signature line under the adoption block.
type Signatory struct {
	Name     string
	Function string // e.g. "voorzitter college van bestuur"
}

// InventoryItem is one line of the beginsituatie: what the school has now
// (devices, network, software and licences, support contracts) or a known
// problem with it.
type InventoryItem struct {
	ID          string
	Kind        InventoryKind
	Description string
	Quantity    int // 0: not counted (a network or a problem has no count)
	Year        int // the year it was bought or contracted; 0: not known
	Note        string
}

// Responsibility is one task in the organisation of ict: who decides, who
// coordinates, who manages and supports, with the hours a year the task
// takes.
type Responsibility struct {
	ID           string
	Task         string // e.g. "ict-coördinator", "beheer", "besluit over het budget"
	Person       string // a name or a party (the board's office, a supplier)
	HoursPerYear int    // 0: not said
	Duties       string
}

// Risk is one entry of the plan's risk register: what could go wrong, how
// likely and how bad, who watches it and what is done about it. The
// findings of the analysis are warnings about the plan; risks are about
// carrying it out.
type Risk struct {
	ID          string
	Description string
	Likelihood  Grade
	Impact      Grade
	Owner       string
	Measure     string
}

// Privacy is the plan's paragraph on privacy and information security
// (IBP, the AVG): who is responsible, how processing agreements and data
// protection impact assessments are handled. Free text; "" means not said.
type Privacy struct {
	Responsible          string // who is responsible (and the data protection officer)
	ProcessingAgreements string // verwerkersovereenkomsten: how they are kept
	DPIA                 string // which processing gets a DPIA, and when
	Note                 string
}

// IsZero reports whether nothing of the paragraph is given.
func (p Privacy) IsZero() bool { return p == Privacy{} }

// Review is how the plan itself is evaluated and followed up: by whom, when
// and how. The vision statements' evaluations (indicator and moment) are
// listed with it in the PDF.
type Review struct {
	By   string // who evaluates
	When string // when, in words ("every June, in the team meeting")
	How  string // how, and what happens with the result
}

// IsZero reports whether nothing of the review is given.
func (r Review) IsZero() bool { return r == Review{} }

// Narrative holds the board chapters that are prose only.
type Narrative struct {
	Situation     string // the beginsituatie in words, beside the inventory
	Organisation  string // how ict is organised: who decides, beheer, support
	Replacement   string // the replacement plan for after the plan period
	Communication string // communication with and support of the team
	Schoolplan    string // how this plan follows from the schoolplan
}

// IsZero reports whether no narrative text is given.
func (n Narrative) IsZero() bool { return n == Narrative{} }

// CouncilKind is whether the participation council advises on the plan or
// must consent to it.
type CouncilKind string

// Council kinds.
const (
	CouncilAdvies     CouncilKind = "advies"
	CouncilInstemming CouncilKind = "instemming"
)

var councilKinds = enum{
	{"advies", Text{"advies", "advice"}},
	{"instemming", Text{"instemming", "consent"}},
}

// CouncilKinds lists the council kinds.
func CouncilKinds() []CouncilKind { return typed[CouncilKind](councilKinds) }

// Valid reports whether k is a known council kind.
func (k CouncilKind) Valid() bool { return councilKinds.valid(string(k)) }

// Label is the name of the council kind for a user.
func (k CouncilKind) Label(l Lang) string { return councilKinds.label(string(k), l) }

// CouncilOutcome is what the participation council said.
type CouncilOutcome string

// Council outcomes: a positive advice or consent given, a negative advice
// or consent withheld.
const (
	CouncilPositief CouncilOutcome = "positief"
	CouncilNegatief CouncilOutcome = "negatief"
)

var councilOutcomes = enum{
	{"positief", Text{"positief", "positive"}},
	{"negatief", Text{"negatief", "negative"}},
}

// CouncilOutcomes lists the council outcomes.
func CouncilOutcomes() []CouncilOutcome { return typed[CouncilOutcome](councilOutcomes) }

// Valid reports whether o is a known council outcome.
func (o CouncilOutcome) Valid() bool { return councilOutcomes.valid(string(o)) }

// Label is the name of the outcome for a user.
func (o CouncilOutcome) Label(l Lang) string { return councilOutcomes.label(string(o), l) }

// InventoryKind is what an inventory line is about.
type InventoryKind string

// Inventory kinds.
const (
	InventoryApparaten     InventoryKind = "apparaten"
	InventoryNetwerk       InventoryKind = "netwerk"
	InventorySoftware      InventoryKind = "software"
	InventoryOndersteuning InventoryKind = "ondersteuning"
	InventoryKnelpunt      InventoryKind = "knelpunt"
)

var inventoryKinds = enum{
	{"apparaten", Text{"apparaten", "devices"}},
	{"netwerk", Text{"netwerk", "network"}},
	{"software", Text{"software en licenties", "software and licences"}},
	{"ondersteuning", Text{"ondersteuning en contracten", "support and contracts"}},
	{"knelpunt", Text{"bekend knelpunt", "known problem"}},
}

// InventoryKinds lists the inventory kinds in display order.
func InventoryKinds() []InventoryKind { return typed[InventoryKind](inventoryKinds) }

// Valid reports whether k is a known inventory kind.
func (k InventoryKind) Valid() bool { return inventoryKinds.valid(string(k)) }

// Label is the name of the inventory kind for a user.
func (k InventoryKind) Label(l Lang) string { return inventoryKinds.label(string(k), l) }

// Grade is a risk's likelihood or impact on a three-step scale.
type Grade string

// Grades, from least to most.
const (
	GradeLaag   Grade = "laag"
	GradeMidden Grade = "midden"
	GradeHoog   Grade = "hoog"
)

var grades = enum{
	{"laag", Text{"laag", "low"}},
	{"midden", Text{"midden", "medium"}},
	{"hoog", Text{"hoog", "high"}},
}

// Grades lists the grades from least to most.
func Grades() []Grade { return typed[Grade](grades) }

// Valid reports whether g is a known grade.
func (g Grade) Valid() bool { return grades.valid(string(g)) }

// Label is the name of the grade for a user.
func (g Grade) Label(l Lang) string { return grades.label(string(g), l) }

// Rank is 1 for laag, 2 for midden, 3 for hoog and 0 for an unknown grade;
// a risk's weight is its likelihood's rank times its impact's.
func (g Grade) Rank() int { return index(grades, string(g)) + 1 }

// Risk returns the risk with the given ID.
func (p *Plan) Risk(id string) (*Risk, bool) {
	return findByID(p.Risks, id, func(r *Risk) string { return r.ID })
}

// Fields of the board chapters. The plan-level blocks live under "plan" in
// the interchange format; the three lists are top-level lists like the
// visions.
const (
	FieldPlanProposalDecision    Field = "plan.proposal.decision"
	FieldPlanProposalFunding     Field = "plan.proposal.funding"
	FieldPlanProposalOverCeiling Field = "plan.proposal.over_ceiling"
	FieldPlanProposalConditions  Field = "plan.proposal.conditions"

	FieldPlanAdoptionDate       Field = "plan.adoption.date"
	FieldPlanAdoptionBy         Field = "plan.adoption.by"
	FieldPlanCouncilKind        Field = "plan.adoption.council.kind"
	FieldPlanCouncilOutcome     Field = "plan.adoption.council.outcome"
	FieldPlanCouncilDate        Field = "plan.adoption.council.date"
	FieldPlanCouncilNote        Field = "plan.adoption.council.note"
	FieldPlanSignatoryName      Field = "plan.adoption.signatories[].name"
	FieldPlanSignatoryFunction  Field = "plan.adoption.signatories[].function"
	FieldPlanPrivacyResponsible Field = "plan.privacy.responsible"
	FieldPlanPrivacyProcessing  Field = "plan.privacy.processing_agreements"
	FieldPlanPrivacyDPIA        Field = "plan.privacy.dpia"
	FieldPlanPrivacyNote        Field = "plan.privacy.note"
	FieldPlanReviewBy           Field = "plan.review.by"
	FieldPlanReviewWhen         Field = "plan.review.when"
	FieldPlanReviewHow          Field = "plan.review.how"
	FieldPlanSituation          Field = "plan.situation"
	FieldPlanOrganisation       Field = "plan.organisation"
	FieldPlanReplacement        Field = "plan.replacement"
	FieldPlanCommunication      Field = "plan.communication"
	FieldPlanSchoolplan         Field = "plan.schoolplan"

	// Inventory lines (EntityInventory); id and description as elsewhere.
	FieldQuantity Field = "quantity"
	FieldYear     Field = "year"
	FieldNote     Field = "note"

	// Responsibilities (EntityResponsibility).
	FieldTask         Field = "task"
	FieldPerson       Field = "person"
	FieldHoursPerYear Field = "hours_per_year"
	FieldDuties       Field = "duties"

	// Risks (EntityRisk); description and owner as for investments.
	FieldLikelihood Field = "likelihood"
	FieldImpact     Field = "impact"
	FieldMeasure    Field = "measure"

	// Objects and lists that hold the fields above.
	FieldPlanProposal     Field = "plan.proposal"
	FieldPlanAdoption     Field = "plan.adoption"
	FieldPlanCouncil      Field = "plan.adoption.council"
	FieldPlanSignatories  Field = "plan.adoption.signatories"
	FieldPlanSignatory    Field = "plan.adoption.signatories[]"
	FieldPlanPrivacy      Field = "plan.privacy"
	FieldPlanReview       Field = "plan.review"
	FieldListInventory    Field = "inventory"
	FieldListOrganisation Field = "organisation"
	FieldListRisks        Field = "risks"
)

// Entity kinds of the board chapters.
const (
	EntityInventory      EntityKind = "inventory"
	EntityResponsibility EntityKind = "responsibility"
	EntityRisk           EntityKind = "risk"
)
