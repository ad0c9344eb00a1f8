package export

import (
	"fmt"
	"io"

	"balansplan/model"
)

// WriteJSON writes the plan in the interchange format balansplan/1 to path,
// atomically like WritePDF: a failed write leaves no partial file and an
// *Error that can say what went wrong in the user's language.
//
// It never writes a file that import would refuse: the encoded bytes are
// decoded again, with the importer's own rules, before anything is
// written. A plan that does not survive that (an amount too large for the
// format, a duplicate code, an unknown value read from a damaged file)
// gives an *UnimportableError naming each field, and no file.
func WriteJSON(p *model.Plan, path string) error {
	data, err := model.EncodeJSON(p)
	if err != nil {
		return err
	}
	if _, ps := model.DecodeJSONBytes(data); len(ps) > 0 {
		return &UnimportableError{Path: path, Problems: ps}
	}
	return writeFile(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// UnimportableError is a JSON export refused because import would refuse
// its result; nothing was written. It deliberately does not unwrap to its
// Problems: a caller that shows errors should show Messages, which say
// that the file was not written, not the bare problems.
type UnimportableError struct {
	Path     string         // the file that was to be written
	Problems model.Problems // what import would say
}

func (e *UnimportableError) Error() string {
	return fmt.Sprintf("export json %s: import would refuse it: %v", e.Path, e.Problems)
}

// Messages is one line per problem, each saying that the file was not
// written and why, in language l.
func (e *UnimportableError) Messages(l model.Lang) []string {
	lead := model.Text{
		NL: fmt.Sprintf("%s is niet geschreven, want het plan zou niet opnieuw in te lezen zijn: ", e.Path),
		EN: fmt.Sprintf("%s was not written, because import would refuse it: ", e.Path),
	}.In(l)
	lines := e.Problems.Messages(l)
	for i, m := range lines {
		lines[i] = lead + m
	}
	return lines
}
