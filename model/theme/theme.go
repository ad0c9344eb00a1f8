package theme

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"balansplan/model"
)

// Format is the name and version of the theme file format.
const Format = "balansplan-theme/1"

// Theme is one theme: what it is about, the dates the school is held to,
// and the starting templates a school may add to its plan.
type Theme struct {
	ID          string
	Title       model.Text
	Description model.Text
	Deadlines   []Deadline // by date, then in the file's order
	Visions     []VisionTemplate
	Investments []InvestmentTemplate
	Agreements  []AgreementTemplate
}

// DeadlineKind says who holds the school to a deadline.
type DeadlineKind string

// The kinds of deadline.
const (
	Legal  DeadlineKind = "legal"  // a law or regulation
	Sector DeadlineKind = "sector" // an agreement of the sector, or a national agreement
)

// Label names the kind in language l.
func (k DeadlineKind) Label(l model.Lang) string {
	if k == Legal {
		return model.Text{NL: "wettelijk", EN: "legal"}.In(l)
	}
	return model.Text{NL: "afspraak in de sector", EN: "sector agreement"}.In(l)
}

// Deadline is a date a theme holds the school to.
type Deadline struct {
	ID     string // unique in the theme
	Date   time.Time
	Label  model.Text // what happens on that date
	Source model.Text // where it comes from, in words
	Kind   DeadlineKind
}

// Month is the deadline's calendar month, as the plan's timeline counts.
func (d Deadline) Month() model.Month { return model.MonthOf(d.Date.Year(), int(d.Date.Month())) }

// VisionTemplate is a starting text for a vision statement.
type VisionTemplate struct {
	ID    string
	Title model.Text
	Text  model.Text
}

// InvestmentTemplate is a starting investment: what and, typically, in
// which bouwsteen and category, with a suggested cost (zero: no
// suggestion).
type InvestmentTemplate struct {
	ID          string
	Title       model.Text
	Description model.Text
	Block       model.Block
	Category    model.Category
	Focus       model.Focus // deskundigheid only; "" for none
	OneOff      model.Money
	Recurring   model.Money
}

// AgreementTemplate is a starting agreement.
type AgreementTemplate struct {
	ID       string
	Kind     model.AgreementKind
	Coverage model.Coverage // how much of the teaching it is meant to cover
	Text     model.Text
}

type wireTheme struct {
	Format      string   `json:"format"`
	ID          string   `json:"id"`
	Title       wireText `json:"title"`
	Description wireText `json:"description"`
	Deadlines   []struct {
		ID     string   `json:"id"`
		Date   string   `json:"date"`
		Label  wireText `json:"label"`
		Source wireText `json:"source"`
		Kind   string   `json:"kind"`
	} `json:"deadlines"`
	Visions []struct {
		ID    string   `json:"id"`
		Title wireText `json:"title"`
		Text  wireText `json:"text"`
	} `json:"visions"`
	Investments []struct {
		ID          string   `json:"id"`
		Title       wireText `json:"title"`
		Description wireText `json:"description"`
		Block       string   `json:"block"`
		Category    string   `json:"category"`
		Focus       string   `json:"focus"`
		Cost        struct {
			OneOff    json.Number `json:"one_off"`
			Recurring json.Number `json:"recurring"`
		} `json:"cost"`
	} `json:"investments"`
	Agreements []struct {
		ID       string   `json:"id"`
		Kind     string   `json:"kind"`
		Coverage string   `json:"coverage"`
		Text     wireText `json:"text"`
	} `json:"agreements"`
}

