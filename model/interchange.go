package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
)

// Format is the name and version of the interchange format.
const Format = "balansplan/1"

// NewID returns a fresh entity ID.
func NewID() string { return uuid.NewString() }

// DecodeJSON reads a plan in the interchange format balansplan/1. It reads
// all of it or nothing: when anything is wrong it returns no plan and every
// problem it found, each naming the entity and the field. IDs absent from
// the file are generated; links given as codes become links by ID.
func DecodeJSON(r io.Reader) (*Plan, Problems) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fileProblem("read", Text{
			"het bestand kon niet gelezen worden: " + err.Error(),
			"the file could not be read: " + err.Error()})
	}
	return DecodeJSONBytes(data)
}

// utf8BOM is the byte order mark some editors put before UTF-8 text. It
// says nothing in UTF-8 and is skipped.
var utf8BOM = []byte("\xef\xbb\xbf")

// DecodeJSONBytes is DecodeJSON on a file already in memory.
//
// Beyond JSON's own rules it refuses what encoding/json would let pass
// silently: a key given twice in one object (the last would win) and a
// \u escape of half a UTF-16 surrogate pair (it would become U+FFFD). A
// byte order mark at the start is accepted. Amounts are exact: a
// fraction of a cent is an error, never rounded.
func DecodeJSONBytes(data []byte) (*Plan, Problems) {
	if len(data) > MaxFileSize {
		return nil, fileProblem("too_large", Text{
			fmt.Sprintf("het bestand is groter dan %d MB", MaxFileSize/1024/1024),
			fmt.Sprintf("the file is larger than %d MB", MaxFileSize/1024/1024)})
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fileProblem("empty", Text{"het bestand is leeg", "the file is empty"})
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, fileProblem("utf8", Text{
			fmt.Sprintf("het bestand is geen geldige UTF-8-tekst (fout bij byte %d)", off),
			fmt.Sprintf("the file is not valid UTF-8 text (error at byte %d)", off)})
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, fileProblem("syntax", jsonSyntaxText(data, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fileProblem("syntax", Text{
			"na het einde van het JSON-document staat nog meer tekst",
			"there is more text after the end of the JSON document"})
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil, fileProblem("not_object", Text{
			"het bestand is geen JSON-object en dus geen Balansplan-plan",
			"the file is not a JSON object and so not a Balansplan plan"})
	}
	// The document is well-formed JSON; look at what the generic tree
	// no longer shows.
	ps := scanJSON(data)
	d := &decoder{sink: &problemSink{}}
	p := d.plan(root)
	if len(d.sink.out) == 1 && d.sink.out[0].Entity == EntityFile {
		// A wrong or missing format: the rest would be noise.
		return nil, append(ps, d.sink.out...)
	}
	ps = append(ps, d.sink.out...)
	// Validation sees what could be decoded; fields that failed to decode
	// were left empty and are reported once, by the decoder.
	seen := map[[3]string]bool{}
	for _, pr := range ps {
		seen[[3]string{string(pr.Entity), pr.Ref, pr.Field}] = true
	}
	for _, pr := range p.Validate() {
		if !seen[[3]string{string(pr.Entity), pr.Ref, pr.Field}] {
			ps = append(ps, pr)
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}
	return p, nil
}

func fileProblem(reason string, t Text) Problems {
	return Problems{{Entity: EntityFile, Reason: reason, Detail: t}}
}

func jsonSyntaxText(data []byte, err error) Text {
	off := int64(-1)
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		off = int64(len(data))
	}
	if off < 0 {
		return Text{"het bestand is geen geldige JSON", "the file is not valid JSON"}
	}
	line, col := TextPosition(data, int(off))
	return Text{
		fmt.Sprintf("het bestand is geen geldige JSON (regel %d, kolom %d)", line, col),
		fmt.Sprintf("the file is not valid JSON (line %d, column %d)", line, col)}
}

// decoder walks the generic JSON tree and reports every field that has the
// wrong type, so that a user learns all that is wrong in one go. Each
// helper takes the Field it reads; the JSON key is the field's last part
// ("cost.one_off" is the key "one_off" of the object "cost").
type decoder struct {
	sink *problemSink
}

// key is the JSON key of the field within its object.
func (f Field) key() string {
	s := string(f)
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func (d *decoder) typeErr(field Field, want string, got any) {
	wantNL := map[string]string{"string": "een tekst", "number": "een getal", "integer": "een geheel getal",
		"object": "een object", "array": "een lijst", "boolean": "waar of onwaar", "score": "een score 1 tot en met 5 of null"}[want]
	wantEN := map[string]string{"string": "a text", "number": "a number", "integer": "a whole number",
		"object": "an object", "array": "a list", "boolean": "true or false", "score": "a score 1 to 5 or null"}[want]
	g := describe(got)
	d.sink.add(field, "type", Text{
		fmt.Sprintf("moet %s zijn, maar is %s", wantNL, g.NL),
		fmt.Sprintf("must be %s, but is %s", wantEN, g.EN)})
}

func describe(v any) Text {
	switch x := v.(type) {
	case nil:
		return Text{"null", "null"}
	case string:
		q := x
		if utf8.RuneCountInString(q) > 40 {
			q = string([]rune(q)[:40]) + "…"
		}
		return Text{fmt.Sprintf("de tekst %q", q), fmt.Sprintf("the text %q", q)}
	case json.Number:
		return Text{"het getal " + x.String(), "the number " + x.String()}
	case bool:
		return Text{fmt.Sprintf("%v", x), fmt.Sprintf("%v", x)}
	case []any:
		return Text{"een lijst", "a list"}
	case map[string]any:
		return Text{"een object", "an object"}
	}
	return Text{"iets onbekends", "something unknown"}
}

func (d *decoder) obj(m map[string]any, field Field) map[string]any {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return nil
	}
	o, ok := v.(map[string]any)
	if !ok {
		d.typeErr(field, "object", v)
		return nil
	}
	return o
}

func (d *decoder) arr(m map[string]any, field Field) []any {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return nil
	}
	a, ok := v.([]any)
	if !ok {
		d.typeErr(field, "array", v)
		return nil
	}
	return a
}

func (d *decoder) str(m map[string]any, field Field) string {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		d.typeErr(field, "string", v)
		return ""
	}
	return s
}

