package model

// The enumerations of the plan format. Each value is the Dutch word used in
// the file; Label gives what a user reads.

// enumValue is one value of an enumeration with its labels.
type enumValue struct {
	value string
	label Text
}

// enum is an ordered enumeration; the order is the order shown to users.
type enum []enumValue

func (e enum) label(v string, l Lang) string {
	for _, ev := range e {
		if ev.value == v {
			return ev.label.In(l)
		}
	}
	return v
}

func (e enum) valid(v string) bool {
	for _, ev := range e {
		if ev.value == v {
			return true
		}
	}
	return false
}

func (e enum) values() []string {
	out := make([]string, len(e))
	for i, ev := range e {
		out[i] = ev.value
	}
	return out
}

// Sector is the school's sector of education.
type Sector string

// Sectors.
const (
	SectorPO  Sector = "po"
	SectorVO  Sector = "vo"
	SectorMBO Sector = "mbo"
)

var sectors = enum{
	{"po", Text{"primair onderwijs", "primary education"}},
	{"vo", Text{"voortgezet onderwijs", "secondary education"}},
	{"mbo", Text{"middelbaar beroepsonderwijs", "vocational education"}},
}

// Sectors lists every sector in display order.
func Sectors() []Sector { return typed[Sector](sectors) }

// Valid reports whether s is a known sector.
func (s Sector) Valid() bool { return sectors.valid(string(s)) }

// Label is the name of the sector for a user.
func (s Sector) Label(l Lang) string { return sectors.label(string(s), l) }

// PlanStatus is how far the plan is in its approval.
type PlanStatus string

// Plan statuses.
const (
	StatusConcept     PlanStatus = "concept"
	StatusBesproken   PlanStatus = "besproken"
	StatusVastgesteld PlanStatus = "vastgesteld"
)

var planStatuses = enum{
	{"concept", Text{"concept", "draft"}},
	{"besproken", Text{"besproken", "discussed"}},
	{"vastgesteld", Text{"vastgesteld", "approved"}},
}

// PlanStatuses lists every plan status in order of approval.
func PlanStatuses() []PlanStatus { return typed[PlanStatus](planStatuses) }

// Valid reports whether s is a known plan status.
func (s PlanStatus) Valid() bool { return planStatuses.valid(string(s)) }

// Label is the name of the status for a user.
func (s PlanStatus) Label(l Lang) string { return planStatuses.label(string(s), l) }

// Ambition is how far the school wants its education to change with ict.
type Ambition string

// Ambitions, from keeping the concept to transforming it.
const (
	AmbitionBehouden    Ambition = "behouden"
	AmbitionStapsgewijs Ambition = "stapsgewijs"
	AmbitionIngrijpend  Ambition = "ingrijpend"
)

var ambitions = enum{
	{"behouden", Text{"huidig onderwijsconcept behouden", "keep the current concept"}},
	{"stapsgewijs", Text{"stap voor stap veranderen", "change step by step"}},
	{"ingrijpend", Text{"ingrijpend veranderen", "transform"}},
}

// Ambitions lists every ambition from least to most change.
func Ambitions() []Ambition { return typed[Ambition](ambitions) }

// Valid reports whether a is a known ambition.
func (a Ambition) Valid() bool { return ambitions.valid(string(a)) }

// Label is the name of the ambition for a user.
func (a Ambition) Label(l Lang) string { return ambitions.label(string(a), l) }

// Teaching is a form of education (onderwijsvorm), the human axis of the
// balance matrix.
type Teaching string

// Forms of education, from teacher-led to self-organised.
const (
	TeachingLeraargestuurd    Teaching = "leraargestuurd"
	TeachingZelfstandig       Teaching = "zelfstandig"
	TeachingZelfgeorganiseerd Teaching = "zelfgeorganiseerd"
)

var teachings = enum{
	{"leraargestuurd", Text{"leraargestuurd", "teacher-led"}},
	{"zelfstandig", Text{"zelfstandig leren", "independent learning"}},
	{"zelfgeorganiseerd", Text{"zelfgeorganiseerd leren", "self-organised learning"}},
}

// Teachings lists every form of education in matrix order.
func Teachings() []Teaching { return typed[Teaching](teachings) }

// Valid reports whether t is a known form of education.
func (t Teaching) Valid() bool { return teachings.valid(string(t)) }

