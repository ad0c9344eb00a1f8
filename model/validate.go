package model

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Limits of a plan. They keep files, screens and the PDF within reason and
// come from the contract.
const (
	MaxPlanYears         = 10               // a plan period spans at most ten calendar years
	MaxTextLen           = 20000            // characters in any one text field
	MaxFileSize          = 50 * 1024 * 1024 // bytes of an interchange file
	MaxDepreciationYears = 50
)

// EntityKind names the kind of thing a Problem is about.
type EntityKind string

// Entity kinds, as the user reads them in messages.
const (
	EntityFile       EntityKind = "file"
	EntitySchool     EntityKind = "school"
	EntityPlan       EntityKind = "plan"
	EntityVision     EntityKind = "vision"
	EntityInvestment EntityKind = "investment"
	EntityAgreement  EntityKind = "agreement"
	EntityAssessment EntityKind = "assessment"
	EntityIndicators EntityKind = "indicators"
	EntityVote       EntityKind = "vote"
)

var entityNames = map[EntityKind]Text{
	EntityFile:       {"bestand", "file"},
	EntitySchool:     {"school", "school"},
	EntityPlan:       {"plan", "plan"},
	EntityVision:     {"visie-uitspraak", "vision statement"},
	EntityInvestment: {"investering", "investment"},
	EntityAgreement:  {"afspraak", "agreement"},
	EntityAssessment: {"zelfevaluatie", "self-assessment"},
	EntityIndicators: {"kengetallen", "key figures"},
	EntityVote:       {"stem", "vote"},

	EntityInventory:      {"inventarisregel", "inventory line"},
	EntityResponsibility: {"taak", "task"},
	EntityRisk:           {"risico", "risk"},

	EntityStatusChange: {"statuswijziging", "status change"},
	EntityVersion:      {"versie", "version"},

	EntityMaturity: {"volwassenheidsdomein", "maturity domain"},
}

// Name is what a user calls an entity of this kind, in both languages.
func (k EntityKind) Name() Text { return entityNames[k] }

// Problem is one thing wrong with a plan or a file: which entity, which
// field, and what is wrong, in both languages.
type Problem struct {
	Entity EntityKind
	Ref    string // the entity's code, or "#3" for the third one without a code
	Field  string // a Field with its positions and keys filled in, e.g. "cost.one_off", "answers[2].now"
	Reason string // a stable key for programs and tests, e.g. "required"
	Detail Text   // what is wrong, as a sentence fragment in both languages
}

// Message is the whole message for a user in language l, for example
// "investering I3, veld start: 2031-01 ligt buiten de planperiode 2026-2029".
func (p Problem) Message(l Lang) string {
	var b strings.Builder
	b.WriteString(entityNames[p.Entity].In(l))
	if p.Ref != "" {
		b.WriteString(" " + p.Ref)
	}
	if p.Field != "" {
		if l == EN {
			b.WriteString(", field " + p.Field)
		} else {
			b.WriteString(", veld " + p.Field)
		}
	}
	b.WriteString(": ")
	b.WriteString(p.Detail.In(l))
	return b.String()
}

// Problems is a list of problems; as an error it reads in Dutch.
type Problems []Problem

func (ps Problems) Error() string {
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Message(NL)
	}
	return strings.Join(msgs, "; ")
}

// Messages lists every problem's message in language l.
func (ps Problems) Messages(l Lang) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Message(l)
	}
	return out
}

// Has reports whether some problem has the given reason and field (a
// field with its positions and keys filled in, as in Problem.Field).
func (ps Problems) Has(reason string, field Field) bool {
	for _, p := range ps {
		if p.Reason == reason && p.Field == string(field) {
			return true
		}
	}
	return false
}

// problemSink collects problems for one entity at a time.
type problemSink struct {
	out    Problems
	entity EntityKind
	ref    string
}

func (s *problemSink) at(e EntityKind, ref string) *problemSink {
	s.entity, s.ref = e, ref
	return s
}

func (s *problemSink) add(field Field, reason string, detail Text) {
	s.out = append(s.out, Problem{Entity: s.entity, Ref: s.ref, Field: string(field), Reason: reason, Detail: detail})
}

func (s *problemSink) required(field Field) {
	s.add(field, "required", Text{"ontbreekt maar is verplicht", "is missing but required"})
}

func (s *problemSink) enum(field Field, got string, allowed []string) {
	s.add(field, "enum", Text{
		fmt.Sprintf("%q is geen bekende waarde; kies uit %s", got, strings.Join(allowed, ", ")),
		fmt.Sprintf("%q is not a known value; choose from %s", got, strings.Join(allowed, ", ")),
	})
}

// text checks a single-line text: valid UTF-8, no control characters, not
// too long.
func (s *problemSink) text(field Field, v string) { s.checkText(field, v, false) }

// multiline checks a text that may run over several lines: as text, but
// tabs and line ends (CR, LF) are part of it.
func (s *problemSink) multiline(field Field, v string) { s.checkText(field, v, true) }