// strs reads a list of texts; an element of the wrong type is named by
// its position ("plan.authors[2]").
func (d *decoder) strs(m map[string]any, field Field) []string {
	a := d.arr(m, field)
	var out []string
	for i, v := range a {
		s, ok := v.(string)
		if !ok {
			d.typeErr(field.Elem().At(i), "string", v)
			continue
		}
		out = append(out, s)
	}
	return out
}

func (d *decoder) integer(m map[string]any, field Field) int {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return 0
	}
	n, ok := v.(json.Number)
	if !ok {
		d.typeErr(field, "integer", v)
		return 0
	}
	i, err := strconv.ParseInt(n.String(), 10, 32)
	if err != nil {
		f, ferr := n.Float64()
		if ferr != nil || f != math.Trunc(f) || math.Abs(f) > math.MaxInt32 {
			d.typeErr(field, "integer", v)
			return 0
		}
		i = int64(f)
	}
	return int(i)
}

func (d *decoder) float(m map[string]any, field Field) *float64 {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return nil
	}
	n, ok := v.(json.Number)
	if !ok {
		d.typeErr(field, "number", v)
		return nil
	}
	f, err := n.Float64()
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		d.typeErr(field, "number", v)
		return nil
	}
	return &f
}

// money reads an amount exactly (ParseMoney): a fraction of a cent or an
// amount beyond MaxMoney is reported with ParseMoney's reason.
func (d *decoder) money(m map[string]any, field Field) Money {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return 0
	}
	n, ok := v.(json.Number)
	if !ok {
		d.typeErr(field, "number", v)
		return 0
	}
	mo, err := ParseMoney(n.String())
	if err != nil {
		if me, ok := err.(*MoneyError); ok {
			d.sink.add(field, me.Reason, me.Text)
		} else {
			d.typeErr(field, "number", v)
		}
		return 0
	}
	return mo
}

func (d *decoder) boolean(m map[string]any, field Field) *bool {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return nil
	}
	b, ok := v.(bool)
	if !ok {
		d.typeErr(field, "boolean", v)
		return nil
	}
	return &b
}

func (d *decoder) month(m map[string]any, field Field) Month {
	s := d.str(m, field)
	mo, err := ParseMonth(s)
	if err != nil {
		d.sink.add(field, "month", Text{
			fmt.Sprintf("%q is geen maand in de vorm JJJJ-MM", s),
			fmt.Sprintf("%q is not a month of the form YYYY-MM", s)})
	}
	return mo
}

func (d *decoder) id(m map[string]any) string {
	s := d.str(m, FieldID)
	if s == "" {
		return NewID()
	}
	u, err := uuid.Parse(s)
	if err != nil {
		d.sink.add(FieldID, "id", Text{
			fmt.Sprintf("%q is geen geldige UUID", s), fmt.Sprintf("%q is not a valid UUID", s)})
		return NewID()
	}
	return u.String()
}

