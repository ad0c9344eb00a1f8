package planning

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"balansplan/model"
)

// What changed between two states of a plan (issue 15): two frozen
// versions, or the adopted version and the plan as it is now. Entities are
// matched by ID, so a renamed code is a change of the code, not a drop and
// an add. Only what the plan says is compared: the record of its life
// (realisation, status histories, evaluations, self-assessment rounds,
// versions) is what happened, not a change of plan, and has reports of its
// own (Realisation, ProgressReport).

// ChangeKind is what happened to an entity.
type ChangeKind string

// Change kinds.
const (
	Added   ChangeKind = "added"
	Dropped ChangeKind = "dropped"
	Changed ChangeKind = "changed"
)

var changeLabels = map[ChangeKind]model.Text{
	Added:   {NL: "toegevoegd", EN: "added"},
	Dropped: {NL: "vervallen", EN: "dropped"},
	Changed: {NL: "gewijzigd", EN: "changed"},
}

// Label is the name of the change for a user.
func (k ChangeKind) Label(l model.Lang) string { return changeLabels[k].In(l) }

// FieldChange is one field of an entity that differs. From and To are in
// the interchange format's spelling (money as "1234.50", a month as
// "2027-06", links as codes joined by ", "); "" is empty.
type FieldChange struct {
	Field    model.Field
	From, To string
}

// EntityChange is one vision statement, investment or agreement that was
// added, dropped or changed. Code is the entity's code (in the newer plan,
// or the older for a dropped one); an agreement has none and is named by
// its place ("#2"). Fields lists the changed fields, in the order of the
// interchange format (for an added or dropped entity: none).
type EntityChange struct {
	Kind   ChangeKind
	ID     string
	Code   string
	Title  string
	Fields []FieldChange
}

// BudgetDelta is one year's cash out per bouwsteen in both plans and the
// difference (to minus from).
type BudgetDelta struct {
	Year     int
	From, To BlockMoney
	Delta    BlockMoney
}

// PlanDiff is what changed from one plan to another.
type PlanDiff struct {
	// FromLabel and ToLabel name the two states ("1.0", "huidig").
	FromLabel, ToLabel string
	Visions            []EntityChange
	Investments        []EntityChange
	Agreements         []EntityChange
	// Budget holds every year of either plan period, in order, also the
	// years without a difference, so that a table shows both plans.
	Budget []BudgetDelta
	// FromTotal, ToTotal and DeltaTotal are the cash out over each plan
	// period per bouwsteen, and the difference.
	FromTotal, ToTotal, DeltaTotal BlockMoney
}

// Empty reports whether nothing the plan says changed: no entity and no
// amount.
func (d *PlanDiff) Empty() bool {
	if len(d.Visions)+len(d.Investments)+len(d.Agreements) > 0 {
		return false
	}
	for _, b := range d.Budget {
		if b.Delta != (BlockMoney{}) {
			return false
		}
	}
	return true
}