func (s *problemSink) checkText(field Field, v string, multi bool) {
	if plainText(v, multi) {
		return
	}
	if !utf8.ValidString(v) {
		s.add(field, "utf8", Text{"bevat tekens die geen geldige UTF-8 zijn", "contains characters that are not valid UTF-8"})
		return
	}
	if pos, r, ok := firstControl(v, multi); ok {
		s.add(field, "control", Text{
			fmt.Sprintf("bevat een stuurteken (%U) op positie %d; zulke tekens zijn onzichtbaar en horen niet in een tekst", r, pos),
			fmt.Sprintf("contains a control character (%U) at position %d; such characters are invisible and do not belong in a text", r, pos)})
	}
	if n := utf8.RuneCountInString(v); n > MaxTextLen {
		s.add(field, "too_long", Text{
			fmt.Sprintf("is %s tekens lang; het maximum is %s", groupDigits(n, "."), groupDigits(MaxTextLen, ".")),
			fmt.Sprintf("is %s characters long; the maximum is %s", groupDigits(n, ","), groupDigits(MaxTextLen, ",")),
		})
	}
}

// groupDigits writes a count with sep between groups of three digits, as
// a reader of that language expects: "20.000" in Dutch, "20,000" in
// English.
func groupDigits(n int, sep string) string {
	digits := strconv.Itoa(n)
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainText reports, without allocating, whether v passes checkText
// because it is printable ASCII (in a multi-line text also tab, CR and
// LF) and no longer than MaxTextLen: one byte is one character there, so
// neither the UTF-8 decoder nor the Unicode tables are needed. Nearly
// every text of a Dutch plan is such a text; any other byte (a control
// character, "é", a byte that is not UTF-8) leaves the answer to the
// full check, which says what is wrong.
func plainText(v string, multi bool) bool {
	if len(v) > MaxTextLen {
		return false
	}
	// Eight bytes at a time: a word with no byte below 0x20 and none at
	// or above 0x7f is printable ASCII throughout. The classic bit
	// tricks: x-0x20.. sets a byte's top bit where the byte is below
	// 0x20 (or borrows from one that is); x+0x01.. sets it where the
	// byte is 0x7f or above; x itself where it is 0x80 or above. The
	// lowest byte that is not printable always sets its top bit (nothing
	// below it borrows or carries), so a clean word is printable; a word
	// that trips any test has its bytes checked one by one, which decides
	// exactly.
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(v); i += 8 {
		x := uint64(v[i]) | uint64(v[i+1])<<8 | uint64(v[i+2])<<16 | uint64(v[i+3])<<24 |
			uint64(v[i+4])<<32 | uint64(v[i+5])<<40 | uint64(v[i+6])<<48 | uint64(v[i+7])<<56
		if ((x-0x20*lo)|(x+0x01*lo)|x)&hi == 0 {
			continue
		}
		for j := i; j < i+8; j++ {
			if !plainByte(v[j], multi) {
				return false
			}
		}
	}
	for ; i < len(v); i++ {
		if !plainByte(v[i], multi) {
			return false
		}
	}
	return true
}

// plainByte is plainText for one byte.
func plainByte(c byte, multi bool) bool {
	return c >= 0x20 && c < 0x7f || multi && (c == '\t' || c == '\n' || c == '\r')
}

// firstControl finds the first control character (Unicode category Cc:
// U+0000-U+001F, U+007F-U+009F) in v and its position, counted in
// characters from 1. In a multi-line text tab, LF and CR do not count.
func firstControl(v string, multi bool) (pos int, r rune, ok bool) {
	for _, r := range v {
		pos++
		if multi && (r == '\t' || r == '\n' || r == '\r') {
			continue
		}
		if isControl(r) {
			return pos, r, true
		}
	}
	return 0, 0, false
}

// isControl is unicode.Is(unicode.Cc, r) without the table search: the
// category is exactly these two ranges, and has been since Unicode 1.1.
func isControl(r rune) bool {
	return r >= 0 && r < 0x20 || r >= 0x7f && r <= 0x9f
}

func (s *problemSink) money(field Field, m Money) {
	switch {
	case m < 0:
		s.add(field, "negative", Text{
			fmt.Sprintf("mag niet negatief zijn (%s)", m),
			fmt.Sprintf("must not be negative (%s)", m),
		})
	case m > MaxMoney:
		s.add(field, "range", Text{
			fmt.Sprintf("het bedrag %s is groter dan het maximum van %s euro", m, maxMoneyNL),
			fmt.Sprintf("the amount %s is larger than the maximum of %s euros", m, maxMoneyEN),
		})
	}
}

func (s *problemSink) nonNegative(field Field, v float64) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		// Not a number at all; JSON cannot even write it.
		s.add(field, "range", Text{"is geen eindig getal", "is not a finite number"})
	case v < 0:
		s.add(field, "negative", Text{"mag niet negatief zijn", "must not be negative"})
	}
}