func (d *decoder) plan(root map[string]any) *Plan {
	p := &Plan{}
	d.sink.at(EntityFile, "")
	switch f := root[FieldFormat.key()].(type) {
	case string:
		if f != Format {
			d.sink.add(FieldFormat, "format", Text{
				fmt.Sprintf("het formaat %q kent Balansplan niet; verwacht is %q", f, Format),
				fmt.Sprintf("Balansplan does not know the format %q; expected %q", f, Format)})
			return p
		}
	case nil:
		d.sink.add(FieldFormat, "format", Text{
			fmt.Sprintf("het veld format ontbreekt; dit lijkt geen Balansplan-bestand (verwacht %q)", Format),
			fmt.Sprintf("the field format is missing; this does not look like a Balansplan file (expected %q)", Format)})
		return p
	default:
		d.typeErr(FieldFormat, "string", f)
		return p
	}

	d.sink.at(EntitySchool, "")
	if _, ok := root[FieldSchool.key()]; !ok {
		d.sink.required(FieldSchool)
	}
	if s := d.obj(root, FieldSchool); s != nil {
		p.School.Name = d.str(s, FieldSchoolName)
		p.School.BRIN = d.str(s, FieldSchoolBRIN)
		p.School.Sector = Sector(d.str(s, FieldSchoolSector))
		p.School.Pupils = d.integer(s, FieldSchoolPupils)
		if f := d.float(s, FieldSchoolStaffFTE); f != nil {
			p.School.StaffFTE = *f
		}
		p.School.Board = d.str(s, FieldSchoolBoard)
	}

	d.sink.at(EntityPlan, "")
	if _, ok := root[FieldPlan.key()]; !ok {
		d.sink.required(FieldPlan)
	}
	if pl := d.obj(root, FieldPlan); pl != nil {
		p.ID = d.id(pl)
		p.Title = d.str(pl, FieldPlanTitle)
		p.StartYear = d.integer(pl, FieldPlanStartYear)
		p.EndYear = d.integer(pl, FieldPlanEndYear)
		p.Status = PlanStatus(d.str(pl, FieldPlanStatus))
		if p.Status == "" {
			p.Status = StatusConcept
		}
		p.Version = d.str(pl, FieldPlanVersion)
		p.Date = d.str(pl, FieldPlanDate)
		p.VoteBudget = d.integer(pl, FieldPlanVoteBudget)
		p.Authors = d.strs(pl, FieldPlanAuthors)
		p.Ambition = Ambition(d.str(pl, FieldPlanAmbition))
		if t := d.obj(pl, FieldPlanTeaching); t != nil {
			p.TeachingNow = Teaching(d.str(t, FieldPlanTeachingNow))
			p.TeachingGoal = Teaching(d.str(t, FieldPlanTeachingGoal))
		}
		if m := d.obj(pl, FieldPlanMaterial); m != nil {
			p.MaterialNow = Material(d.str(m, FieldPlanMaterialNow))
			p.MaterialGoal = Material(d.str(m, FieldPlanMaterialGoal))
		}
		if bc := d.obj(pl, FieldPlanBudgetCeilings); bc != nil {
			p.BudgetCeiling = map[int]Money{}
			for _, k := range sortedKeys(bc) {
				field := FieldPlanBudgetCeiling.Key(k)
				y, err := strconv.Atoi(k)
				if err != nil || y < 1 || y > 9999 || strconv.Itoa(y) != k {
					d.sink.add(field, "year", Text{
						fmt.Sprintf("%q is geen jaartal", k), fmt.Sprintf("%q is not a year", k)})
					continue
				}
				if bc[k] == nil {
					continue
				}
				p.BudgetCeiling[y] = d.money(bc, field)
			}
		}
		d.boardFields(pl, p)
		d.previousField(pl, p)
	} else {
		p.ID = NewID()
	}

	visionByCode := map[string]string{}
	for i, v := range d.arr(root, FieldListVisions) {
		m, ok := d.element(EntityVision, FieldListVisions, FieldCode, i, v)
		if !ok {
			continue
		}
		var vi Vision
		vi.ID = d.id(m)
		vi.Code = d.str(m, FieldCode)
		vi.Title = d.str(m, FieldTitle)
		vi.Text = d.str(m, FieldText)
		for _, r := range d.strs(m, FieldReturns) {
			vi.Returns = append(vi.Returns, Return(r))
		}
		vi.Priority = d.integer(m, FieldPriority)
		if ev := d.obj(m, FieldEvaluation); ev != nil {
			vi.Evaluation.Indicator = d.str(ev, FieldEvaluationIndicator)
			vi.Evaluation.Moment = d.month(ev, FieldEvaluationMoment)
		}
		vi.Evaluations = d.visionEvaluations(m)
		if _, dup := visionByCode[vi.Code]; !dup && vi.Code != "" {
			visionByCode[vi.Code] = vi.ID
		}
		p.Visions = append(p.Visions, vi)
	}

	type pendingLinks struct{ visions, deps []string }
	var pending []pendingLinks
	invByCode := map[string]string{}
	for i, v := range d.arr(root, FieldListInvestments) {
		m, ok := d.element(EntityInvestment, FieldListInvestments, FieldCode, i, v)
		if !ok {
			continue
		}
		var inv Investment
		inv.ID = d.id(m)
		inv.Code = d.str(m, FieldCode)
		inv.Title = d.str(m, FieldTitle)
		inv.Description = d.str(m, FieldDescription)
		inv.Block = Block(d.str(m, FieldBlock))
		inv.Category = Category(d.str(m, FieldCategory))
		inv.MaterialType = Material(d.str(m, FieldMaterialType))
		inv.Focus = Focus(d.str(m, FieldFocus))
		inv.Start = d.month(m, FieldStart)
		inv.End = d.month(m, FieldEnd)
		inv.Owner = d.str(m, FieldOwner)
		inv.Status = InvestmentStatus(d.str(m, FieldStatus))
		if inv.Status == "" {
			inv.Status = InvGepland
		}
		if c := d.obj(m, FieldCost); c != nil {
			inv.Cost.OneOff = d.money(c, FieldCostOneOff)
			inv.Cost.Recurring = d.money(c, FieldCostRecurring)
			inv.Cost.DepreciationYears = d.integer(c, FieldCostDepreciationYears)
		}
		if pb := d.boolean(m, FieldPilot); pb != nil {
			inv.Pilot = *pb
		}
		inv.Realisation, inv.StatusChanges = d.investmentLife(m)
		pending = append(pending, pendingLinks{d.strs(m, FieldVisions), d.strs(m, FieldDependsOn)})
		if _, dup := invByCode[inv.Code]; !dup && inv.Code != "" {
			invByCode[inv.Code] = inv.ID
		}
		p.Investments = append(p.Investments, inv)
	}
	for i := range p.Investments {
		inv := &p.Investments[i]
		d.sink.at(EntityInvestment, refOf(inv.Code, i))
		for _, c := range pending[i].visions {
			id, ok := visionByCode[c]
			if !ok {
				d.sink.add(FieldVisions, "unknown_link", Text{
					fmt.Sprintf("verwijst naar visie-uitspraak %s, die niet bestaat", c),
					fmt.Sprintf("refers to vision statement %s, which does not exist", c)})
				continue
			}
			if !contains(inv.VisionIDs, id) {
				inv.VisionIDs = append(inv.VisionIDs, id)
			}
		}
		for _, c := range pending[i].deps {
			id, ok := invByCode[c]
			if !ok {
				d.unknownInvestment(FieldDependsOn, c)
				continue
			}
			if !contains(inv.DependsOnIDs, id) {
				inv.DependsOnIDs = append(inv.DependsOnIDs, id)
			}
		}
	}

	for i, v := range d.arr(root, FieldListAgreements) {
		m, ok := d.element(EntityAgreement, FieldListAgreements, "", i, v)
		if !ok {
			continue
		}
		a := Agreement{ID: d.id(m)}
		a.Kind = AgreementKind(d.str(m, FieldKind))
		a.Coverage = Coverage(d.str(m, FieldCoverage))
		a.Text = d.str(m, FieldText)
		p.Agreements = append(p.Agreements, a)
	}

	for i, v := range d.arr(root, FieldListAssessments) {
		m, ok := d.element(EntityAssessment, FieldListAssessments, FieldParticipant, i, v)
		if !ok {
			continue
		}
		a := Assessment{ID: d.id(m)}
		a.Session = d.str(m, FieldSession)
		a.Participant = d.str(m, FieldParticipant)
		a.Role = Role(d.str(m, FieldRole))
		a.QuestionSet = d.str(m, FieldQuestionSet)
		for k, x := range d.arr(m, FieldAnswers) {
			am, ok := x.(map[string]any)
			if !ok {
				d.typeErr(FieldAnswer.At(k), "object", x)
				continue
			}
			a.Answers = append(a.Answers, Answer{
				Statement: d.str(am, FieldAnswerStatement.At(k)),
				Now:       d.rating(am, FieldAnswerNow.At(k)),
				Goal:      d.rating(am, FieldAnswerGoal.At(k)),
			})
		}
		a.Applications = d.applications(m)
		a.Year = d.integer(m, FieldYear)
		if sc := d.obj(m, FieldScores); sc != nil {
			a.Scores = map[Block]Score{}
			for _, k := range sortedKeys(sc) {
				if !Block(k).Valid() {
					d.sink.enum(FieldScores, k, blocks.values())
					continue
				}
				bm := d.obj(sc, FieldScore.Key(k))
				if bm == nil {
					continue
				}
				a.Scores[Block(k)] = Score{
					Now:  d.rating(bm, FieldScoreNow.Key(k)),
					Goal: d.rating(bm, FieldScoreGoal.Key(k)),
				}
			}
		}
		p.Assessments = append(p.Assessments, a)
	}

	for i, v := range d.arr(root, FieldListVotes) {
		m, ok := d.element(EntityVote, FieldListVotes, FieldParticipant, i, v)
		if !ok {
			continue
		}
		vo := Vote{ID: d.id(m)}
		vo.Session = d.str(m, FieldSession)
		vo.Participant = d.str(m, FieldParticipant)
		vo.Role = Role(d.str(m, FieldRole))
		for k, x := range d.arr(m, FieldPoints) {
			pm, ok := x.(map[string]any)
			if !ok {
				d.typeErr(FieldPoint.At(k), "object", x)
				continue
			}
			code := d.str(pm, FieldPointsInvestment.At(k))
			id, ok := invByCode[code]
			if !ok {
				d.unknownInvestment(FieldPointsInvestment.At(k), code)
				continue
			}
			vo.Points = append(vo.Points, VotePoints{InvestmentID: id, Points: d.integer(pm, FieldPointsPoints.At(k))})
		}
		p.Votes = append(p.Votes, vo)
	}

	d.boardLists(root, p)
	d.lifecycleLists(root, p)
	d.themeData(root, p)

	d.sink.at(EntityIndicators, "")
	if ind := d.obj(root, FieldIndicators); ind != nil {
		p.Indicators = Indicators{
			PupilsPerComputer:      d.float(ind, FieldIndicatorsPupilsPerComputer),
			DigitalMaterialPct:     d.float(ind, FieldIndicatorsDigitalMaterialPct),
			DigitalMaterialGoalPct: d.float(ind, FieldIndicatorsDigitalMaterialGoalPct),
			LaptopSharePct:         d.float(ind, FieldIndicatorsLaptopSharePct),
			TabletSharePct:         d.float(ind, FieldIndicatorsTabletSharePct),
			BYODPct:                d.float(ind, FieldIndicatorsBYODPct),
			DigiboardRoomsPct:      d.float(ind, FieldIndicatorsDigiboardRoomsPct),
			Wifi:                   d.boolean(ind, FieldIndicatorsWifi),
		}
	}
	return p
}