// Label is the name of the form of education for a user.
func (t Teaching) Label(l Lang) string { return teachings.label(string(t), l) }

// Index is the position on the matrix axis (0, 1, 2), or -1 when unset.
func (t Teaching) Index() int { return index(teachings, string(t)) }

// Material is a type of digital learning material (leermateriaal), the
// material axis of the balance matrix.
type Material string

// Types of digital learning material.
const (
	MaterialInstructieOefenen        Material = "instructie_oefenen"
	MaterialAdaptief                 Material = "adaptief"
	MaterialPersoonlijkeLeeromgeving Material = "persoonlijke_leeromgeving"
)

var materials = enum{
	{"instructie_oefenen", Text{"instructie en oefenen", "instruction and practice"}},
	{"adaptief", Text{"adaptief leermateriaal", "adaptive material"}},
	{"persoonlijke_leeromgeving", Text{"persoonlijke leeromgeving", "personal learning environment"}},
}

// Materials lists every material type in matrix order.
func Materials() []Material { return typed[Material](materials) }

// Valid reports whether m is a known material type.
func (m Material) Valid() bool { return materials.valid(string(m)) }

// Label is the name of the material type for a user.
func (m Material) Label(l Lang) string { return materials.label(string(m), l) }

// Index is the position on the matrix axis (0, 1, 2), or -1 when unset.
func (m Material) Index() int { return index(materials, string(m)) }

// Return is an intended return (opbrengst) of a vision statement.
type Return string

// Returns in the primary process (learning) and the secondary process
// (organising learning).
const (
	ReturnMotivatie            Return = "motivatie"
	ReturnLeerprestaties       Return = "leerprestaties"
	ReturnEfficientLeren       Return = "efficient_leren"
	ReturnIctGeletterdheid     Return = "ict_geletterdheid"
	ReturnBeroepsvoorbereiding Return = "beroepsvoorbereiding"
	ReturnTijdsbesparing       Return = "tijdsbesparing"
	ReturnTransparantie        Return = "transparantie"
	ReturnProfessionaliteit    Return = "professionaliteit"
	ReturnSturing              Return = "sturing"
	ReturnBetrokkenheid        Return = "betrokkenheid"
)

var returns = enum{
	{"motivatie", Text{"motivatie", "motivation"}},
	{"leerprestaties", Text{"leerprestaties", "learning results"}},
	{"efficient_leren", Text{"efficiënter leren", "more efficient learning"}},
	{"ict_geletterdheid", Text{"ict-geletterdheid", "digital literacy"}},
	{"beroepsvoorbereiding", Text{"voorbereiding op een beroep", "preparation for work"}},
	{"tijdsbesparing", Text{"tijdsbesparing", "time saved"}},
	{"transparantie", Text{"transparantie", "transparency"}},
	{"professionaliteit", Text{"professionaliteit", "professionalism"}},
	{"sturing", Text{"sturing", "steering"}},
	{"betrokkenheid", Text{"betrokkenheid", "involvement"}},
}

// Returns lists every return, primary ones first.
func Returns() []Return { return typed[Return](returns) }

// Valid reports whether r is a known return.
func (r Return) Valid() bool { return returns.valid(string(r)) }

// Label is the name of the return for a user.
func (r Return) Label(l Lang) string { return returns.label(string(r), l) }

// Primary reports whether the return lies in the primary process
// (learning) rather than in organising it.
func (r Return) Primary() bool {
	switch r {
	case ReturnMotivatie, ReturnLeerprestaties, ReturnEfficientLeren, ReturnIctGeletterdheid, ReturnBeroepsvoorbereiding:
		return true
	}
	return false
}

// Block is a bouwsteen of the Vier in balans model. Leiderschap is not one
// of the four; it holds them together and is reported on its own.
type Block string

// The bouwstenen, in the order the model names them.
const (
	BlockVisie          Block = "visie"
	BlockDeskundigheid  Block = "deskundigheid"
	BlockInhoud         Block = "inhoud"
	BlockInfrastructuur Block = "infrastructuur"
	BlockLeiderschap    Block = "leiderschap"
)

var blocks = enum{
	{"visie", Text{"visie", "vision"}},
	{"deskundigheid", Text{"deskundigheid", "expertise"}},
	{"inhoud", Text{"inhoud en toepassingen", "content and applications"}},
	{"infrastructuur", Text{"infrastructuur", "infrastructure"}},
	{"leiderschap", Text{"leiderschap en samenwerking", "leadership and cooperation"}},
}