func (s *problemSink) percent(field Field, v *float64) {
	if v != nil && (*v < 0 || *v > 100 || *v != *v) {
		s.add(field, "range", Text{
			fmt.Sprintf("moet een percentage van 0 tot en met 100 zijn, niet %g", *v),
			fmt.Sprintf("must be a percentage from 0 to 100, not %g", *v),
		})
	}
}

// code checks the code of a vision or investment: given, readable as it
// is (no control or invisible characters), and not taken. taken is the
// code of another vision or investment that is the same after CodeKey, ""
// when there is none.
func (s *problemSink) code(code, taken string) {
	if strings.TrimSpace(code) == "" {
		s.required(FieldCode)
		return
	}
	if !utf8.ValidString(code) {
		s.text(FieldCode, code)
		return
	}
	if pos, r, ok := firstControl(code, false); ok {
		s.add(FieldCode, "control", Text{
			fmt.Sprintf("bevat een stuurteken (%U) op positie %d", r, pos),
			fmt.Sprintf("contains a control character (%U) at position %d", r, pos)})
		return
	}
	if pos, r, ok := firstInvisible(code); ok {
		s.add(FieldCode, "invisible", Text{
			fmt.Sprintf("bevat een onzichtbaar teken (%U) op positie %d; een code moet te lezen zijn zoals hij is", r, pos),
			fmt.Sprintf("contains an invisible character (%U) at position %d; a code must read as what it is", r, pos)})
		return
	}
	switch {
	case taken == code:
		s.add(FieldCode, "duplicate", Text{
			fmt.Sprintf("de code %s is al in gebruik", code), fmt.Sprintf("the code %s is already in use", code)})
		return
	case taken != "":
		s.add(FieldCode, "duplicate", Text{
			fmt.Sprintf("de code %q is dezelfde als %q: hoofd- en kleine letters, spaties aan begin en eind en varianten van hetzelfde teken tellen niet mee", code, taken),
			fmt.Sprintf("the code %q is the same as %q: case, spaces at either end and variants of one character do not count", code, taken)})
		return
	}
	s.text(FieldCode, code)
}

// firstInvisible finds the first format character (Unicode category Cf:
// zero-width spaces and joiners, direction marks and overrides, the byte
// order mark, soft hyphens) in v and its position from 1.
func firstInvisible(v string) (pos int, r rune, ok bool) {
	for _, r := range v {
		pos++
		if unicode.Is(unicode.Cf, r) {
			return pos, r, true
		}
	}
	return 0, 0, false
}