// element is element i, v, of the list that holds entities of kind e. It
// points the sink at the entity, by the non-empty text at refField when
// there is one (refField "": none) and else by position, and reports an
// element that is not an object.
func (d *decoder) element(e EntityKind, list, refField Field, i int, v any) (map[string]any, bool) {
	d.sink.at(e, refOf("", i))
	m, ok := v.(map[string]any)
	if !ok {
		d.typeErr(list.Elem().At(i), "object", v)
		return nil, false
	}
	if refField != "" {
		if r, ok := m[refField.key()].(string); ok && r != "" {
			d.sink.at(e, r)
		}
	}
	return m, true
}

// unknownInvestment reports that field refers to an investment code that no
// investment in the file has.
func (d *decoder) unknownInvestment(field Field, code string) {
	d.sink.add(field, "unknown_link", Text{
		fmt.Sprintf("verwijst naar investering %s, die niet bestaat", code),
		fmt.Sprintf("refers to investment %s, which does not exist", code)})
}

// applications reads an assessment's applications, keeping "not
// recorded" (the key absent, or null: nil) apart from "recorded, none"
// ([]: an empty list). Unknown ids and duplicates are left for Validate.
func (d *decoder) applications(m map[string]any) []Application {
	a := d.arr(m, FieldApplications)
	if a == nil {
		return nil
	}
	out := make([]Application, 0, len(a))
	for i, v := range a {
		s, ok := v.(string)
		if !ok {
			d.typeErr(FieldApplications.Elem().At(i), "string", v)
			continue
		}
		out = append(out, Application(s))
	}
	return out
}