// Blocks lists the five bouwstenen in model order.
func Blocks() []Block { return typed[Block](blocks) }

// Valid reports whether b is a known bouwsteen.
func (b Block) Valid() bool { return blocks.valid(string(b)) }

// Label is the name of the bouwsteen for a user.
func (b Block) Label(l Lang) string { return blocks.label(string(b), l) }

// Human reports whether the block is a human factor (visie, deskundigheid).
func (b Block) Human() bool { return b == BlockVisie || b == BlockDeskundigheid }

// Material reports whether the block is a material factor (inhoud,
// infrastructuur).
func (b Block) Material() bool { return b == BlockInhoud || b == BlockInfrastructuur }

// Category is the kind of an investment within its bouwsteen. For visie and
// leiderschap it is free text (or empty); for the other blocks it is one of
// the values listed in CategoriesOf.
type Category string

// Categories with a fixed meaning.
const (
	CategoryLeraar            Category = "leraar"
	CategoryManagement        Category = "management"
	CategoryOndersteuning     Category = "ondersteuning"
	CategoryLeermateriaal     Category = "leermateriaal"
	CategoryStuurinformatie   Category = "stuurinformatie"
	CategoryOnderwijssoftware Category = "onderwijssoftware"
	CategoryKantoor           Category = "kantoor"
	CategoryApparaten         Category = "apparaten"
	CategoryNetwerk           Category = "netwerk"
	CategoryConnectiviteit    Category = "connectiviteit"
	CategoryCloud             Category = "cloud"
	CategoryBeheer            Category = "beheer"
)

var categories = enum{
	{"leraar", Text{"leraren", "teachers"}},
	{"management", Text{"management", "management"}},
	{"ondersteuning", Text{"ondersteunend personeel", "support staff"}},
	{"leermateriaal", Text{"digitaal leermateriaal", "digital learning material"}},
	{"stuurinformatie", Text{"stuur- en verantwoordingsinformatie", "steering and accountability information"}},
	{"onderwijssoftware", Text{"onderwijssoftware en systemen", "educational software and systems"}},
	{"kantoor", Text{"kantoorsoftware en apps", "office software and apps"}},
	{"apparaten", Text{"apparaten", "devices"}},
	{"netwerk", Text{"netwerk", "network"}},
	{"connectiviteit", Text{"internetverbinding", "connectivity"}},
	{"cloud", Text{"clouddiensten", "cloud services"}},
	{"beheer", Text{"beheer", "management and maintenance"}},
}

var categoriesByBlock = map[Block][]Category{
	BlockDeskundigheid:  {CategoryLeraar, CategoryManagement, CategoryOndersteuning},
	BlockInhoud:         {CategoryLeermateriaal, CategoryStuurinformatie, CategoryOnderwijssoftware, CategoryKantoor},
	BlockInfrastructuur: {CategoryApparaten, CategoryNetwerk, CategoryConnectiviteit, CategoryCloud, CategoryBeheer},
}

// CategoriesOf lists the fixed categories of a block; nil means the block
// takes free text (visie, leiderschap).
func CategoriesOf(b Block) []Category {
	return append([]Category(nil), categoriesByBlock[b]...)
}

// FreeCategory reports whether the block takes a free-text category.
func FreeCategory(b Block) bool { return b == BlockVisie || b == BlockLeiderschap }

// ValidFor reports whether c is an allowed category for block b.
func (c Category) ValidFor(b Block) bool {
	if FreeCategory(b) || c == "" {
		return true
	}
	for _, x := range categoriesByBlock[b] {
		if x == c {
			return true
		}
	}
	return false
}

// Label is the name of the category for a user; free text is shown as it is.
func (c Category) Label(l Lang) string { return categories.label(string(c), l) }

// InvestmentStatus is where an investment stands.
type InvestmentStatus string

// Investment statuses.
const (
	InvGepland    InvestmentStatus = "gepland"
	InvLopend     InvestmentStatus = "lopend"
	InvAfgerond   InvestmentStatus = "afgerond"
	InvUitgesteld InvestmentStatus = "uitgesteld"
	InvGeschrapt  InvestmentStatus = "geschrapt"
)