// Parse reads a theme file (format balansplan-theme/1) strictly; see the
// package documentation for what it refuses. Every refusal is an *Error.
func Parse(data []byte) (*Theme, error) {
	r := &reader{file: model.Text{NL: "thema", EN: "theme"}}
	var w wireTheme
	if e := r.decode(data, &w); e != nil {
		return nil, e
	}
	if w.Format != Format {
		if w.Format == "" {
			return nil, r.err(ReasonFormat, fmt.Sprintf(`het formaat ("format") ontbreekt; een themabestand heeft %q`, Format),
				fmt.Sprintf(`the format ("format") is missing; a theme file has %q`, Format))
		}
		return nil, r.err(ReasonFormat, fmt.Sprintf("het formaat is %q; deze Balansplan leest %q", w.Format, Format),
			fmt.Sprintf("the format is %q; this Balansplan reads %q", w.Format, Format))
	}
	if !model.ValidThemeID(w.ID) {
		return nil, r.err(ReasonID,
			fmt.Sprintf(`de id van het thema (%q) moet bestaan uit kleine letters, cijfers en streepjes, beginnend met een letter, ten hoogste %d tekens`, w.ID, model.MaxThemeIDLen),
			fmt.Sprintf(`the theme's id (%q) must consist of lower-case letters, digits and hyphens, starting with a letter, at most %d characters`, w.ID, model.MaxThemeIDLen))
	}
	r.file = model.Text{NL: "thema " + w.ID, EN: "theme " + w.ID}
	t := &Theme{ID: w.ID, Title: model.Text(w.Title), Description: model.Text(w.Description)}
	if e := r.text(w.Title, model.Text{NL: "de titel", EN: "the title"}, true, false); e != nil {
		return nil, e
	}
	if e := r.text(w.Description, model.Text{NL: "de beschrijving", EN: "the description"}, true, true); e != nil {
		return nil, e
	}

	ids := map[string]bool{}
	id := func(id string, what model.Text) *Error {
		switch {
		case !model.ValidThemeID(id):
			return r.err(ReasonID,
				fmt.Sprintf("%s heeft geen geldige id (%q): kleine letters, cijfers en streepjes, beginnend met een letter", what.NL, id),
				fmt.Sprintf("%s has no valid id (%q): lower-case letters, digits and hyphens, starting with a letter", what.EN, id))
		case ids[id]:
			return r.err(ReasonDuplicate,
				fmt.Sprintf("de id %s komt twee keer voor (%s); elke id komt één keer voor in een thema", id, what.NL),
				fmt.Sprintf("the id %s occurs twice (%s); each id occurs once in a theme", id, what.EN))
		}
		ids[id] = true
		return nil
	}
	named := func(nl, en, id string, field string) model.Text {
		return model.Text{NL: fmt.Sprintf("%s %s: %s", nl, id, field), EN: fmt.Sprintf("%s %s: %s", en, id, field)}
	}

	for i, wd := range w.Deadlines {
		what := model.Text{NL: fmt.Sprintf("termijn %d", i+1), EN: fmt.Sprintf("deadline %d", i+1)}
		if e := id(wd.ID, what); e != nil {
			return nil, e
		}
		d := Deadline{ID: wd.ID, Label: model.Text(wd.Label), Source: model.Text(wd.Source), Kind: DeadlineKind(wd.Kind)}
		date, err := time.Parse("2006-01-02", wd.Date)
		if err != nil {
			return nil, r.err(ReasonDate,
				fmt.Sprintf("termijn %s: de datum %q is geen bestaande datum in de vorm JJJJ-MM-DD", wd.ID, wd.Date),
				fmt.Sprintf("deadline %s: the date %q is not a real date of the form YYYY-MM-DD", wd.ID, wd.Date))
		}
		d.Date = date
		if d.Kind != Legal && d.Kind != Sector {
			return nil, r.err(ReasonEnum,
				fmt.Sprintf("termijn %s: de soort %q bestaat niet; kies uit legal (wettelijk) of sector (afspraak in de sector)", wd.ID, wd.Kind),
				fmt.Sprintf("deadline %s: the kind %q does not exist; choose legal or sector", wd.ID, wd.Kind))
		}
		if e := r.text(wd.Label, named("termijn", "deadline", wd.ID, "label"), true, false); e != nil {
			return nil, e
		}
		if e := r.text(wd.Source, named("termijn", "deadline", wd.ID, "source"), true, false); e != nil {
			return nil, e
		}
		t.Deadlines = append(t.Deadlines, d)
	}
	slices.SortStableFunc(t.Deadlines, func(a, b Deadline) int { return a.Date.Compare(b.Date) })

	for _, wv := range w.Visions {
		if e := id(wv.ID, model.Text{NL: "een visie-sjabloon", EN: "a vision template"}); e != nil {
			return nil, e
		}
		if e := r.text(wv.Title, named("visie-sjabloon", "vision template", wv.ID, "title"), true, false); e != nil {
			return nil, e
		}
		if e := r.text(wv.Text, named("visie-sjabloon", "vision template", wv.ID, "text"), true, true); e != nil {
			return nil, e
		}
		t.Visions = append(t.Visions, VisionTemplate{ID: wv.ID, Title: model.Text(wv.Title), Text: model.Text(wv.Text)})
	}

	for _, wi := range w.Investments {
		if e := id(wi.ID, model.Text{NL: "een investeringssjabloon", EN: "an investment template"}); e != nil {
			return nil, e
		}
		head := model.Text{NL: "investeringssjabloon " + wi.ID, EN: "investment template " + wi.ID}
		if e := r.text(wi.Title, named("investeringssjabloon", "investment template", wi.ID, "title"), true, false); e != nil {
			return nil, e
		}
		if e := r.text(wi.Description, named("investeringssjabloon", "investment template", wi.ID, "description"), false, true); e != nil {
			return nil, e
		}
		it := InvestmentTemplate{ID: wi.ID, Title: model.Text(wi.Title), Description: model.Text(wi.Description),
			Block: model.Block(wi.Block), Category: model.Category(wi.Category), Focus: model.Focus(wi.Focus)}
		if !it.Block.Valid() {
			return nil, r.err(ReasonEnum,
				fmt.Sprintf("%s: de bouwsteen %q bestaat niet; kies uit %s", head.NL, wi.Block, blockNames()),
				fmt.Sprintf("%s: the bouwsteen %q does not exist; choose from %s", head.EN, wi.Block, blockNames()))
		}
		if !it.Category.ValidFor(it.Block) {
			return nil, r.err(ReasonEnum,
				fmt.Sprintf("%s: de categorie %q hoort niet bij bouwsteen %s; kies uit %s", head.NL, wi.Category, wi.Block, categoryNames(it.Block)),
				fmt.Sprintf("%s: the category %q does not belong to bouwsteen %s; choose from %s", head.EN, wi.Category, wi.Block, categoryNames(it.Block)))
		}
		if e := r.plain(wi.Category, model.Text{NL: head.NL + ": de categorie", EN: head.EN + ": the category"}, false); e != nil {
			return nil, e
		}
		if it.Focus != "" && (!it.Focus.Valid() || it.Block != model.BlockDeskundigheid) {
			return nil, r.err(ReasonEnum,
				fmt.Sprintf("%s: de focus %q kan niet; alleen deskundigheid heeft een focus: didactisch, instrumenteel of organisatorisch", head.NL, wi.Focus),
				fmt.Sprintf("%s: the focus %q is not possible; only deskundigheid has a focus: didactisch, instrumenteel or organisatorisch", head.EN, wi.Focus))
		}
		var e *Error
		if it.OneOff, e = r.cost(head, "one_off", wi.Cost.OneOff); e != nil {
			return nil, e
		}
		if it.Recurring, e = r.cost(head, "recurring", wi.Cost.Recurring); e != nil {
			return nil, e
		}
		t.Investments = append(t.Investments, it)
	}

	for _, wa := range w.Agreements {
		if e := id(wa.ID, model.Text{NL: "een afspraaksjabloon", EN: "an agreement template"}); e != nil {
			return nil, e
		}
		head := model.Text{NL: "afspraaksjabloon " + wa.ID, EN: "agreement template " + wa.ID}
		at := AgreementTemplate{ID: wa.ID, Kind: model.AgreementKind(wa.Kind), Coverage: model.Coverage(wa.Coverage), Text: model.Text(wa.Text)}
		if !at.Kind.Valid() {
			return nil, r.err(ReasonEnum,
				fmt.Sprintf("%s: de soort %q bestaat niet; kies uit %s", head.NL, wa.Kind, kindNames()),
				fmt.Sprintf("%s: the kind %q does not exist; choose from %s", head.EN, wa.Kind, kindNames()))
		}
		if !at.Coverage.Valid() {
			return nil, r.err(ReasonEnum,
				fmt.Sprintf("%s: de dekking %q bestaat niet; kies uit alle, deels of geen", head.NL, wa.Coverage),
				fmt.Sprintf("%s: the coverage %q does not exist; choose alle, deels or geen", head.EN, wa.Coverage))
		}
		if e := r.text(wa.Text, named("afspraaksjabloon", "agreement template", wa.ID, "text"), true, true); e != nil {
			return nil, e
		}
		t.Agreements = append(t.Agreements, at)
	}
	if len(t.Visions)+len(t.Investments)+len(t.Agreements) == 0 {
		return nil, r.err(ReasonNothing, "het thema heeft geen enkel sjabloon (visions, investments of agreements)",
			"the theme has no template at all (visions, investments or agreements)")
	}
	return t, nil
}