func (d *decoder) rating(m map[string]any, field Field) Rating {
	v, ok := m[field.key()]
	if !ok || v == nil {
		return NoRating
	}
	n, ok := v.(json.Number)
	if !ok {
		d.typeErr(field, "score", v)
		return NoRating
	}
	i, err := strconv.Atoi(n.String())
	if err != nil || i < 1 || i > 5 {
		d.sink.add(field, "range", Text{
			fmt.Sprintf("een score is 1 tot en met 5 of null, niet %s", n),
			fmt.Sprintf("a score is 1 to 5 or null, not %s", n)})
		return NoRating
	}
	return Rating(i)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The wire types fix the order and form of what EncodeJSON writes.
type (
	wireDoc struct {
		Format      string           `json:"format"`
		School      wireSchool       `json:"school"`
		Plan        wirePlan         `json:"plan"`
		Visions     []wireVision     `json:"visions"`
		Investments []wireInvestment `json:"investments"`
		Agreements  []wireAgreement  `json:"agreements"`
		Assessments []wireAssessment `json:"assessments"`
		Indicators  wireIndicators   `json:"indicators"`
		Votes       []wireVote       `json:"votes"`
		// The board chapters' lists; left out when empty, so that a
		// plan without them is written as before they existed.
		Inventory    []wireInventoryItem  `json:"inventory,omitempty"`
		Organisation []wireResponsibility `json:"organisation,omitempty"`
		Risks        []wireRisk           `json:"risks,omitempty"`
		// The plan's life (lifecyclejson.go); left out when empty.
		StatusHistory []wireStatusChange `json:"status_history,omitempty"`
		Versions      []wireVersion      `json:"versions,omitempty"`
		// The maturity register (themejson.go); left out when empty.
		Maturity []wireMaturity `json:"maturity,omitempty"`
	}
	wireVote struct {
		ID          string           `json:"id"`
		Session     string           `json:"session"`
		Participant string           `json:"participant"`
		Role        string           `json:"role"`
		Points      []wireVotePoints `json:"points"`
	}
	wireVotePoints struct {
		Investment string `json:"investment"`
		Points     int    `json:"points"`
	}
	wireAnswer struct {
		Statement string `json:"statement"`
		Now       *int   `json:"now"`
		Goal      *int   `json:"goal"`
	}
	wireSchool struct {
		Name     string  `json:"name"`
		BRIN     string  `json:"brin"`
		Sector   string  `json:"sector"`
		Pupils   int     `json:"pupils"`
		StaffFTE float64 `json:"staff_fte"`
		Board    string  `json:"board"`
	}
	wirePlan struct {
		ID            string           `json:"id"`
		Title         string           `json:"title"`
		StartYear     int              `json:"start_year"`
		EndYear       int              `json:"end_year"`
		Status        string           `json:"status"`
		Version       string           `json:"version"`
		Date          string           `json:"date"`
		Authors       []string         `json:"authors"`
		Ambition      string           `json:"ambition"`
		Teaching      wireNowGoal      `json:"teaching"`
		Material      wireNowGoal      `json:"material"`
		BudgetCeiling map[string]Money `json:"budget_ceiling"`
		VoteBudget    int              `json:"vote_budget"`
		// The board chapters' blocks and texts; each left out when
		// empty, so that a plan without them is written as before they
		// existed.
		Proposal      *wireProposal `json:"proposal,omitempty"`
		Adoption      *wireAdoption `json:"adoption,omitempty"`
		Privacy       *wirePrivacy  `json:"privacy,omitempty"`
		Review        *wireReview   `json:"review,omitempty"`
		Situation     string        `json:"situation,omitempty"`
		Organisation  string        `json:"organisation,omitempty"`
		Replacement   string        `json:"replacement,omitempty"`
		Communication string        `json:"communication,omitempty"`
		Schoolplan    string        `json:"schoolplan,omitempty"`
		// The chosen themes (themejson.go); left out when none.
		Themes []string `json:"themes,omitempty"`
		// The plan this one continues (previous.go); left out when none.
		Previous *wirePrevious `json:"previous,omitempty"`
	}
	wireNowGoal struct {
		Now  string `json:"now"`
		Goal string `json:"goal"`
	}
	wireVision struct {
		ID         string          `json:"id"`
		Code       string          `json:"code"`
		Title      string          `json:"title"`
		Text       string          `json:"text"`
		Returns    []string        `json:"returns"`
		Priority   int             `json:"priority"`
		Evaluation *wireEvaluation `json:"evaluation"` // null: not said
		// The yearly evaluations; left out when there are none.
		Evaluations []wireVisionEvaluation `json:"evaluations,omitempty"`
		Theme       string                 `json:"theme,omitempty"` // themejson.go
	}
	wireEvaluation struct {
		Indicator string `json:"indicator"`
		Moment    string `json:"moment"`
	}
	wireInvestment struct {
		ID           string   `json:"id"`
		Code         string   `json:"code"`
		Title        string   `json:"title"`
		Description  string   `json:"description"`
		Block        string   `json:"block"`
		Category     string   `json:"category"`
		MaterialType *string  `json:"material_type"`
		Focus        *string  `json:"focus"`
		Start        string   `json:"start"`
		End          string   `json:"end"`
		Owner        string   `json:"owner"`
		Status       string   `json:"status"`
		Cost         wireCost `json:"cost"`
		Visions      []string `json:"visions"`
		DependsOn    []string `json:"depends_on"`
		Pilot        bool     `json:"pilot"`
		// What was spent and the dated status changes; left out when
		// there are none.
		Realisation   []wireRealisation      `json:"realisation,omitempty"`
		StatusHistory []wireInvestmentStatus `json:"status_history,omitempty"`
		Theme         string                 `json:"theme,omitempty"` // themejson.go
	}
	wireCost struct {
		OneOff            Money `json:"one_off"`
		Recurring         Money `json:"recurring"`
		DepreciationYears int   `json:"depreciation_years"`
	}
	wireAgreement struct {
		ID       string `json:"id"`
		Kind     string `json:"kind"`
		Coverage string `json:"coverage"`
		Text     string `json:"text"`
		Theme    string `json:"theme,omitempty"` // themejson.go
	}
	wireAssessment struct {
		ID          string               `json:"id"`
		Session     string               `json:"session"`
		Participant string               `json:"participant"`
		Role        string               `json:"role"`
		Scores      map[string]wireScore `json:"scores"`
		QuestionSet string               `json:"question_set"`
		Answers     []wireAnswer         `json:"answers"`
		// Applications is null when not recorded and [] when recorded as
		// none: a nil slice and an empty one, as in the model.
		Applications []string `json:"applications"`
		// Year is the round's year; left out for the first round (0).
		Year int `json:"year,omitempty"`
	}
	wireScore struct {
		Now  *int `json:"now"`
		Goal *int `json:"goal"`
	}
	wireIndicators struct {
		PupilsPerComputer      *float64 `json:"pupils_per_computer"`
		DigitalMaterialPct     *float64 `json:"digital_material_pct"`
		DigitalMaterialGoalPct *float64 `json:"digital_material_goal_pct"`
		LaptopSharePct         *float64 `json:"laptop_share_pct"`
		TabletSharePct         *float64 `json:"tablet_share_pct"`
		BYODPct                *float64 `json:"byod_pct"`
		DigiboardRoomsPct      *float64 `json:"digiboard_rooms_pct"`
		Wifi                   *bool    `json:"wifi"`
	}
)

// EncodeJSON writes the plan in the interchange format balansplan/1,
// indented, with every field and every ID, except the board chapters'
// blocks, texts and lists, which are left out when empty (boardjson.go),
// so that a plan without them is written as before they existed. Links
// are written as codes. The output depends only on the plan, so the same
// plan gives the same bytes.
// It writes any plan, also one that does not validate (an amount beyond
// MaxMoney comes out as it is, for the importer to refuse), except one it
// has no form for: a link to an entity the plan does not have, or a number
// that is not finite. The error is then Problems, naming each.
func EncodeJSON(p *Plan) ([]byte, error) {
	vcodes, icodes := p.VisionCodes(), p.InvestmentCodes()
	var broken brokenLinks
	doc := wireDoc{
		Format: Format,
		School: wireSchool{p.School.Name, p.School.BRIN, string(p.School.Sector), p.School.Pupils, p.School.StaffFTE, p.School.Board},
		Plan: wirePlan{
			ID: p.ID, Title: p.Title, StartYear: p.StartYear, EndYear: p.EndYear,
			Status: string(p.Status), Version: p.Version, Date: p.Date, Authors: nonNil(p.Authors),
			VoteBudget:    p.VoteBudget,
			Ambition:      string(p.Ambition),
			Teaching:      wireNowGoal{string(p.TeachingNow), string(p.TeachingGoal)},
			Material:      wireNowGoal{string(p.MaterialNow), string(p.MaterialGoal)},
			BudgetCeiling: map[string]Money{},
		},
		Visions:     []wireVision{},
		Investments: []wireInvestment{},
		Agreements:  []wireAgreement{},
		Assessments: []wireAssessment{},
		Votes:       []wireVote{},
	}
	for y, m := range p.BudgetCeiling {
		doc.Plan.BudgetCeiling[strconv.Itoa(y)] = m
	}
	encodeBoard(p, &doc)
	encodeLifecycle(p, &doc)
	for _, v := range p.Visions {
		rs := make([]string, len(v.Returns))
		for i, r := range v.Returns {
			rs[i] = string(r)
		}
		w := wireVision{ID: v.ID, Code: v.Code, Title: v.Title, Text: v.Text, Returns: rs, Priority: v.Priority,
			Evaluations: encodeVisionEvaluations(v.Evaluations)}
		if !v.Evaluation.IsZero() {
			w.Evaluation = &wireEvaluation{v.Evaluation.Indicator, v.Evaluation.Moment.String()}
		}
		doc.Visions = append(doc.Visions, w)
	}
	for _, inv := range p.Investments {
		w := wireInvestment{
			ID: inv.ID, Code: inv.Code, Title: inv.Title, Description: inv.Description,
			Block: string(inv.Block), Category: string(inv.Category),
			Start: inv.Start.String(), End: inv.End.String(), Owner: inv.Owner, Status: string(inv.Status),
			Cost:    wireCost{inv.Cost.OneOff, inv.Cost.Recurring, inv.Cost.DepreciationYears},
			Visions: []string{}, DependsOn: []string{}, Pilot: inv.Pilot,
		}
		encodeInvestmentLife(&inv, &w)
		if inv.MaterialType != "" {
			mt := string(inv.MaterialType)
			w.MaterialType = &mt
		}
		if inv.Focus != "" {
			f := string(inv.Focus)
			w.Focus = &f
		}
		for _, id := range inv.VisionIDs {
			c, ok := vcodes[id]
			if !ok {
				broken.link(EntityInvestment, refOf(inv.Code, len(doc.Investments)), FieldVisions, id)
				continue
			}
			w.Visions = append(w.Visions, c)
		}
		for _, id := range inv.DependsOnIDs {
			c, ok := icodes[id]
			if !ok {
				broken.link(EntityInvestment, refOf(inv.Code, len(doc.Investments)), FieldDependsOn, id)
				continue
			}
			w.DependsOn = append(w.DependsOn, c)
		}
		doc.Investments = append(doc.Investments, w)
	}
	for _, a := range p.Agreements {
		doc.Agreements = append(doc.Agreements, wireAgreement{a.ID, string(a.Kind), string(a.Coverage), a.Text, a.Theme})
	}
	for _, a := range p.Assessments {
		w := wireAssessment{ID: a.ID, Session: a.Session, Participant: a.Participant, Role: string(a.Role),
			Scores: map[string]wireScore{}, QuestionSet: a.QuestionSet, Answers: []wireAnswer{}, Year: a.Year}
		if a.Applications != nil {
			w.Applications = make([]string, len(a.Applications))
			for i, ap := range a.Applications {
				w.Applications[i] = string(ap)
			}
		}
		for _, an := range a.Answers {
			w.Answers = append(w.Answers, wireAnswer{an.Statement, ratingPtr(an.Now), ratingPtr(an.Goal)})
		}
		for _, b := range Blocks() {
			sc := a.Scores[b]
			w.Scores[string(b)] = wireScore{ratingPtr(sc.Now), ratingPtr(sc.Goal)}
		}
		doc.Assessments = append(doc.Assessments, w)
	}
	doc.Indicators = wireIndicators(p.Indicators)
	for i, v := range p.Votes {
		w := wireVote{ID: v.ID, Session: v.Session, Participant: v.Participant, Role: string(v.Role), Points: []wireVotePoints{}}
		ref := refOf("", i)
		if v.Participant != "" {
			ref = v.Participant
		}
		for k, vp := range v.Points {
			c, ok := icodes[vp.InvestmentID]
			if !ok {
				broken.link(EntityVote, ref, FieldPointsInvestment.At(k), vp.InvestmentID)
				continue
			}
			w.Points = append(w.Points, wireVotePoints{c, vp.Points})
		}
		doc.Votes = append(doc.Votes, w)
	}
	encodeThemes(p, &doc, icodes, &broken)
	doc.Plan.Previous = encodePrevious(p)
	if broken.out != nil {
		return nil, broken.out
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		// Only a value JSON has no form for gets here (a number that is
		// not finite), which Validate refuses; say so in both languages.
		return nil, Problems{{Entity: EntityFile, Reason: "encode", Detail: Text{
			"het plan kan niet als JSON geschreven worden: " + err.Error(),
			"the plan cannot be written as JSON: " + err.Error()}}}
	}
	return buf.Bytes(), nil
}

// brokenLinks collects the links EncodeJSON cannot write as a code, since
// the entity they name is not in the plan.
type brokenLinks struct{ out Problems }

func (b *brokenLinks) link(e EntityKind, ref string, field Field, id string) {
	b.out = append(b.out, Problem{Entity: e, Ref: ref, Field: string(field), Reason: "unknown_link", Detail: Text{
		fmt.Sprintf("verwijst naar iets dat niet in het plan staat (%s); zo'n koppeling kan JSON niet schrijven", quoteID(id)),
		fmt.Sprintf("refers to something that is not in the plan (%s); JSON cannot write such a link", quoteID(id))}})
}

func ratingPtr(r Rating) *int {
	if !r.Known() {
		return nil
	}
	i := int(r)
	return &i
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