var investmentStatuses = enum{
	{"gepland", Text{"gepland", "planned"}},
	{"lopend", Text{"lopend", "in progress"}},
	{"afgerond", Text{"afgerond", "done"}},
	{"uitgesteld", Text{"uitgesteld", "postponed"}},
	{"geschrapt", Text{"geschrapt", "cancelled"}},
}

// InvestmentStatuses lists every investment status.
func InvestmentStatuses() []InvestmentStatus { return typed[InvestmentStatus](investmentStatuses) }

// Valid reports whether s is a known investment status.
func (s InvestmentStatus) Valid() bool { return investmentStatuses.valid(string(s)) }

// Label is the name of the status for a user.
func (s InvestmentStatus) Label(l Lang) string { return investmentStatuses.label(string(s), l) }

// AgreementKind is what an agreement (afspraak) is about.
type AgreementKind string

// Agreement kinds.
const (
	AgreementDidactisch     AgreementKind = "didactisch"
	AgreementAanschafBeheer AgreementKind = "aanschaf_beheer"
)

var agreementKinds = enum{
	{"didactisch", Text{"didactisch gebruik van ict", "didactic use of ict"}},
	{"aanschaf_beheer", Text{"aanschaf en beheer", "purchase and management"}},
}

// AgreementKinds lists every agreement kind.
func AgreementKinds() []AgreementKind { return typed[AgreementKind](agreementKinds) }

// Valid reports whether k is a known agreement kind.
func (k AgreementKind) Valid() bool { return agreementKinds.valid(string(k)) }

// Label is the name of the kind for a user.
func (k AgreementKind) Label(l Lang) string { return agreementKinds.label(string(k), l) }

// Coverage is how much of the teaching an agreement covers.
type Coverage string

// Coverages.
const (
	CoverageAlle  Coverage = "alle"
	CoverageDeels Coverage = "deels"
	CoverageGeen  Coverage = "geen"
)

var coverages = enum{
	{"alle", Text{"(vrijwel) alles", "(nearly) everything"}},
	{"deels", Text{"een deel", "part"}},
	{"geen", Text{"niets: ieder beslist zelf", "nothing: each decides"}},
}

// Coverages lists every coverage from most to least.
func Coverages() []Coverage { return typed[Coverage](coverages) }

// Valid reports whether c is a known coverage.
func (c Coverage) Valid() bool { return coverages.valid(string(c)) }

// Label is the name of the coverage for a user.
func (c Coverage) Label(l Lang) string { return coverages.label(string(c), l) }

// Role is the role of a participant in the self-assessment.
type Role string

// Roles.
const (
	RoleLeraar         Role = "leraar"
	RoleSchoolleider   Role = "schoolleider"
	RoleBestuurder     Role = "bestuurder"
	RoleIctCoordinator Role = "ict_coordinator"
	RoleOndersteuner   Role = "ondersteuner"
)

var roles = enum{
	{"leraar", Text{"leraar", "teacher"}},
	{"schoolleider", Text{"schoolleider", "school leader"}},
	{"bestuurder", Text{"bestuurder", "board member"}},
	{"ict_coordinator", Text{"ict-coördinator", "ict coordinator"}},
	{"ondersteuner", Text{"onderwijsondersteuner", "support staff"}},
}

// Roles lists every role.
func Roles() []Role { return typed[Role](roles) }

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return roles.valid(string(r)) }

// Label is the name of the role for a user.
func (r Role) Label(l Lang) string { return roles.label(string(r), l) }

// Leader reports whether the role leads the school (schoolleider,
// bestuurder); their view is compared with the teachers'.
func (r Role) Leader() bool { return r == RoleSchoolleider || r == RoleBestuurder }

func typed[T ~string](e enum) []T {
	out := make([]T, len(e))
	for i, ev := range e {
		out[i] = T(ev.value)
	}
	return out
}

func index(e enum, v string) int {
	for i, ev := range e {
		if ev.value == v {
			return i
		}
	}
	return -1
}

// explained is an enumeration whose values carry, beside their label, a
// one-line explanation that a form shows under the field or beside a
// check box, so that a user knows what to choose without a manual.
type explained struct {
	enum
	explain map[string]Text
}

func (e explained) explanation(v string, l Lang) string {
	if t, ok := e.explain[v]; ok {
		return t.In(l)
	}
	return ""
}

