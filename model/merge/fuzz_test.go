package merge

import (
	"hash/fnv"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"balansplan/model"
	"balansplan/model/testplan"
)

// edits turns fuzz bytes into edits of copies of a plan, so that the
// fuzzer explores what participants do (change, delete, add, link,
// re-link, score, vote) rather than JSON syntax. It never fails: when the
// bytes run out it reads zeros.
type edits struct{ data []byte }

func (e *edits) next() int {
	if len(e.data) == 0 {
		return 0
	}
	b := e.data[0]
	e.data = e.data[1:]
	return int(b)
}

func (e *edits) empty() bool { return len(e.data) == 0 }

// pick is an index below n, or -1 when n is 0.
func (e *edits) pick(n int) int {
	if n == 0 {
		e.next()
		return -1
	}
	return e.next() % n
}

var fuzzTexts = []string{"", "A", "B", "Scholing", "Digitale geletterdheid", "D1", "V1", "x\x00y", "ë"}

// apply makes one edit to p, as read from the bytes. Edits may leave p
// invalid (a dangling link, a duplicate code, a cycle): copies from the
// field can be anything.
func (e *edits) apply(p *model.Plan) {
	text := func() string { return fuzzTexts[e.pick(len(fuzzTexts))] }
	newID := func() string { return "fz-" + strconv.Itoa(e.next()%8) } // few, so that copies add the same IDs
	switch e.next() % 23 {
	case 0:
		if i := e.pick(len(p.Investments)); i >= 0 {
			p.Investments[i].Title = text()
		}
	case 1:
		if i := e.pick(len(p.Investments)); i >= 0 {
			id := p.Investments[i].ID
			p.Investments = slices.Delete(p.Investments, i, i+1)
			if e.next()%2 == 0 { // tidy: drop the links to it as well
				for j := range p.Investments {
					p.Investments[j].DependsOnIDs = slices.DeleteFunc(p.Investments[j].DependsOnIDs, func(s string) bool { return s == id })
				}
				for j := range p.Votes {
					p.Votes[j].Points = slices.DeleteFunc(p.Votes[j].Points, func(vp model.VotePoints) bool { return vp.InvestmentID == id })
				}
				p.UnlinkMaturityInvestment(id)
			}
		}
	case 2:
		if i := e.pick(len(p.Visions)); i >= 0 {
			id := p.Visions[i].ID
			p.Visions = slices.Delete(p.Visions, i, i+1)
			for j := range p.Investments {
				p.Investments[j].VisionIDs = slices.DeleteFunc(p.Investments[j].VisionIDs, func(s string) bool { return s == id })
			}
		}
	case 3:
		inv := model.Investment{ID: newID(), Code: "D" + strconv.Itoa(e.next()%12), Title: text(), Block: model.Blocks()[e.pick(5)],
			Start: model.MonthOf(2026+e.next()%5, 1+e.next()%12), Status: model.InvGepland}
		if v := e.pick(len(p.Visions)); v >= 0 {
			inv.VisionIDs = []string{p.Visions[v].ID}
		}
		p.Investments = append(p.Investments, inv)
	case 4:
		if i, j := e.pick(len(p.Investments)), e.pick(len(p.Investments)); i >= 0 {
			p.Investments[i].DependsOnIDs = append(p.Investments[i].DependsOnIDs, p.Investments[j].ID)
		}
	case 5:
		if i, v := e.pick(len(p.Investments)), e.pick(len(p.Visions)); i >= 0 && v >= 0 {
			if e.next()%2 == 0 {
				p.Investments[i].VisionIDs = []string{p.Visions[v].ID}
			} else {
				p.Investments[i].VisionIDs = append(p.Investments[i].VisionIDs, p.Visions[v].ID)
			}
		}
	case 6:
		if i := e.pick(len(p.Assessments)); i >= 0 {
			a := &p.Assessments[i]
			if a.Scores == nil {
				a.Scores = map[model.Block]model.Score{}
			}
			a.Scores[model.Blocks()[e.pick(5)]] = model.Score{Now: model.Rating(e.next() % 7), Goal: model.Rating(e.next() % 6)}
		}
	case 7:
		v := model.Vote{ID: newID(), Participant: text(), Role: model.Roles()[e.pick(len(model.Roles()))]}
		if i := e.pick(len(p.Investments)); i >= 0 {
			v.Points = []model.VotePoints{{InvestmentID: p.Investments[i].ID, Points: e.next() % 6}}
		}
		p.Votes = append(p.Votes, v)
	case 8:
		y := 2024 + e.next()%8
		if e.next()%3 == 0 {
			delete(p.BudgetCeiling, y)
		} else {
			if p.BudgetCeiling == nil {
				p.BudgetCeiling = map[int]model.Money{}
			}
			p.BudgetCeiling[y] = model.Euros(int64(e.next() * 1000))
		}
	case 9:
		switch e.next() % 4 {
		case 0:
			p.Title = text()
		case 1:
			p.Version = text()
		case 2:
			p.StartYear = 2024 + e.next()%5
		default:
			p.School.Name = text()
		}
	case 10:
		if i := e.pick(len(p.Agreements)); i >= 0 {
			if e.next()%2 == 0 {
				p.Agreements[i].Text = text()
			} else {
				p.Agreements = slices.Delete(p.Agreements, i, i+1)
			}
		}
	case 11:
		if i := e.pick(len(p.Investments)); i >= 0 {
			inv := &p.Investments[i]
			inv.Status = model.InvestmentStatuses()[e.pick(len(model.InvestmentStatuses()))]
			inv.End = model.MonthOf(2026+e.next()%5, 1+e.next()%12)
		}
	case 12:
		if i := e.pick(len(p.Assessments)); i >= 0 {
			p.Assessments = slices.Delete(p.Assessments, i, i+1)
		}
	case 13:
		if e.next()%8 == 0 { // rarely: a copy of another plan
			p.ID = "other-plan"
		}
	case 14:
		if e.next()%2 == 0 {
			p.Indicators.BYODPct = nil
		} else {
			v := float64(e.next())
			p.Indicators.BYODPct = &v
		}
	case 15:
		if i := e.pick(len(p.Investments)); i >= 0 {
			p.Investments[i].Cost.OneOff = model.Euros(int64(e.next() * 500))
			p.Investments[i].Cost.DepreciationYears = e.next() % 7
		}
	case 16:
		p.Visions = append(p.Visions, model.Vision{ID: newID(), Code: "V" + strconv.Itoa(e.next()%6), Title: text(),
			Returns: []model.Return{model.Returns()[e.pick(len(model.Returns()))]}})
	case 17:
		if i := e.pick(len(p.Visions)); i >= 0 {
			p.Visions[i].Code = "V" + strconv.Itoa(e.next()%6)
			p.Visions[i].Priority = e.next() % 4
		}
	case 18:
		if i := e.pick(len(p.Assessments)); i >= 0 {
			a := &p.Assessments[i]
			a.Answers = append(a.Answers, model.Answer{Statement: "visie." + strconv.Itoa(e.next()%4), Now: model.Rating(e.next() % 6)})
		}
	case 19:
		if i := e.pick(len(p.Votes)); i >= 0 {
			if j := e.pick(len(p.Investments)); j >= 0 {
				p.Votes[i].Points = append(p.Votes[i].Points, model.VotePoints{InvestmentID: p.Investments[j].ID, Points: e.next() % 6})
			}
		}
	case 20: // the fields of analysis/2
		switch e.next() % 3 {
		case 0:
			if i := e.pick(len(p.Investments)); i >= 0 {
				fs := append([]model.Focus{""}, model.Focuses()...)
				p.Investments[i].Focus = fs[e.pick(len(fs))]
			}
		case 1:
			if i := e.pick(len(p.Visions)); i >= 0 {
				ev := &p.Visions[i].Evaluation
				if e.next()%2 == 0 {
					ev.Indicator = text()
				} else if m := e.next() % 7; m == 0 {
					ev.Moment = 0
				} else {
					ev.Moment = model.MonthOf(2025+m, 1+e.next()%12)
				}
			}
		default:
			if i := e.pick(len(p.Assessments)); i >= 0 {
				a := &p.Assessments[i]
				switch e.next() % 3 {
				case 0:
					a.Applications = nil
				case 1:
					a.Applications = []model.Application{}
				default:
					a.Applications = append(a.Applications, model.Applications()[e.pick(len(model.Applications()))])
				}
			}
		}
	case 21: // the board chapters
		switch e.next() % 6 {
		case 0:
			p.Proposal.Decision = text()
		case 1:
			p.Adoption.Signatories = append(p.Adoption.Signatories, model.Signatory{Name: text(), Function: text()})
		case 2:
			if i := e.pick(len(p.Risks)); i >= 0 {
				gs := append([]model.Grade{""}, model.Grades()...)
				p.Risks[i].Likelihood = gs[e.pick(len(gs))]
				p.Risks[i].Owner = text()
			}
		case 3:
			if i := e.pick(len(p.Inventory)); i >= 0 {
				if e.next()%2 == 0 {
					p.RemoveInventoryItem(p.Inventory[i].ID)
				} else {
					p.Inventory[i].Quantity = e.next()
				}
			}
		case 4:
			p.Risks = append(p.Risks, model.Risk{ID: newID(), Description: text(), Impact: model.Grades()[e.pick(3)]})
		default:
			if i := e.pick(len(p.Organisation)); i >= 0 {
				p.Organisation[i].HoursPerYear = e.next() * 10
				p.Organisation[i].Task = text()
			}
		}
	case 22: // the themes and the maturity register (themes.go)
		themes := []string{"ai", "digitale-geletterdheid", "ibp", "smartphones"}
		switch e.next() % 5 {
		case 0:
			p.ChooseTheme(themes[e.pick(len(themes))])
		case 1:
			if i := e.pick(len(p.Themes)); i >= 0 {
				p.DropTheme(p.Themes[i])
			}
		case 2:
			if i := e.pick(len(p.Investments)); i >= 0 {
				p.Investments[i].Theme = themes[e.pick(len(themes))]
			}
		case 3:
			m := model.MaturityDomain{ID: newID(), Title: text(), Current: e.next() % 6, Target: 1 + e.next()%5}
			if i := e.pick(len(p.Investments)); i >= 0 {
				m.InvestmentIDs = []string{p.Investments[i].ID}
			}
			p.Maturity = append(p.Maturity, m)
		default:
			if i := e.pick(len(p.Maturity)); i >= 0 {
				p.Maturity = slices.Clone(p.Maturity)
				p.Maturity[i].Current = e.next() % 6
				p.Maturity[i].Owner = text()
			}
		}
	}
}