// Diff compares plan from with plan to. It never fails and changes
// neither.
func Diff(from, to *model.Plan) *PlanDiff {
	d := &PlanDiff{}
	fvc, tvc := from.VisionCodes(), to.VisionCodes()
	fic, tic := from.InvestmentCodes(), to.InvestmentCodes()

	d.Visions = diffEntities(from.Visions, to.Visions,
		func(v *model.Vision) (string, string, string) { return v.ID, v.Code, v.Title },
		func(a, b *model.Vision) []FieldChange {
			var fs fieldDiff
			fs.add(model.FieldCode, a.Code, b.Code)
			fs.add(model.FieldTitle, a.Title, b.Title)
			fs.add(model.FieldText, a.Text, b.Text)
			fs.add(model.FieldReturns, joinReturns(a.Returns), joinReturns(b.Returns))
			fs.add(model.FieldPriority, strconv.Itoa(a.Priority), strconv.Itoa(b.Priority))
			fs.add(model.FieldEvaluationIndicator, a.Evaluation.Indicator, b.Evaluation.Indicator)
			fs.add(model.FieldEvaluationMoment, a.Evaluation.Moment.String(), b.Evaluation.Moment.String())
			return fs
		})
	d.Investments = diffEntities(from.Investments, to.Investments,
		func(inv *model.Investment) (string, string, string) { return inv.ID, inv.Code, inv.Title },
		func(a, b *model.Investment) []FieldChange {
			var fs fieldDiff
			fs.add(model.FieldCode, a.Code, b.Code)
			fs.add(model.FieldTitle, a.Title, b.Title)
			fs.add(model.FieldDescription, a.Description, b.Description)
			fs.add(model.FieldBlock, string(a.Block), string(b.Block))
			fs.add(model.FieldCategory, string(a.Category), string(b.Category))
			fs.add(model.FieldMaterialType, string(a.MaterialType), string(b.MaterialType))
			fs.add(model.FieldFocus, string(a.Focus), string(b.Focus))
			fs.add(model.FieldStart, a.Start.String(), b.Start.String())
			fs.add(model.FieldEnd, a.End.String(), b.End.String())
			fs.add(model.FieldOwner, a.Owner, b.Owner)
			// The status is progress (the status history records it),
			// except cancelling, which is a decision about the plan.
			if (a.Status == model.InvGeschrapt) != (b.Status == model.InvGeschrapt) {
				fs.add(model.FieldStatus, string(a.Status), string(b.Status))
			}
			fs.add(model.FieldCostOneOff, a.Cost.OneOff.String(), b.Cost.OneOff.String())
			fs.add(model.FieldCostRecurring, a.Cost.Recurring.String(), b.Cost.Recurring.String())
			fs.add(model.FieldCostDepreciationYears, strconv.Itoa(a.Cost.DepreciationYears), strconv.Itoa(b.Cost.DepreciationYears))
			fs.add(model.FieldVisions, joinCodes(a.VisionIDs, fvc), joinCodes(b.VisionIDs, tvc))
			fs.add(model.FieldDependsOn, joinCodes(a.DependsOnIDs, fic), joinCodes(b.DependsOnIDs, tic))
			fs.add(model.FieldPilot, strconv.FormatBool(a.Pilot), strconv.FormatBool(b.Pilot))
			return fs
		})
	agreementPlace := func(list []model.Agreement) map[string]string {
		m := make(map[string]string, len(list))
		for i, a := range list {
			m[a.ID] = "#" + strconv.Itoa(i+1)
		}
		return m
	}
	fap, tap := agreementPlace(from.Agreements), agreementPlace(to.Agreements)
	d.Agreements = diffEntities(from.Agreements, to.Agreements,
		func(a *model.Agreement) (string, string, string) {
			place := tap[a.ID]
			if place == "" {
				place = fap[a.ID]
			}
			return a.ID, place, firstLine(a.Text)
		},
		func(a, b *model.Agreement) []FieldChange {
			var fs fieldDiff
			fs.add(model.FieldKind, string(a.Kind), string(b.Kind))
			fs.add(model.FieldCoverage, string(a.Coverage), string(b.Coverage))
			fs.add(model.FieldText, a.Text, b.Text)
			return fs
		})
	// Agreements have no code: keep the newer plan's order, dropped ones
	// last in the older plan's order.
	sort.SliceStable(d.Agreements, func(i, j int) bool {
		pi, pj := placeNumber(d.Agreements[i], tap), placeNumber(d.Agreements[j], tap)
		return pi < pj
	})

	fb, tb := budgetOf(from), budgetOf(to)
	years := map[int]bool{}
	for _, y := range fb.Years {
		years[y.Year] = true
	}
	for _, y := range tb.Years {
		years[y.Year] = true
	}
	ys := make([]int, 0, len(years))
	for y := range years {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	for _, y := range ys {
		bd := BudgetDelta{Year: y}
		if by, ok := fb.Year(y); ok {
			bd.From = by.CashByBlock
		}
		if by, ok := tb.Year(y); ok {
			bd.To = by.CashByBlock
		}
		for k := range bd.Delta {
			bd.Delta[k] = bd.To[k] - bd.From[k]
		}
		d.Budget = append(d.Budget, bd)
	}
	d.FromTotal, d.ToTotal = fb.CashByBlock, tb.CashByBlock
	for k := range d.DeltaTotal {
		d.DeltaTotal[k] = d.ToTotal[k] - d.FromTotal[k]
	}
	return d
}

func placeNumber(c EntityChange, newer map[string]string) int {
	n, _ := strconv.Atoi(strings.TrimPrefix(c.Code, "#"))
	if _, ok := newer[c.ID]; !ok {
		return 1<<30 + n // dropped: after every kept one
	}
	return n
}

type fieldDiff []FieldChange

func (fs *fieldDiff) add(f model.Field, a, b string) {
	if a != b {
		*fs = append(*fs, FieldChange{Field: f, From: a, To: b})
	}
}

// diffEntities matches two lists by ID. The result is in code order as
// people read codes (added and changed by the newer code, dropped by the
// older), then by ID.
func diffEntities[E any](from, to []E, key func(*E) (id, code, title string), fields func(a, b *E) []FieldChange) []EntityChange {
	at := make(map[string]int, len(from))
	for i := range from {
		id, _, _ := key(&from[i])
		at[id] = i
	}
	seen := make(map[string]bool, len(to))
	var out []EntityChange
	for i := range to {
		e := &to[i]
		id, code, title := key(e)
		seen[id] = true
		j, ok := at[id]
		if !ok {
			out = append(out, EntityChange{Kind: Added, ID: id, Code: code, Title: title})
			continue
		}
		if fs := fields(&from[j], e); len(fs) > 0 {
			out = append(out, EntityChange{Kind: Changed, ID: id, Code: code, Title: title, Fields: fs})
		}
	}
	for i := range from {
		id, code, title := key(&from[i])
		if !seen[id] {
			out = append(out, EntityChange{Kind: Dropped, ID: id, Code: code, Title: title})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Code != out[j].Code {
			return codeLess(out[i].Code, out[j].Code)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func joinReturns(rs []model.Return) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}

// joinCodes writes links as the codes they point at, in code order, so
// that a reordering is no change; a link to nothing is written as its ID.
func joinCodes(ids []string, codes map[string]string) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		if c, ok := codes[id]; ok {
			s[i] = c
		} else {
			s[i] = id
		}
	}
	sort.Slice(s, func(i, j int) bool { return codeLess(s[i], s[j]) })
	return strings.Join(s, ", ")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return s
}

// Text writes the difference for a reader in language l: the entities
// that changed, each changed field with its old and new value, and the
// cash out per year and bouwsteen where it differs.
func (d *PlanDiff) Text(l model.Lang) string {
	tr := func(nl, en string) string {
		if l == model.EN {
			return en
		}
		return nl
	}
	var b strings.Builder
	fmt.Fprintf(&b, tr("Wijzigingen van %s naar %s\n", "Changes from %s to %s\n"), d.FromLabel, d.ToLabel)
	if d.Empty() {
		b.WriteString(tr("Er is niets gewijzigd.\n", "Nothing changed.\n"))
		return b.String()
	}
	section := func(title string, cs []EntityChange) {
		if len(cs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s\n", title)
		for _, c := range cs {
			fmt.Fprintf(&b, "  %s %s", c.Kind.Label(l), c.Code)
			if c.Title != "" {
				fmt.Fprintf(&b, " (%s)", c.Title)
			}
			b.WriteString("\n")
			for _, f := range c.Fields {
				fmt.Fprintf(&b, "    %s: %s -> %s\n", f.Field, quoteEmpty(f.From, l), quoteEmpty(f.To, l))
			}
		}
	}
	section(tr("Visie-uitspraken", "Vision statements"), d.Visions)
	section(tr("Investeringen", "Investments"), d.Investments)
	section(tr("Afspraken", "Agreements"), d.Agreements)
	var rows []string
	for _, y := range d.Budget {
		if y.Delta == (BlockMoney{}) {
			continue
		}
		var parts []string
		for i, blk := range blocks {
			if y.Delta[i] != 0 {
				parts = append(parts, fmt.Sprintf("%s %s", blk.Label(l), signedMoney(y.Delta[i], l)))
			}
		}
		rows = append(rows, fmt.Sprintf("  %d: %s -> %s (%s; %s)\n", y.Year, FormatMoney(y.From.Sum(), l), FormatMoney(y.To.Sum(), l),
			signedMoney(y.Delta.Sum(), l), strings.Join(parts, ", ")))
	}
	if len(rows) > 0 {
		fmt.Fprintf(&b, "\n%s\n", tr("Uitgaven per jaar (kasstroom)", "Cash out per year"))
		for _, r := range rows {
			b.WriteString(r)
		}
		fmt.Fprintf(&b, tr("  totaal: %s -> %s (%s)\n", "  total: %s -> %s (%s)\n"),
			FormatMoney(d.FromTotal.Sum(), l), FormatMoney(d.ToTotal.Sum(), l), signedMoney(d.DeltaTotal.Sum(), l))
	}
	return b.String()
}

func quoteEmpty(s string, l model.Lang) string {
	if s == "" {
		if l == model.EN {
			return "(empty)"
		}
		return "(leeg)"
	}
	return strconv.Quote(s)
}

func signedMoney(m model.Money, l model.Lang) string {
	if m > 0 {
		return "+" + FormatMoney(m, l)
	}
	return FormatMoney(m, l)
}

// JSON writes the difference as a JSON document (format
// "balansplan-diff/1"): amounts in euros as numbers with two decimals per
// bouwsteen, fields as in the interchange format. The same two plans give
// the same bytes.
func (d *PlanDiff) JSON() ([]byte, error) {
	type wireField struct {
		Field string `json:"field"`
		From  string `json:"from"`
		To    string `json:"to"`
	}
	type wireChange struct {
		Change string      `json:"change"`
		ID     string      `json:"id"`
		Code   string      `json:"code"`
		Title  string      `json:"title"`
		Fields []wireField `json:"fields"`
	}
	type wireYear struct {
		Year  int                    `json:"year"`
		From  map[string]model.Money `json:"from"`
		To    map[string]model.Money `json:"to"`
		Delta map[string]model.Money `json:"delta"`
	}
	byBlock := func(m BlockMoney) map[string]model.Money {
		out := make(map[string]model.Money, len(blocks)+1)
		for i, b := range blocks {
			out[string(b)] = m[i]
		}
		out["total"] = m.Sum()
		return out
	}
	changes := func(cs []EntityChange) []wireChange {
		out := make([]wireChange, 0, len(cs))
		for _, c := range cs {
			w := wireChange{Change: string(c.Kind), ID: c.ID, Code: c.Code, Title: c.Title, Fields: []wireField{}}
			for _, f := range c.Fields {
				w.Fields = append(w.Fields, wireField{string(f.Field), f.From, f.To})
			}
			out = append(out, w)
		}
		return out
	}
	doc := struct {
		Format      string                 `json:"format"`
		From        string                 `json:"from"`
		To          string                 `json:"to"`
		Empty       bool                   `json:"empty"`
		Visions     []wireChange           `json:"visions"`
		Investments []wireChange           `json:"investments"`
		Agreements  []wireChange           `json:"agreements"`
		Budget      []wireYear             `json:"budget"`
		Total       map[string]model.Money `json:"total_delta"`
	}{
		Format: "balansplan-diff/1", From: d.FromLabel, To: d.ToLabel, Empty: d.Empty(),
		Visions: changes(d.Visions), Investments: changes(d.Investments), Agreements: changes(d.Agreements),
		Budget: []wireYear{}, Total: byBlock(d.DeltaTotal),
	}
	for _, y := range d.Budget {
		doc.Budget = append(doc.Budget, wireYear{y.Year, byBlock(y.From), byBlock(y.To), byBlock(y.Delta)})
	}
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
