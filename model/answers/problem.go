package answers

import (
	"fmt"
	"strings"

	"balansplan/model"
)

// Problem is what is wrong with one row of the file, or (Row 0) with the
// file as a whole or the mapping.
type Problem struct {
	Row int // the row as a spreadsheet numbers it; 0 for the file or the mapping
	// Mapping is true for a problem of the mapping file by itself
	// (ParseMapping); its message then begins with "koppeling".
	Mapping bool
	Issues  []Issue
}

// Issue is one thing wrong in a row: which column, what is wrong.
type Issue struct {
	Column string // the column's name in the header; "" when not about one column
	Reason string // a stable key for programs and tests, e.g. "rating"
	Detail model.Text
}

// Message is the whole problem for a user in language l, on one line,
// for example `rij 4, kolom "visie.1": "6" is geen antwoord; ...`.
func (p Problem) Message(l model.Lang) string {
	var head string
	switch {
	case p.Row > 0 && l == model.EN:
		head = fmt.Sprintf("row %d", p.Row)
	case p.Row > 0:
		head = fmt.Sprintf("rij %d", p.Row)
	case p.Mapping && l == model.EN:
		head = "mapping"
	case p.Mapping:
		head = "koppeling"
	case l == model.EN:
		head = "answers file"
	default:
		head = "antwoordenbestand"
	}
	parts := make([]string, len(p.Issues))
	for i, is := range p.Issues {
		if is.Column != "" {
			col := "kolom"
			if l == model.EN {
				col = "column"
			}
			parts[i] = fmt.Sprintf("%s %q: %s", col, is.Column, is.Detail.In(l))
		} else {
			parts[i] = is.Detail.In(l)
		}
	}
	sep := ": "
	if len(p.Issues) > 0 && p.Issues[0].Column != "" {
		sep = ", "
	}
	return head + sep + strings.Join(parts, "; ")
}

// Has reports whether the problem has an issue with the given reason.
func (p Problem) Has(reason string) bool {
	for _, is := range p.Issues {
		if is.Reason == reason {
			return true
		}
	}
	return false
}

// Error is the problem in Dutch, so that one problem can be passed on as
// an error by itself.
func (p Problem) Error() string { return p.Message(model.NL) }

// Problems is what Read, Apply and ParseMapping refuse: a typed error
// whose every issue has a stable Reason and a sentence in Dutch and
// English. As an error it reads in Dutch; Message gives either language,
// one problem a line, which is what a GUI looks for in an error it shows.
type Problems []Problem

func (ps Problems) Error() string { return strings.Join(ps.Messages(model.NL), "; ") }

// Message is every problem in language l, one a line.
func (ps Problems) Message(l model.Lang) string { return strings.Join(ps.Messages(l), "\n") }

// Has reports whether any problem has an issue with the given reason.
func (ps Problems) Has(reason string) bool {
	for _, p := range ps {
		if p.Has(reason) {
			return true
		}
	}
	return false
}

// Messages lists every problem's message in language l.
func (ps Problems) Messages(l model.Lang) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Message(l)
	}
	return out
}

func fileProblem(reason string, detail model.Text) Problems {
	return Problems{{Issues: []Issue{{Reason: reason, Detail: detail}}}}
}