// cost reads a suggested amount in euros: absent is none (0), else 0 or
// more, whole cents, at most model.MaxMoney.
func (r *reader) cost(head model.Text, field string, n json.Number) (model.Money, *Error) {
	if n == "" {
		return 0, nil
	}
	m, err := model.ParseMoney(n.String())
	if err != nil || m < 0 {
		return 0, r.err(ReasonCost,
			fmt.Sprintf("%s: cost.%s is %s; een bedrag is 0 of meer euro, in hele centen, ten hoogste een miljard", head.NL, field, n),
			fmt.Sprintf("%s: cost.%s is %s; an amount is 0 or more euros, in whole cents, at most one billion", head.EN, field, n))
	}
	return m, nil
}

func blockNames() string {
	var out []string
	for _, b := range model.Blocks() {
		out = append(out, string(b))
	}
	return strings.Join(out, ", ")
}

func categoryNames(b model.Block) string {
	cs := model.CategoriesOf(b)
	if len(cs) == 0 {
		return "een eigen tekst / free text"
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return strings.Join(out, ", ")
}

func kindNames() string {
	var out []string
	for _, k := range model.AgreementKinds() {
		out = append(out, string(k))
	}
	return strings.Join(out, ", ")
}

// Template finds a template of the theme by its id: a VisionTemplate,
// an InvestmentTemplate or an AgreementTemplate.
func (t *Theme) Template(id string) (any, bool) {
	for _, v := range t.Visions {
		if v.ID == id {
			return v, true
		}
	}
	for _, v := range t.Investments {
		if v.ID == id {
			return v, true
		}
	}
	for _, v := range t.Agreements {
		if v.ID == id {
			return v, true
		}
	}
	return nil, false
}
