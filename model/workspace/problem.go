package workspace

import (
	"errors"
	"fmt"
	"path/filepath"

	"balansplan/model"
	"balansplan/model/store"
)

// Kind is why a file was not counted, in the terms a board member acts
// on.
type Kind string

// Kinds of problems.
const (
	NotAPlan   Kind = "not_a_plan" // another kind of file, another program's database, an empty file, a folder
	Newer      Kind = "newer"      // made by a newer Balansplan
	Damaged    Kind = "damaged"    // cut off, overwritten, or holding no plan
	Invalid    Kind = "invalid"    // a plan that does not pass model.Validate
	Unreadable Kind = "unreadable" // gone, no permission, a link loop, in use, a read error
)

// ReasonInvalid is the Reason of an Invalid problem; the other problems
// carry store's Reason.
const ReasonInvalid = "invalid"

// Problem is a file that is not counted, and why.
type Problem struct {
	Path   string
	Kind   Kind
	Reason string // a store.Reason* constant, or ReasonInvalid
	// Text is one line naming the file: what is wrong and what to do.
	Text model.Text
	// Err is the cause, for logs (a *store.FileError, model.Problems, ...).
	Err error
}

// Message is the problem's line in language l.
func (p Problem) Message(l model.Lang) string { return p.Text.In(l) }

// kindOf maps store's reasons to the board's kinds.
var kindOf = map[string]Kind{
	store.ReasonDirectory:     NotAPlan,
	store.ReasonEmpty:         NotAPlan,
	store.ReasonNotSQLite:     NotAPlan,
	store.ReasonForeignSQLite: NotAPlan,
	store.ReasonNewerSchema:   Newer,
	store.ReasonCorrupt:       Damaged,
	store.ReasonNeedsRecovery: Damaged,
}

// lines are the board's sentences per reason. They differ from store's
// own (which advise someone opening one file in the app) in what to do:
// a board member asks the school for the file again.
var lines = map[string]model.Text{
	store.ReasonDirectory: {
		NL: "%s: is een map en geen planbestand; niet meegeteld.",
		EN: "%s: is a folder, not a plan file; not counted."},
	store.ReasonEmpty: {
		NL: "%s: is leeg (0 bytes) en bevat geen plan; vraag de school het plan opnieuw te sturen. Niet meegeteld.",
		EN: "%s: is empty (0 bytes) and holds no plan; ask the school to send the plan again. Not counted."},
	store.ReasonNotSQLite: {
		NL: "%s: is geen Balansplan-plan maar een ander soort bestand; niet meegeteld.",
		EN: "%s: is not a Balansplan plan but another kind of file; not counted."},
	store.ReasonForeignSQLite: {
		NL: "%s: is een database van een ander programma en geen Balansplan-plan; niet meegeteld.",
		EN: "%s: is another program's database, not a Balansplan plan; not counted."},
	store.ReasonNewerSchema: {
		NL: "%s: is gemaakt met een nieuwere versie van Balansplan; werk Balansplan bij om dit plan mee te tellen. Niet meegeteld.",
		EN: "%s: was made with a newer version of Balansplan; update Balansplan to count this plan. Not counted."},
	store.ReasonCorrupt: {
		NL: "%s: is beschadigd of onvolledig (bijvoorbeeld afgebroken bij het kopiëren); vraag de school het plan opnieuw te sturen. Niet meegeteld.",
		EN: "%s: is damaged or incomplete (for example cut off while copying); ask the school to send the plan again. Not counted."},
	store.ReasonNeedsRecovery: {
		NL: "%s: een opslagactie is onderbroken en de kopie kon niet worden hersteld; vraag de school het plan eenmaal in Balansplan te openen en opnieuw te sturen. Niet meegeteld.",
		EN: "%s: a save was interrupted and the copy could not be repaired; ask the school to open the plan once in Balansplan and send it again. Not counted."},
	store.ReasonNotFound: {
		NL: "%s: bestaat niet (meer); niet meegeteld.",
		EN: "%s: does not exist (any more); not counted."},
	store.ReasonNoPermission: {
		NL: "%s: je hebt geen toestemming om dit bestand te lezen; vraag de beheerder om leesrechten. Niet meegeteld.",
		EN: "%s: you have no permission to read this file; ask the administrator for read access. Not counted."},
	store.ReasonLinkLoop: {
		NL: "%s: is een symbolische link die naar zichzelf terugverwijst; niet meegeteld.",
		EN: "%s: is a symbolic link that leads back to itself; not counted."},
	store.ReasonLocked: {
		NL: "%s: werd gewijzigd terwijl het werd gelezen (nog open bij de school of in de synchronisatie); probeer het straks opnieuw. Niet meegeteld.",
		EN: "%s: changed while it was being read (still open at the school, or being synchronised); try again shortly. Not counted."},
}

// problemOf turns an error from copying or reading a file into its
// Problem.
func problemOf(path string, err error) Problem {
	name := filepath.Base(path)
	var te *tempError
	if errors.As(err, &te) {
		return Problem{Path: path, Kind: Unreadable, Reason: store.ReasonIO, Err: err, Text: model.Text{
			NL: fmt.Sprintf("%s: de kopie in de tijdelijke map kon niet worden gemaakt (%v); maak ruimte vrij en probeer het opnieuw. Niet meegeteld.", name, te.err),
			EN: fmt.Sprintf("%s: the copy in the temporary folder could not be made (%v); free some space and try again. Not counted.", name, te.err)}}
	}
	var fe *store.FileError
	if !errors.As(err, &fe) {
		// Not about the file as store sees it: a bug, said as it is.
		return Problem{Path: path, Kind: Unreadable, Reason: store.ReasonIO, Err: err, Text: model.Text{
			NL: fmt.Sprintf("%s: kon niet worden gelezen (%v); niet meegeteld.", name, err),
			EN: fmt.Sprintf("%s: could not be read (%v); not counted.", name, err)}}
	}
	// store named the copy; the user knows the original.
	fe.Path = path
	kind, ok := kindOf[fe.Reason]
	if !ok {
		kind = Unreadable
	}
	t, ok := lines[fe.Reason]
	if !ok {
		// Any other reason (a read error): store's own sentence, which
		// names the file.
		return Problem{Path: path, Kind: kind, Reason: fe.Reason, Err: err,
			Text: model.Text{NL: fe.Message(model.NL), EN: fe.Message(model.EN)}}
	}
	return Problem{Path: path, Kind: kind, Reason: fe.Reason, Err: err,
		Text: model.Text{NL: fmt.Sprintf(t.NL, name), EN: fmt.Sprintf(t.EN, name)}}
}

// invalid is the problem of a plan that loads but does not validate: one
// line with the number of problems and the first of them; balansplan check
// lists them all.
func invalid(path string, ps model.Problems) Problem {
	name := filepath.Base(path)
	count := model.Text{NL: "1 probleem", EN: "1 problem"}
	if len(ps) != 1 {
		count = model.Text{NL: fmt.Sprintf("%d problemen", len(ps)), EN: fmt.Sprintf("%d problems", len(ps))}
	}
	return Problem{Path: path, Kind: Invalid, Reason: ReasonInvalid, Err: ps, Text: model.Text{
		NL: fmt.Sprintf("%s: het plan is niet geldig (%s, het eerste: %s); balansplan check --in %s noemt ze alle. Niet meegeteld.",
			name, count.NL, ps[0].Message(model.NL), path),
		EN: fmt.Sprintf("%s: the plan is not valid (%s, the first: %s); balansplan check --in %s lists them all. Not counted.",
			name, count.EN, ps[0].Message(model.EN), path)}}
}