// Focus is what a deskundigheid investment makes the staff better at
// (analysis/2). It matters because training in operating the tools alone
// does not change the teaching: the finding expertise_instrumental_only
// looks for visions whose expertise is only that. Only deskundigheid
// investments have one; "" means not said.
type Focus string

// Focuses of expertise.
const (
	FocusDidactisch      Focus = "didactisch"
	FocusInstrumenteel   Focus = "instrumenteel"
	FocusOrganisatorisch Focus = "organisatorisch"
)

var focuses = explained{
	enum: enum{
		{"didactisch", Text{"didactisch", "didactic"}},
		{"instrumenteel", Text{"instrumenteel", "instrumental"}},
		{"organisatorisch", Text{"organisatorisch", "organisational"}},
	},
	explain: map[string]Text{
		"didactisch": {
			"lesgeven met ict: hoe leraren ict in hun lessen inzetten zodat leerlingen er beter van leren",
			"teaching with ict: how teachers use ict in their lessons so that pupils learn more from them"},
		"instrumenteel": {
			"de middelen bedienen: leren werken met apparaten, programma's en het digibord",
			"operating the tools: learning to work the devices, the programs and the whiteboard"},
		"organisatorisch": {
			"rollen, coördinatie en ondersteuning: wie wat regelt zodat ict in de school blijft werken",
			"roles, coordination and support: who arranges what, so that ict keeps working in the school"},
	},
}

// Focuses lists every focus in display order.
func Focuses() []Focus { return typed[Focus](focuses.enum) }

// Valid reports whether f is a known focus.
func (f Focus) Valid() bool { return focuses.valid(string(f)) }

// Label is the name of the focus for a user.
func (f Focus) Label(l Lang) string { return focuses.label(string(f), l) }

// Explanation says in one line what the focus covers; "" for a value
// that is not a focus.
func (f Focus) Explanation(l Lang) string { return focuses.explanation(string(f), l) }

// Application is an ict application a participant of the self-assessment
// may use at least weekly (analysis/2). How many a participant uses
// places them in the team profile: staartgroep, peloton or kopgroep.
type Application string

// The applications, in the order of the contract's list.
const (
	ApplicationTekstverwerking       Application = "tekstverwerking"
	ApplicationPresentatie           Application = "presentatie"
	ApplicationDigibord              Application = "digibord"
	ApplicationOefensoftware         Application = "oefensoftware"
	ApplicationMethodesoftware       Application = "methodesoftware"
	ApplicationAdaptiefLeermateriaal Application = "adaptief_leermateriaal"
	ApplicationElo                   Application = "elo"
	ApplicationDigitaleToetsen       Application = "digitale_toetsen"
	ApplicationLvs                   Application = "lvs"
	ApplicationInternetInformatie    Application = "internet_informatie"
	ApplicationInternetSamenwerken   Application = "internet_samenwerken"
	ApplicationSocialeMedia          Application = "sociale_media"
	ApplicationSimulatiesGames       Application = "simulaties_games"
	ApplicationVideo                 Application = "video"
	ApplicationProgrammeren          Application = "programmeren"
	ApplicationCommunicatieOuders    Application = "communicatie_ouders"
	ApplicationPortfolio             Application = "portfolio"
	ApplicationEigenMateriaal        Application = "eigen_materiaal"
	ApplicationRekenblad             Application = "rekenblad"
	ApplicationCloudopslag           Application = "cloudopslag"
)

