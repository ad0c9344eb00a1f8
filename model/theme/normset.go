package theme

import (
	"fmt"
	"strings"
	"unicode"

	"balansplan/model"
)

// NormFormat is the name and version of the norm set format.
const NormFormat = "balansplan-normset/1"

// NormSet is a list of norms for the maturity register.
type NormSet struct {
	ID    string
	Title model.Text
	Norms []Norm // in the file's order
}

// Norm is one norm of a set: what is assessed, the domain it belongs to,
// and, when the set gives them, what each level 1 to 5 means.
type Norm struct {
	ID     string // unique in the set, e.g. "bp.toegang"
	Domain model.Text
	Title  model.Text
	Levels []model.Text // none, or five: Levels[0] is level 1
}

type wireNormSet struct {
	Format string   `json:"format"`
	ID     string   `json:"id"`
	Title  wireText `json:"title"`
	Norms  []struct {
		ID     string     `json:"id"`
		Domain wireText   `json:"domain"`
		Title  wireText   `json:"title"`
		Levels []wireText `json:"levels"`
	} `json:"norms"`
}

// MaxNormIDLen is the longest id of a norm set or a norm.
const MaxNormIDLen = 64

// ParseNormSet reads a norm set (format balansplan-normset/1) strictly:
// as Parse, and a set needs an id and at least one norm; a norm an id of
// at most 64 characters without spaces, unique in the set, a domain and a
// title; levels are absent or exactly five. Texts are needed in Dutch and
// may lack English (an official set is in Dutch): the register then shows
// the Dutch in both languages. Every refusal is an *Error.
func ParseNormSet(data []byte) (*NormSet, error) {
	r := &reader{file: model.Text{NL: "normenset", EN: "norm set"}}
	var w wireNormSet
	if e := r.decode(data, &w); e != nil {
		return nil, e
	}
	if w.Format != NormFormat {
		return nil, r.err(ReasonFormat, fmt.Sprintf("het formaat is %q; een normenset heeft %q", w.Format, NormFormat),
			fmt.Sprintf("the format is %q; a norm set has %q", w.Format, NormFormat))
	}
	if !normID(w.ID) {
		return nil, r.err(ReasonID,
			fmt.Sprintf("de id van de normenset (%q) ontbreekt of bevat spaties; ten hoogste %d tekens", w.ID, MaxNormIDLen),
			fmt.Sprintf("the norm set's id (%q) is missing or holds spaces; at most %d characters", w.ID, MaxNormIDLen))
	}
	r.file = model.Text{NL: "normenset " + w.ID, EN: "norm set " + w.ID}
	set := &NormSet{ID: w.ID, Title: dutchFallback(w.Title)}
	if e := r.dutch(w.Title, model.Text{NL: "de titel", EN: "the title"}); e != nil {
		return nil, e
	}
	seen := map[string]bool{}
	for i, wn := range w.Norms {
		switch {
		case !normID(wn.ID):
			return nil, r.err(ReasonID,
				fmt.Sprintf("norm %d heeft geen geldige id (%q): niet leeg, zonder spaties, ten hoogste %d tekens", i+1, wn.ID, MaxNormIDLen),
				fmt.Sprintf("norm %d has no valid id (%q): not empty, without spaces, at most %d characters", i+1, wn.ID, MaxNormIDLen))
		case seen[wn.ID]:
			return nil, r.err(ReasonDuplicate,
				fmt.Sprintf("norm %s staat er twee keer in (de tweede keer als norm %d)", wn.ID, i+1),
				fmt.Sprintf("norm %s is in it twice (the second time as norm %d)", wn.ID, i+1))
		}
		seen[wn.ID] = true
		head := model.Text{NL: "norm " + wn.ID + ": ", EN: "norm " + wn.ID + ": "}
		if e := r.dutch(wn.Domain, model.Text{NL: head.NL + "het domein", EN: head.EN + "the domain"}); e != nil {
			return nil, e
		}
		if e := r.dutch(wn.Title, model.Text{NL: head.NL + "de titel", EN: head.EN + "the title"}); e != nil {
			return nil, e
		}
		if len(wn.Levels) != 0 && len(wn.Levels) != model.MaxMaturity {
			return nil, r.err(ReasonLevels,
				fmt.Sprintf("%sde niveaus (levels) zijn er %d; geef er geen of precies 5, van niveau 1 tot en met 5", head.NL, len(wn.Levels)),
				fmt.Sprintf("%sthere are %d levels; give none or exactly 5, from level 1 to 5", head.EN, len(wn.Levels)))
		}
		n := Norm{ID: wn.ID, Domain: dutchFallback(wn.Domain), Title: dutchFallback(wn.Title)}
		for k, l := range wn.Levels {
			if e := r.dutch(l, model.Text{NL: fmt.Sprintf("%sniveau %d", head.NL, k+1), EN: fmt.Sprintf("%slevel %d", head.EN, k+1)}); e != nil {
				return nil, e
			}
			n.Levels = append(n.Levels, dutchFallback(l))
		}
		set.Norms = append(set.Norms, n)
	}
	if len(set.Norms) == 0 {
		return nil, r.err(ReasonNothing, "de normenset heeft geen enkele norm (norms)", "the norm set has no norm at all (norms)")
	}
	return set, nil
}

// normID reports whether id can name a set or a norm: 1 to MaxNormIDLen
// characters, printable, without white space.
func normID(id string) bool {
	if id == "" || len([]rune(id)) > MaxNormIDLen {
		return false
	}
	for _, c := range id {
		if unicode.IsSpace(c) || !unicode.IsPrint(c) {
			return false
		}
	}
	return true
}

// dutch checks a single-line text that is required in Dutch and optional
// in English.
func (r *reader) dutch(t wireText, what model.Text) *Error {
	if strings.TrimSpace(t.NL) == "" {
		return r.err(ReasonText, what.NL+" ontbreekt in het Nederlands (nl)", what.EN+" is missing in Dutch (nl)")
	}
	for _, s := range []string{t.NL, t.EN} {
		if e := r.plain(s, what, false); e != nil {
			return e
		}
	}
	return nil
}

// dutchFallback is t with the Dutch in place of a missing English.
func dutchFallback(t wireText) model.Text {
	if strings.TrimSpace(t.EN) == "" {
		t.EN = t.NL
	}
	return model.Text(t)
}

// ImportNorms adds every norm of the set that the register does not have
// yet (by Norm id) as a domain to a copy of the plan: its domain and
// title in language l, not yet assessed, target model.DefaultTarget, no
// owner. The plan itself is not changed. It returns the copy and how many
// domains it added; a repeated import adds nothing.
func ImportNorms(p *model.Plan, set *NormSet, l model.Lang) (*model.Plan, int) {
	q := p.Clone()
	have := map[string]bool{}
	for _, m := range q.Maturity {
		if m.Norm != "" {
			have[m.Norm] = true
		}
	}
	added := 0
	for _, n := range set.Norms {
		if have[n.ID] {
			continue
		}
		d := model.NewMaturityDomain(n.Domain.In(l), n.Title.In(l))
		d.Norm = n.ID
		q.Maturity = append(q.Maturity, d)
		added++
	}
	return q, added
}

// Norm finds a norm of the set by id.
func (s *NormSet) Norm(id string) (Norm, bool) {
	for _, n := range s.Norms {
		if n.ID == id {
			return n, true
		}
	}
	return Norm{}, false
}