// CodeKey is what makes two codes the same: codes are compared after
// trimming white space at both ends, Unicode compatibility normalisation
// (NFKC: a full-width "Ｄ１" is "D1") and case folding ("d1" is "D1").
// Validate refuses two visions or investments whose codes have the same
// key; invisible characters, which no normalisation removes, are refused
// in a code outright.
func CodeKey(code string) string {
	if isPlainASCII(code) {
		// NFKC leaves ASCII as it is and folding is lower case: the
		// usual code ("D12") needs no tables.
		return strings.ToLower(strings.TrimSpace(code))
	}
	k := norm.NFKC.String(strings.TrimSpace(code))
	k = norm.NFKC.String(cases.Fold().String(k))
	return strings.TrimSpace(k)
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// ratings checks a now/goal pair: each is 1 to 5, or 0 for not given.
// what names the rated thing in the message ("een antwoord", "an answer").
func (s *problemSink) ratings(nowField, goalField Field, now, goal Rating, what Text) {
	for _, r := range []struct {
		field Field
		v     Rating
	}{{nowField, now}, {goalField, goal}} {
		if r.v < 0 || r.v > 5 {
			s.add(r.field, "range", Text{
				fmt.Sprintf("%s is 1 tot en met 5 of leeg, niet %d", what.NL, r.v),
				fmt.Sprintf("%s is 1 to 5 or empty, not %d", what.EN, r.v)})
		}
	}
}

// Validate reports every problem with the plan, in a fixed order: the
// school, the plan, then each list in the order of the plan, each entity's
// fields in the order of the interchange format. An empty result means the
// plan may be saved, analysed and exported.
func (p *Plan) Validate() Problems {
	s := &problemSink{}

	s.at(EntitySchool, "")
	if strings.TrimSpace(p.School.Name) == "" {
		s.required(FieldSchoolName)
	}
	s.text(FieldSchoolName, p.School.Name)
	s.text(FieldSchoolBRIN, p.School.BRIN)
	if p.School.Sector != "" && !p.School.Sector.Valid() {
		s.enum(FieldSchoolSector, string(p.School.Sector), sectors.values())
	}
	if p.School.Pupils < 0 {
		s.add(FieldSchoolPupils, "negative", Text{"mag niet negatief zijn", "must not be negative"})
	}
	s.nonNegative(FieldSchoolStaffFTE, p.School.StaffFTE)
	s.text(FieldSchoolBoard, p.School.Board)

	s.at(EntityPlan, "")
	// The plan's own id may be empty: the store gives it one.
	s.text(FieldID, p.ID)
	if strings.TrimSpace(p.Title) == "" {
		s.required(FieldPlanTitle)
	}
	s.text(FieldPlanTitle, p.Title)
	periodOK := true
	if p.StartYear == 0 {
		s.required(FieldPlanStartYear)
		periodOK = false
	}
	if p.EndYear == 0 {
		s.required(FieldPlanEndYear)
		periodOK = false
	}
	if periodOK {
		switch {
		case p.StartYear < 1900 || p.StartYear > 9999:
			s.add(FieldPlanStartYear, "range", Text{
				fmt.Sprintf("%d is geen geldig jaar", p.StartYear), fmt.Sprintf("%d is not a valid year", p.StartYear)})
			periodOK = false
		case p.EndYear < p.StartYear:
			s.add(FieldPlanEndYear, "before_start", Text{
				fmt.Sprintf("%d ligt voor het beginjaar %d", p.EndYear, p.StartYear),
				fmt.Sprintf("%d is before the start year %d", p.EndYear, p.StartYear)})
			periodOK = false
		case p.EndYear-p.StartYear+1 > MaxPlanYears:
			s.add(FieldPlanEndYear, "period_too_long", Text{
				fmt.Sprintf("de planperiode %d-%d is langer dan %d jaar", p.StartYear, p.EndYear, MaxPlanYears),
				fmt.Sprintf("the plan period %d-%d is longer than %d years", p.StartYear, p.EndYear, MaxPlanYears)})
			periodOK = false
		}
	}
	if p.Status != "" && !p.Status.Valid() {
		s.enum(FieldPlanStatus, string(p.Status), planStatuses.values())
	}
	s.text(FieldPlanVersion, p.Version)
	s.date(FieldPlanDate, p.Date)
	for i, a := range p.Authors {
		s.text(FieldPlanAuthor.At(i), a)
	}
	if p.Ambition != "" && !p.Ambition.Valid() {
		s.enum(FieldPlanAmbition, string(p.Ambition), ambitions.values())
	}
	// Slices, not maps: the order of the problems must not depend on map
	// iteration.
	for _, t := range []struct {
		field Field
		v     Teaching
	}{{FieldPlanTeachingNow, p.TeachingNow}, {FieldPlanTeachingGoal, p.TeachingGoal}} {
		if t.v != "" && !t.v.Valid() {
			s.enum(t.field, string(t.v), teachings.values())
		}
	}
	for _, m := range []struct {
		field Field
		v     Material
	}{{FieldPlanMaterialNow, p.MaterialNow}, {FieldPlanMaterialGoal, p.MaterialGoal}} {
		if m.v != "" && !m.v.Valid() {
			s.enum(m.field, string(m.v), materials.values())
		}
	}
	years := make([]int, 0, len(p.BudgetCeiling))
	for y := range p.BudgetCeiling {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		field := FieldPlanBudgetCeiling.Key(strconv.Itoa(y))
		s.money(field, p.BudgetCeiling[y])
		if periodOK && (y < p.StartYear || y > p.EndYear) {
			s.add(field, "outside_period", Text{
				fmt.Sprintf("het jaar %d ligt buiten de planperiode %d-%d", y, p.StartYear, p.EndYear),
				fmt.Sprintf("the year %d is outside the plan period %d-%d", y, p.StartYear, p.EndYear)})
		}
	}
	if p.VoteBudget < 0 {
		s.add(FieldPlanVoteBudget, "negative", Text{"mag niet negatief zijn", "must not be negative"})
	}
	s.boardFields(p)
	s.previousFields(p)

	ids := make(map[string]bool, len(p.Visions)+len(p.Investments)+len(p.Agreements)+len(p.Assessments)+len(p.Votes)+
		len(p.Inventory)+len(p.Organisation)+len(p.Risks))
	checkID := func(id string) {
		if id == "" {
			s.required(FieldID)
			return
		}
		if ids[id] {
			s.add(FieldID, "duplicate", Text{
				fmt.Sprintf("het id %s komt vaker voor", id), fmt.Sprintf("the id %s occurs more than once", id)})
		}
		ids[id] = true
		s.text(FieldID, id)
	}

	// codes maps CodeKey of every vision and investment code seen so far to
	// the first code with that key: codes are unique over both lists.
	codes := make(map[string]string, len(p.Visions)+len(p.Investments))
	takeCode := func(code string) string {
		k := CodeKey(code)
		if k == "" {
			return ""
		}
		if first, ok := codes[k]; ok {
			return first
		}
		codes[k] = code
		return ""
	}

	visionIDs := make(map[string]bool, len(p.Visions))
	for i, v := range p.Visions {
		s.at(EntityVision, refOf(v.Code, i))
		checkID(v.ID)
		visionIDs[v.ID] = true
		s.code(v.Code, takeCode(v.Code))
		if strings.TrimSpace(v.Title) == "" {
			s.required(FieldTitle)
		}
		s.text(FieldTitle, v.Title)
		s.multiline(FieldText, v.Text)
		for _, r := range v.Returns {
			if !r.Valid() {
				s.enum(FieldReturns, string(r), returns.values())
			}
		}
		if v.Priority < 0 {
			s.add(FieldPriority, "negative", Text{"mag niet negatief zijn", "must not be negative"})
		}
		// The indicator may run over lines, like the vision's text.
		s.multiline(FieldEvaluationIndicator, v.Evaluation.Indicator)
		if m := v.Evaluation.Moment; periodOK && !m.IsZero() && (m.Year() < p.StartYear || m.Year() > p.EndYear) {
			s.add(FieldEvaluationMoment, "outside_period", Text{
				fmt.Sprintf("%s ligt buiten de planperiode %d-%d", m, p.StartYear, p.EndYear),
				fmt.Sprintf("%s is outside the plan period %d-%d", m, p.StartYear, p.EndYear)})
		}
		s.visionEvaluations(p, &v, periodOK)
	}

	invIDs := make(map[string]bool, len(p.Investments))
	for _, inv := range p.Investments {
		invIDs[inv.ID] = true
	}
	for i, inv := range p.Investments {
		s.at(EntityInvestment, refOf(inv.Code, i))
		checkID(inv.ID)
		s.code(inv.Code, takeCode(inv.Code))
		if strings.TrimSpace(inv.Title) == "" {
			s.required(FieldTitle)
		}
		s.text(FieldTitle, inv.Title)
		s.multiline(FieldDescription, inv.Description)
		if inv.Block == "" {
			s.required(FieldBlock)
		} else if !inv.Block.Valid() {
			s.enum(FieldBlock, string(inv.Block), blocks.values())
		} else if !inv.Category.ValidFor(inv.Block) {
			allowed := make([]string, 0)
			for _, c := range CategoriesOf(inv.Block) {
				allowed = append(allowed, string(c))
			}
			s.add(FieldCategory, "enum", Text{
				fmt.Sprintf("%q is geen categorie van %s; kies uit %s", inv.Category, inv.Block.Label(NL), strings.Join(allowed, ", ")),
				fmt.Sprintf("%q is not a category of %s; choose from %s", inv.Category, inv.Block.Label(EN), strings.Join(allowed, ", ")),
			})
		}
		s.text(FieldCategory, string(inv.Category))
		if inv.MaterialType != "" && !inv.MaterialType.Valid() {
			s.enum(FieldMaterialType, string(inv.MaterialType), materials.values())
		}
		switch {
		case inv.Focus == "":
		case !inv.Focus.Valid():
			s.enum(FieldFocus, string(inv.Focus), focuses.values())
		case inv.Block.Valid() && inv.Block != BlockDeskundigheid:
			// Refused rather than ignored: a focus on an inhoud
			// investment would be kept in the file and shown nowhere.
			// MoveInvestment clears it when an investment leaves
			// deskundigheid. An unknown or missing block is reported
			// above; the focus is not judged against it.
			s.add(FieldFocus, "deskundigheid_only", Text{
				fmt.Sprintf("alleen een investering in deskundigheid heeft een focus, en deze hoort bij %s; maak de focus leeg of kies deskundigheid", inv.Block.Label(NL)),
				fmt.Sprintf("only an investment in expertise has a focus, and this one belongs to %s; clear the focus or choose expertise", inv.Block.Label(EN))})
		}
		if inv.Start.IsZero() {
			s.required(FieldStart)
		}
		if periodOK {
			for _, f := range []struct {
				name Field
				m    Month
			}{{FieldStart, inv.Start}, {FieldEnd, inv.End}} {
				if !f.m.IsZero() && (f.m.Year() < p.StartYear || f.m.Year() > p.EndYear) {
					s.add(f.name, "outside_period", Text{
						fmt.Sprintf("%s ligt buiten de planperiode %d-%d", f.m, p.StartYear, p.EndYear),
						fmt.Sprintf("%s is outside the plan period %d-%d", f.m, p.StartYear, p.EndYear)})
				}
			}
		}
		if !inv.End.IsZero() && !inv.Start.IsZero() && inv.End < inv.Start {
			s.add(FieldEnd, "before_start", Text{
				fmt.Sprintf("%s ligt voor de start %s", inv.End, inv.Start),
				fmt.Sprintf("%s is before the start %s", inv.End, inv.Start)})
		}
		s.text(FieldOwner, inv.Owner)
		if inv.Status != "" && !inv.Status.Valid() {
			s.enum(FieldStatus, string(inv.Status), investmentStatuses.values())
		}
		s.money(FieldCostOneOff, inv.Cost.OneOff)
		s.money(FieldCostRecurring, inv.Cost.Recurring)
		if inv.Cost.DepreciationYears < 0 || inv.Cost.DepreciationYears > MaxDepreciationYears {
			s.add(FieldCostDepreciationYears, "range", Text{
				fmt.Sprintf("moet tussen 0 en %d jaar liggen, niet %d", MaxDepreciationYears, inv.Cost.DepreciationYears),
				fmt.Sprintf("must be between 0 and %d years, not %d", MaxDepreciationYears, inv.Cost.DepreciationYears)})
		}
		seenLink := linkSeen(inv.VisionIDs)
		for k, id := range inv.VisionIDs {
			if listedBefore(inv.VisionIDs, k, seenLink) {
				s.add(FieldVisions, "duplicate_link", Text{
					"noemt dezelfde visie-uitspraak twee keer", "names the same vision statement twice"})
			}
			if !visionIDs[id] {
				s.add(FieldVisions, "unknown_link", Text{
					fmt.Sprintf("verwijst naar een visie-uitspraak die niet bestaat (%s)", quoteID(id)),
					fmt.Sprintf("refers to a vision statement that does not exist (%s)", quoteID(id))})
			}
		}
		seenDep := linkSeen(inv.DependsOnIDs)
		for k, id := range inv.DependsOnIDs {
			if listedBefore(inv.DependsOnIDs, k, seenDep) {
				s.add(FieldDependsOn, "duplicate_link", Text{
					"noemt dezelfde investering twee keer", "names the same investment twice"})
			}
			switch {
			case id == inv.ID:
				s.add(FieldDependsOn, "cycle", Text{"een investering kan niet van zichzelf afhangen", "an investment cannot depend on itself"})
			case !invIDs[id]:
				s.add(FieldDependsOn, "unknown_link", Text{
					fmt.Sprintf("verwijst naar een investering die niet bestaat (%s)", quoteID(id)),
					fmt.Sprintf("refers to an investment that does not exist (%s)", quoteID(id))})
			}
		}
		s.investmentLife(p, &inv, periodOK)
	}
	if cyc := DependencyCycle(p); len(cyc) > 1 {
		s.at(EntityInvestment, cyc[0])
		path := strings.Join(append(cyc, cyc[0]), " -> ")
		s.add(FieldDependsOn, "cycle", Text{
			"de afhankelijkheden vormen een kring: " + path,
			"the dependencies form a cycle: " + path})
	}

	for i, a := range p.Agreements {
		s.at(EntityAgreement, refOf("", i))
		checkID(a.ID)
		if a.Kind == "" {
			s.required(FieldKind)
		} else if !a.Kind.Valid() {
			s.enum(FieldKind, string(a.Kind), agreementKinds.values())
		}
		if a.Coverage == "" {
			s.required(FieldCoverage)
		} else if !a.Coverage.Valid() {
			s.enum(FieldCoverage, string(a.Coverage), coverages.values())
		}
		s.multiline(FieldText, a.Text)
	}

	// Reused per assessment: cleared, not made again.
	seenStmt := map[string]bool{}
	seenApp := map[Application]bool{}
	for i, a := range p.Assessments {
		ref := refOf("", i)
		if a.Participant != "" {
			ref = a.Participant
		}
		s.at(EntityAssessment, ref)
		checkID(a.ID)
		s.text(FieldSession, a.Session)
		s.text(FieldParticipant, a.Participant)
		if a.Role == "" {
			s.required(FieldRole)
		} else if !a.Role.Valid() {
			s.enum(FieldRole, string(a.Role), roles.values())
		}
		// Unknown blocks first, in byte order, then the bouwstenen in
		// their order (as sortedBlocks sorts them); the fields are
		// spelled out only for a problem.
		if known := knownScores(a.Scores); known < len(a.Scores) {
			for _, b := range sortedBlocks(a.Scores)[:len(a.Scores)-known] {
				s.enum(FieldScores, string(b), blocks.values())
			}
		}
		for _, bv := range blocks {
			b := Block(bv.value)
			if sc, ok := a.Scores[b]; ok && !(sc.Now.inRange() && sc.Goal.inRange()) {
				s.ratings(FieldScoreNow.Key(string(b)), FieldScoreGoal.Key(string(b)), sc.Now, sc.Goal, Text{"een score", "a score"})
			}
		}
		s.text(FieldQuestionSet, a.QuestionSet)
		clear(seenStmt)
		for k, an := range a.Answers {
			// The field is spelled out only for a problem: a large
			// plan has thousands of answers.
			if strings.TrimSpace(an.Statement) == "" {
				s.required(FieldAnswerStatement.At(k))
			} else if seenStmt[an.Statement] {
				s.add(FieldAnswerStatement.At(k), "duplicate", Text{
					fmt.Sprintf("de stelling %s is al beantwoord", an.Statement),
					fmt.Sprintf("the statement %s is already answered", an.Statement)})
			}
			seenStmt[an.Statement] = true
			if !plainText(an.Statement, false) {
				s.text(FieldAnswerStatement.At(k), an.Statement)
			}
			if !(an.Now.inRange() && an.Goal.inRange()) {
				s.ratings(FieldAnswerNow.At(k), FieldAnswerGoal.At(k), an.Now, an.Goal, Text{"een antwoord", "an answer"})
			}
		}
		clear(seenApp)
		for _, ap := range a.Applications {
			switch {
			case !ap.Valid():
				s.enum(FieldApplications, string(ap), applications.values())
			case seenApp[ap]:
				s.add(FieldApplications, "duplicate", Text{
					fmt.Sprintf("%s (%s) staat twee keer in de lijst", ap, ap.Label(NL)),
					fmt.Sprintf("%s (%s) is in the list twice", ap, ap.Label(EN))})
			}
			seenApp[ap] = true
		}
		s.roundYear(p, a.Year, periodOK)
	}

	s.at(EntityIndicators, "")
	ind := p.Indicators
	if ind.PupilsPerComputer != nil {
		s.nonNegative(FieldIndicatorsPupilsPerComputer, *ind.PupilsPerComputer)
	}
	s.percent(FieldIndicatorsDigitalMaterialPct, ind.DigitalMaterialPct)
	s.percent(FieldIndicatorsDigitalMaterialGoalPct, ind.DigitalMaterialGoalPct)
	s.percent(FieldIndicatorsLaptopSharePct, ind.LaptopSharePct)
	s.percent(FieldIndicatorsTabletSharePct, ind.TabletSharePct)
	s.percent(FieldIndicatorsBYODPct, ind.BYODPct)
	s.percent(FieldIndicatorsDigiboardRoomsPct, ind.DigiboardRoomsPct)

	for i, v := range p.Votes {
		ref := refOf("", i)
		if v.Participant != "" {
			ref = v.Participant
		}
		s.at(EntityVote, ref)
		checkID(v.ID)
		s.text(FieldSession, v.Session)
		s.text(FieldParticipant, v.Participant)
		if v.Role != "" && !v.Role.Valid() {
			s.enum(FieldRole, string(v.Role), roles.values())
		}
		total := 0
		seen := map[string]bool{}
		for k, vp := range v.Points {
			field := FieldPointsInvestment.At(k)
			if !invIDs[vp.InvestmentID] {
				s.add(field, "unknown_link", Text{
					fmt.Sprintf("verwijst naar een investering die niet bestaat (%s)", quoteID(vp.InvestmentID)),
					fmt.Sprintf("refers to an investment that does not exist (%s)", quoteID(vp.InvestmentID))})
			}
			if seen[vp.InvestmentID] {
				s.add(field, "duplicate_link", Text{
					"noemt dezelfde investering twee keer", "names the same investment twice"})
			}
			seen[vp.InvestmentID] = true
			if vp.Points < 0 {
				s.add(FieldPointsPoints.At(k), "negative", Text{"mag niet negatief zijn", "must not be negative"})
			}
			total += vp.Points
		}
		if p.VoteBudget > 0 && total > p.VoteBudget {
			s.add(FieldPoints, "over_budget", Text{
				fmt.Sprintf("verdeelt %d punten, meer dan de %d die iedere deelnemer heeft", total, p.VoteBudget),
				fmt.Sprintf("spreads %d points, more than the %d each participant has", total, p.VoteBudget)})
		}
	}

	s.boardLists(p, periodOK, checkID)
	s.lifecycleLists(p, checkID)
	s.themeLists(p, checkID)
	return s.out
}

// inRange says whether r is a valid rating: 1 to 5, or 0 for not given
// (ratings).
func (r Rating) inRange() bool { return r >= 0 && r <= 5 }

// knownScores counts the bouwstenen among the keys of m.
func knownScores(m map[Block]Score) int {
	n := 0
	for _, b := range blocks {
		if _, ok := m[Block(b.value)]; ok {
			n++
		}
	}
	return n
}

// linkSeen makes the set that listedBefore needs for a long list of
// links, and nil for a short one.
func linkSeen(ids []string) map[string]bool {
	if len(ids) <= shortLinks {
		return nil
	}
	return make(map[string]bool, len(ids))
}

// shortLinks is the length up to which listedBefore looks back along the
// list rather than keep a set.
const shortLinks = 32

// listedBefore says whether ids[k] is also at an earlier place in ids: a
// link listed twice. It is called for k = 0, 1, 2, ... in turn, with seen
// from linkSeen(ids). A list of links is short (the visions an investment
// serves, what it depends on), so looking back costs less than a map; a
// long list, which only a damaged file holds, gets a set, so that it
// costs no square.
func listedBefore(ids []string, k int, seen map[string]bool) bool {
	if seen != nil {
		again := seen[ids[k]]
		seen[ids[k]] = true
		return again
	}
	for _, id := range ids[:k] {
		if id == ids[k] {
			return true
		}
	}
	return false
}

// quoteID writes an id for a message: as it is when it is plain printable
// text, else quoted with escapes, so that a damaged id shows what it holds.
func quoteID(id string) string {
	for _, r := range id {
		if r < 0x21 || r > 0x7e {
			return strconv.Quote(id)
		}
	}
	return id
}

func refOf(code string, i int) string {
	if code != "" {
		return code
	}
	return fmt.Sprintf("#%d", i+1)
}

func sortedBlocks(m map[Block]Score) []Block {
	out := make([]Block, 0, len(m))
	for b := range m {
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool {
		ii, jj := index(blocks, string(out[i])), index(blocks, string(out[j]))
		if ii != jj {
			return ii < jj
		}
		return out[i] < out[j]
	})
	return out
}

// DependencyCycle returns the codes of one cycle among the investments'
// dependencies, in order, or nil when there is none. The search visits
// investments in code order so the same plan always names the same cycle.
func DependencyCycle(p *Plan) []string {
	if !dependenciesMayCycle(p) {
		return nil
	}
	return searchDependencyCycle(p)
}

// searchDependencyCycle is DependencyCycle without the quick test first.
func searchDependencyCycle(p *Plan) []string {
	byID := make(map[string]*Investment, len(p.Investments))
	order := make([]*Investment, 0, len(p.Investments))
	for i := range p.Investments {
		byID[p.Investments[i].ID] = &p.Investments[i]
		order = append(order, &p.Investments[i])
	}
	sort.SliceStable(order, func(i, j int) bool { return CodeLess(order[i].Code, order[j].Code) })
	const (
		white = 0
		grey  = 1
		black = 2
	)
	colour := map[string]int{}
	var stack []string
	var found []string
	var visit func(inv *Investment) bool
	visit = func(inv *Investment) bool {
		colour[inv.ID] = grey
		stack = append(stack, inv.ID)
		deps := append([]string(nil), inv.DependsOnIDs...)
		sort.SliceStable(deps, func(i, j int) bool {
			a, b := byID[deps[i]], byID[deps[j]]
			if a == nil || b == nil {
				return a != nil
			}
			return CodeLess(a.Code, b.Code)
		})
		for _, d := range deps {
			next := byID[d]
			if next == nil || d == inv.ID {
				continue
			}
			switch colour[d] {
			case grey:
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k] == d {
						for _, id := range stack[k:] {
							found = append(found, byID[id].Code)
						}
						return true
					}
				}
			case white:
				if visit(next) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		colour[inv.ID] = black
		return false
	}
	for _, inv := range order {
		if colour[inv.ID] == white && visit(inv) {
			return found
		}
	}
	return nil
}

// dependenciesMayCycle is a quick test that DependencyCycle would find
// nothing, so that Validate of a plan without a cycle (every plan this
// program saves) skips the sorted search: a topological sort (Kahn's) of
// the graph whose nodes are the investment IDs and whose edges are every
// investment's dependencies on an ID that is there and not its own. The
// search only follows edges of that graph, so when the sort takes every
// node there is no cycle for it to find; otherwise (also when two
// investments share an ID) the search decides and names the cycle.
func dependenciesMayCycle(p *Plan) bool {
	edges := 0
	for i := range p.Investments {
		edges += len(p.Investments[i].DependsOnIDs)
	}
	if edges == 0 {
		return false
	}
	node := make(map[string]int32, len(p.Investments))
	for i := range p.Investments {
		if _, ok := node[p.Investments[i].ID]; !ok {
			node[p.Investments[i].ID] = int32(len(node))
		}
	}
	n := len(node)
	// The edges as compressed rows: the targets of node u are
	// to[start[u]:start[u+1]].
	start := make([]int32, n+2)
	to := make([]int32, 0, edges)
	indegree := make([]int32, n)
	for i := range p.Investments {
		inv := &p.Investments[i]
		for _, d := range inv.DependsOnIDs {
			if v, ok := node[d]; ok && d != inv.ID {
				start[node[inv.ID]+2]++
				indegree[v]++
			}
		}
	}
	for u := 2; u < len(start); u++ {
		start[u] += start[u-1]
	}
	to = to[:start[n+1]]
	for i := range p.Investments {
		inv := &p.Investments[i]
		u := node[inv.ID]
		for _, d := range inv.DependsOnIDs {
			if v, ok := node[d]; ok && d != inv.ID {
				to[start[u+1]] = v
				start[u+1]++
			}
		}
	}
	// start[u+1] has moved on to the end of u's row, which is where row
	// u+1 begins: start[u]:start[u+1] is now row u.
	queue := make([]int32, 0, n)
	for u := 0; u < n; u++ {
		if indegree[u] == 0 {
			queue = append(queue, int32(u))
		}
	}
	for k := 0; k < len(queue); k++ {
		u := queue[k]
		for _, v := range to[start[u]:start[u+1]] {
			if indegree[v]--; indegree[v] == 0 {
				queue = append(queue, v)
			}
		}
	}
	return len(queue) < n
}
