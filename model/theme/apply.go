package theme

import (
	"fmt"
	"slices"
	"sync"

	"balansplan/assets"
	"balansplan/model"
)

// Apply adds the templates of the theme that the school picked (by
// template id, in the order given) to a copy of the plan and records the
// theme as chosen; picks may be empty, which only chooses the theme. Each
// added entity gets a new ID, the next free code (V for a vision, the
// bouwsteen's prefix for an investment), its texts in language l, and the
// theme's id as its Theme. An investment starts in start (the school
// changes it later) with the status gepland and the suggested cost. The
// plan itself is not changed. An unknown or repeated pick is an *Error
// and nothing is added.
func Apply(p *model.Plan, t *Theme, picks []string, l model.Lang, start model.Month) (*model.Plan, error) {
	for i, id := range picks {
		if _, ok := t.Template(id); !ok {
			return nil, &Error{File: model.Text{NL: "thema " + t.ID, EN: "theme " + t.ID}, Reason: ReasonID, Detail: model.Text{
				NL: fmt.Sprintf("het thema heeft geen sjabloon %q", id), EN: fmt.Sprintf("the theme has no template %q", id)}}
		}
		if slices.Contains(picks[:i], id) {
			return nil, &Error{File: model.Text{NL: "thema " + t.ID, EN: "theme " + t.ID}, Reason: ReasonDuplicate, Detail: model.Text{
				NL: fmt.Sprintf("het sjabloon %s is twee keer gekozen", id), EN: fmt.Sprintf("the template %s is picked twice", id)}}
		}
	}
	q := p.Clone()
	q.ChooseTheme(t.ID)
	for _, id := range picks {
		tpl, _ := t.Template(id)
		switch tpl := tpl.(type) {
		case VisionTemplate:
			q.Visions = append(q.Visions, model.Vision{ID: model.NewID(), Code: model.NextCode("V", visionCodes(q)),
				Title: tpl.Title.In(l), Text: tpl.Text.In(l), Theme: t.ID})
		case InvestmentTemplate:
			q.Investments = append(q.Investments, model.Investment{ID: model.NewID(),
				Code:  model.NextCode(model.CodePrefix(tpl.Block), investmentCodes(q)),
				Title: tpl.Title.In(l), Description: tpl.Description.In(l),
				Block: tpl.Block, Category: tpl.Category, Focus: tpl.Focus, Start: start,
				Status: model.InvGepland, Cost: model.Cost{OneOff: tpl.OneOff, Recurring: tpl.Recurring},
				Theme: t.ID})
		case AgreementTemplate:
			q.Agreements = append(q.Agreements, model.Agreement{ID: model.NewID(), Kind: tpl.Kind,
				Coverage: tpl.Coverage, Text: tpl.Text.In(l), Theme: t.ID})
		}
	}
	return q, nil
}

// Taken lists the ids of the theme's templates whose text the plan holds
// already in an entity marked with the theme, in either language, so a
// picker can show them as added. A template the school has since edited
// no longer counts as taken: that is a guess a picker may show, not a
// rule.
func Taken(p *model.Plan, t *Theme) []string {
	var out []string
	for _, v := range t.Visions {
		if slices.ContainsFunc(p.Visions, func(x model.Vision) bool { return x.Theme == t.ID && sameText(x.Title, v.Title) }) {
			out = append(out, v.ID)
		}
	}
	for _, v := range t.Investments {
		if slices.ContainsFunc(p.Investments, func(x model.Investment) bool { return x.Theme == t.ID && sameText(x.Title, v.Title) }) {
			out = append(out, v.ID)
		}
	}
	for _, v := range t.Agreements {
		if slices.ContainsFunc(p.Agreements, func(x model.Agreement) bool { return x.Theme == t.ID && sameText(x.Text, v.Text) }) {
			out = append(out, v.ID)
		}
	}
	return out
}

func sameText(s string, t model.Text) bool { return s == t.NL || s == t.EN }

func visionCodes(p *model.Plan) []string {
	out := make([]string, len(p.Visions))
	for i, v := range p.Visions {
		out[i] = v.Code
	}
	return out
}

func investmentCodes(p *model.Plan) []string {
	out := make([]string, len(p.Investments))
	for i, v := range p.Investments {
		out[i] = v.Code
	}
	return out
}

var (
	builtinOnce   sync.Once
	builtinThemes []*Theme
	builtinNorms  []*NormSet
)

// Builtin is the themes this build ships (assets.ThemeIDs), parsed once, in
// file order. A shipped file that does not parse is a defect of the build
// (a test parses every one), so Builtin panics rather than hiding it.
// Nobody may modify the themes it returns.
func Builtin() []*Theme {
	loadBuiltin()
	return builtinThemes
}

// BuiltinNormSets is the norm sets this build ships: Balansplan's own
// example domains.
func BuiltinNormSets() []*NormSet {
	loadBuiltin()
	return builtinNorms
}

// ByID is the shipped theme with the id, or nil.
func ByID(id string) *Theme {
	for _, t := range Builtin() {
		if t.ID == id {
			return t
		}
	}
	return nil
}

func loadBuiltin() {
	builtinOnce.Do(func() {
		for _, id := range assets.ThemeIDs() {
			data, _ := assets.Theme(id)
			t, err := Parse(data)
			if err != nil {
				panic("assets/themes/" + id + ".json: " + err.Error())
			}
			builtinThemes = append(builtinThemes, t)
		}
		for _, id := range assets.NormSetIDs() {
			data, _ := assets.NormSet(id)
			s, err := ParseNormSet(data)
			if err != nil {
				panic("assets/themes/norms/" + id + ".json: " + err.Error())
			}
			builtinNorms = append(builtinNorms, s)
		}
	})
}