// FuzzMerge merges copies of the example plan that the fuzz bytes edit:
// two to four copies, with or without their base, with a choice per
// conflict taken from the bytes. The merge must not panic, must not
// modify its arguments or share memory with them, must give the same
// result twice, and a result it reports complete (no unresolved conflict)
// must validate.
//
//	go test ./model/merge -run '^$' -fuzz FuzzMerge -fuzztime 60s
func FuzzMerge(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0, 0, 0, 1, 1, 5, 0})
	f.Add([]byte{0x83, 1, 3, 3, 4, 9, 1, 2, 2, 1, 7, 3, 0, 0, 4, 4, 1, 2, 0, 2, 3, 0, 3, 1, 3})
	f.Add([]byte{2, 0, 4, 0, 1, 4, 3, 0, 2, 4, 4, 1, 2, 4, 1, 1, 2, 4, 4, 1, 1, 2, 4, 0, 1, 2})
	f.Add([]byte{3, 1, 13, 0, 13, 0, 2, 3, 7, 0, 0, 1, 2, 1, 8, 5, 0, 7, 9, 1, 4, 3, 1})
	// Edits of the fields of analysis/2 (edit 20) in two copies.
	f.Add([]byte{1, 0, 20, 0, 1, 1, 0, 20, 2, 0, 1, 1, 20, 2, 0, 2, 5, 1, 20, 1, 0, 1, 3, 0, 1, 20, 1, 0, 1, 4, 1})
	// Edits of the board chapters (edit 21) in two copies: a risk's grade
	// and owner in both, a signature line, a deleted inventory line.
	f.Add([]byte{1, 0, 21, 2, 1, 2, 3, 1, 21, 2, 1, 3, 4, 0, 21, 1, 5, 6, 1, 21, 3, 2, 0, 0, 21, 4, 6, 1})
	// Edits of the themes and the register (edit 22) in two copies.
	f.Add([]byte{1, 0, 22, 0, 1, 1, 22, 0, 2, 0, 22, 3, 1, 2, 1, 22, 4, 0, 3, 2, 0, 22, 2, 1, 1, 1})
	// The example with its board chapters, so that edit 21 finds entries.
	example := testplan.Board(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		e := &edits{data: data}
		head := e.next()
		n := 2 + head%3
		var base *model.Plan
		if head&0x80 == 0 {
			base = example.Clone()
		}
		copies := make([]*model.Plan, n)
		for i := range copies {
			copies[i] = example.Clone()
		}
		for count := 0; !e.empty() && count < 64; count++ {
			e.apply(copies[e.pick(n)])
		}
		choices := e.next()
		choose := func(c Conflict) int {
			h := fnv.New32a()
			h.Write([]byte(c.Key()))
			return int((h.Sum32()+uint32(choices))%uint32(n+1)) - 1 // -1 leaves it open
		}
		var before []*model.Plan
		for _, c := range append([]*model.Plan{base}, copies...) {
			if c != nil {
				before = append(before, c.Clone())
			}
		}

		got, cs := MergeChoosing(base, copies, choose)
		again, cs2 := MergeChoosing(base, copies, choose)
		if !reflect.DeepEqual(got, again) || !reflect.DeepEqual(cs, cs2) {
			t.Fatal("two merges of the same copies differ")
		}
		for _, c := range cs {
			if c.Resolved() && (c.Chosen >= n || c.Reason == Invalid || c.Reason == DifferentPlans) {
				t.Fatalf("conflict resolved by copy %d: %+v", c.Chosen, c)
			}
			for _, l := range []model.Lang{model.NL, model.EN} {
				if c.Message(l, nil) == "" {
					t.Fatalf("conflict without a message: %+v", c)
				}
			}
		}
		if len(Unresolved(cs)) == 0 {
			if got == nil {
				t.Fatal("complete, but no plan")
			}
			if ps := got.Validate(); len(ps) > 0 {
				t.Fatalf("complete, but the merged plan does not validate: %v", ps)
			}
		}
		if got != nil {
			// The result shares no memory with the arguments: scribble
			// over every list and map in it.
			if got.BudgetCeiling != nil {
				got.BudgetCeiling[1999] = 1
			}
			for i := range got.Visions {
				for j := range got.Visions[i].Returns {
					got.Visions[i].Returns[j] = "x"
				}
			}
			for i := range got.Investments {
				inv := &got.Investments[i]
				for j := range inv.VisionIDs {
					inv.VisionIDs[j] = "x"
				}
				for j := range inv.DependsOnIDs {
					inv.DependsOnIDs[j] = "x"
				}
			}
			for i := range got.Assessments {
				for b := range got.Assessments[i].Scores {
					got.Assessments[i].Scores[b] = model.Score{Now: 9}
				}
				for j := range got.Assessments[i].Answers {
					got.Assessments[i].Answers[j].Now = 9
				}
				for j := range got.Assessments[i].Applications {
					got.Assessments[i].Applications[j] = "x"
				}
			}
			for i := range got.Votes {
				for j := range got.Votes[i].Points {
					got.Votes[i].Points[j].Points = 99
				}
			}
			for j := range got.Authors {
				got.Authors[j] = "x"
			}
			for j := range got.Adoption.Signatories {
				got.Adoption.Signatories[j].Name = "x"
			}
			for j := range got.Inventory {
				got.Inventory[j].Quantity = -7
			}
			for j := range got.Organisation {
				got.Organisation[j].Task = "x"
			}
			for j := range got.Risks {
				got.Risks[j].Owner = "x"
			}
			for j := range got.Themes {
				got.Themes[j] = "x"
			}
			for j := range got.Maturity {
				for k := range got.Maturity[j].InvestmentIDs {
					got.Maturity[j].InvestmentIDs[k] = "x"
				}
			}
		}
		k := 0
		for _, c := range append([]*model.Plan{base}, copies...) {
			if c == nil {
				continue
			}
			if !reflect.DeepEqual(c.Clone(), before[k]) {
				t.Fatalf("merge modified argument %d, or its result shares memory with it", k)
			}
			k++
		}
	})
}