var applications = explained{
	enum: enum{
		{"tekstverwerking", Text{"tekstverwerking", "word processing"}},
		{"presentatie", Text{"presentaties", "presentations"}},
		{"digibord", Text{"digibord", "interactive whiteboard"}},
		{"oefensoftware", Text{"oefensoftware", "practice software"}},
		{"methodesoftware", Text{"software bij de methode", "textbook software"}},
		{"adaptief_leermateriaal", Text{"adaptief leermateriaal", "adaptive learning material"}},
		{"elo", Text{"elektronische leeromgeving", "virtual learning environment"}},
		{"digitale_toetsen", Text{"digitale toetsen", "digital tests"}},
		{"lvs", Text{"leerlingvolgsysteem", "pupil monitoring system"}},
		{"internet_informatie", Text{"informatie zoeken op internet", "looking things up on the internet"}},
		{"internet_samenwerken", Text{"samenwerken via internet", "working together online"}},
		{"sociale_media", Text{"sociale media", "social media"}},
		{"simulaties_games", Text{"simulaties en games", "simulations and games"}},
		{"video", Text{"video", "video"}},
		{"programmeren", Text{"programmeren", "programming"}},
		{"communicatie_ouders", Text{"communicatie met ouders", "communication with parents"}},
		{"portfolio", Text{"digitaal portfolio", "digital portfolio"}},
		{"eigen_materiaal", Text{"eigen digitaal lesmateriaal", "own digital teaching material"}},
		{"rekenblad", Text{"rekenblad", "spreadsheet"}},
		{"cloudopslag", Text{"opslag in de cloud", "cloud storage"}},
	},
	explain: map[string]Text{
		"tekstverwerking": {
			"teksten schrijven en opmaken, zoals in Word of Google Docs",
			"writing and laying out texts, as in Word or Google Docs"},
		"presentatie": {
			"dia's maken of tonen, zoals met PowerPoint",
			"making or showing slides, as with PowerPoint"},
		"digibord": {
			"het digibord in de les gebruiken voor meer dan projecteren: schrijven, slepen, laten oefenen",
			"using the whiteboard in class for more than projecting: writing, dragging, letting pupils practise"},
		"oefensoftware": {
			"programma's waarin leerlingen losse vaardigheden oefenen, zoals tafels of spelling",
			"programs in which pupils practise single skills, such as times tables or spelling"},
		"methodesoftware": {
			"de digitale delen van de lesmethode: digibordlessen, verwerking en toetsen van de uitgever",
			"the digital parts of the textbook series: whiteboard lessons, exercises and tests from the publisher"},
		"adaptief_leermateriaal": {
			"materiaal dat de volgende opgave kiest naar wat de leerling al kan",
			"material that picks the next exercise by what the pupil can already do"},
		"elo": {
			"een online omgeving waar lessen, opdrachten en ingeleverd werk samenkomen",
			"an online place where lessons, assignments and handed-in work come together"},
		"digitale_toetsen": {
			"toetsen die leerlingen op een computer of tablet maken",
			"tests that pupils take on a computer or tablet"},
		"lvs": {
			"resultaten en ontwikkeling van leerlingen vastleggen en bekijken",
			"recording and looking up pupils' results and progress"},
		"internet_informatie": {
			"informatie opzoeken op internet, door leerlingen of voor de les",
			"looking up information on the internet, by pupils or for a lesson"},
		"internet_samenwerken": {
			"samen online aan een document, project of opdracht werken",
			"working together online on a document, project or assignment"},
		"sociale_media": {
			"sociale media in of voor het onderwijs gebruiken",
			"using social media in or for teaching"},
		"simulaties_games": {
			"leren met simulaties, educatieve spellen of virtuele proeven",
			"learning with simulations, educational games or virtual experiments"},
		"video": {
			"filmpjes bekijken of maken in de les",
			"watching or making videos in class"},
		"programmeren": {
			"programmeren, robots of computational thinking met leerlingen",
			"programming, robots or computational thinking with pupils"},
		"communicatie_ouders": {
			"ouders digitaal informeren of berichten met hen uitwisselen, zoals via een ouderapp",
			"informing parents or exchanging messages with them digitally, as through a parent app"},
		"portfolio": {
			"werk en groei van leerlingen digitaal verzamelen en laten zien",
			"collecting and showing pupils' work and growth digitally"},
		"eigen_materiaal": {
			"zelf digitaal lesmateriaal maken of bewerken",
			"making or adapting digital teaching material yourself"},
		"rekenblad": {
			"werken met een rekenblad zoals Excel, in de les of voor de administratie",
			"working with a spreadsheet such as Excel, in class or for administration"},
		"cloudopslag": {
			"bestanden online bewaren en delen, zoals in OneDrive of Google Drive",
			"storing and sharing files online, as in OneDrive or Google Drive"},
	},
}

// Applications lists every application in the order of the contract,
// the order of the checklist.
func Applications() []Application { return typed[Application](applications.enum) }

// Valid reports whether a is a known application.
func (a Application) Valid() bool { return applications.valid(string(a)) }

// Label is the name of the application for a user.
func (a Application) Label(l Lang) string { return applications.label(string(a), l) }

// Explanation says in one line what counts as using the application;
// "" for a value that is not an application.
func (a Application) Explanation(l Lang) string { return applications.explanation(string(a), l) }
