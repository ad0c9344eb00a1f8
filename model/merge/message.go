package merge

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"balansplan/model"
)

// maxShown is the most characters of a value a message quotes; a longer
// text (a description) is cut short, so that a conflict stays one line.
const maxShown = 60

// Message says the conflict in one line in language l, for example
//
//	investering D1, veld title: verschillend gewijzigd: basis "Scholing"; anna.balans "Scholing rekenen"; bram.balans "Scholing taal"; chris.balans ongewijzigd
//
// names are the names of the copies, in their order (file names on the
// command line); a missing name reads "kopie 3". A resolved conflict ends
// with the copy that was chosen.
func (c *Conflict) Message(l model.Lang, names []string) string {
	name := func(i int) string {
		if i < len(names) && names[i] != "" {
			return names[i]
		}
		return tr(l, "kopie ", "copy ") + strconv.Itoa(i+1)
	}
	if c.Reason == DifferentPlans && c.Plans != nil {
		e := *c.Plans
		e.Names = names
		return e.Message(l)
	}
	if c.Reason == Invalid && c.Problem != nil {
		return tr(l, "het samengevoegde plan klopt niet: ", "the merged plan is not valid: ") + c.Problem.Message(l)
	}
	var parts []string
	var detail string
	switch c.Reason {
	case Changed:
		if c.Base != nil {
			parts = append(parts, tr(l, "basis ", "base ")+quote(c.Base.Text))
		}
		for i, v := range c.Values {
			switch {
			case v.Absent:
				parts = append(parts, name(i)+tr(l, " heeft het niet", " does not have it"))
			case v.Unchanged:
				parts = append(parts, name(i)+tr(l, " ongewijzigd", " unchanged"))
			default:
				parts = append(parts, name(i)+" "+quote(v.Text))
			}
		}
		lead := tr(l, "de kopieën verschillen: ", "the copies differ: ")
		if c.Base != nil {
			lead = tr(l, "verschillend gewijzigd: ", "changed differently: ")
		}
		detail = lead + strings.Join(parts, "; ")
	case DeletedChanged:
		for i, v := range c.Values {
			switch {
			case v.Absent:
				parts = append(parts, tr(l, "verwijderd in ", "deleted in ")+name(i))
			case v.Unchanged:
				parts = append(parts, tr(l, "ongewijzigd in ", "unchanged in ")+name(i))
			default:
				parts = append(parts, tr(l, "gewijzigd in ", "changed in ")+name(i)+" ("+v.Text+")")
			}
		}
		detail = strings.Join(parts, "; ")
	case Presence:
		var in, out []string
		for i, v := range c.Values {
			if v.Absent {
				out = append(out, name(i))
			} else {
				in = append(in, name(i))
			}
		}
		detail = fmt.Sprintf(tr(l,
			"staat in %s, maar niet in %s; zonder gemeenschappelijke basis is niet te zien of het is toegevoegd of verwijderd",
			"is in %s but not in %s; without a common base there is no telling whether it was added or deleted"),
			and(l, in), and(l, out))
	case DeletedLinked:
		var out []string
		for i, v := range c.Values {
			if v.Absent {
				out = append(out, name(i))
			}
		}
		detail = fmt.Sprintf(tr(l,
			"verwijderd in %s, maar in een andere kopie is er een koppeling naar gemaakt (%s)",
			"deleted in %s, but another copy links to it (%s)"),
			and(l, out), strings.Join(c.Linked, ", "))
	default:
		detail = string(c.Reason)
	}
	if c.Chosen >= 0 {
		detail += tr(l, " → gekozen: ", " → chosen: ") + name(c.Chosen)
	}
	p := model.Problem{Entity: c.Entity, Ref: c.Code, Field: c.Field, Detail: model.Text{NL: detail, EN: detail}}
	return p.Message(l)
}

func tr(l model.Lang, nl, en string) string {
	if l == model.EN {
		return en
	}
	return nl
}

func quote(s string) string {
	if utf8.RuneCountInString(s) > maxShown {
		r := []rune(s)
		s = string(r[:maxShown-1]) + "…"
	}
	return strconv.Quote(s)
}

// and joins names as a person would: "a, b en c".
func and(l model.Lang, items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + tr(l, " en ", " and ") + items[len(items)-1]
}
