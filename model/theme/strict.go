package theme

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"balansplan/model"
)

// Error is why a theme file or a norm set is refused: a stable Reason for
// programs and tests, and what is wrong in Dutch and English, naming the
// template, deadline or norm and the field concerned. Error gives the
// Dutch sentence, Message either language (what the GUI shows).
type Error struct {
	File   model.Text // "thema ai", "normenset bp-ibp-1"; "thema" when the file does not get that far
	Reason string     // one of the Reason... constants
	Detail model.Text
}

// The reasons of an Error.
const (
	ReasonEmpty     = "empty"     // the file holds nothing
	ReasonJSON      = "json"      // not JSON, trailing data, a key twice or unknown, a value of the wrong kind
	ReasonFormat    = "format"    // no format, or another one
	ReasonID        = "id"        // a missing or malformed id
	ReasonDuplicate = "duplicate" // an id used twice
	ReasonText      = "text"      // a text missing, in one language only, or not a valid text
	ReasonDate      = "date"      // not a real date YYYY-MM-DD
	ReasonEnum      = "enum"      // an unknown kind, bouwsteen, category, focus or coverage
	ReasonCost      = "cost"      // a cost below zero, with a fraction of a cent, or too large
	ReasonLevels    = "levels"    // a norm's levels not 1 to 5 in order
	ReasonNothing   = "nothing"   // a theme without a template, a norm set without a norm
)

func (e *Error) Error() string { return e.Message(model.NL) }

// Message is the whole refusal for a user in language l, for example
// "thema ai: investering ai-scholing: de categorie "netwerk" hoort niet
// bij bouwsteen deskundigheid; kies uit leraar, management, ondersteuning".
func (e *Error) Message(l model.Lang) string { return e.File.In(l) + ": " + e.Detail.In(l) }

// reader reads one file strictly; file names it in messages.
type reader struct {
	file model.Text
}

func (r *reader) err(reason, nl, en string) *Error {
	return &Error{File: r.file, Reason: reason, Detail: model.Text{NL: nl, EN: en}}
}

// decode reads data into v: one JSON object, nothing after it, no key
// twice in one object, no key v does not have, every value of the kind v
// wants. Numbers stay json.Number where v asks for one, so amounts are
// exact.
func (r *reader) decode(data []byte, v any) *Error {
	if len(bytes.TrimSpace(data)) == 0 {
		return r.err(ReasonEmpty, "het bestand is leeg", "the file is empty")
	}
	if !utf8.Valid(data) {
		return r.err(ReasonJSON, "het bestand is geen geldige UTF-8", "the file is not valid UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if e := r.duplicateKeys(data); e != nil {
		return e
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return r.jsonErr(data, err)
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		line, col := model.TextPosition(data, len(data)-len(rest))
		return r.err(ReasonJSON,
			fmt.Sprintf("na het einde van het bestand staat nog iets (regel %d, kolom %d)", line, col),
			fmt.Sprintf("something follows the end of the file (line %d, column %d)", line, col))
	}
	return nil
}

// duplicateKeys refuses a key given twice in one object, which
// encoding/json would silently resolve by keeping the last.
func (r *reader) duplicateKeys(data []byte) *Error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return nil
		}
		switch d {
		case '{':
			seen := map[string]bool{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return err
				}
				k, _ := kt.(string)
				if seen[k] {
					return &dupKey{path: path, key: k, off: dec.InputOffset()}
				}
				seen[k] = true
				if err := walk(join(path, k)); err != nil {
					return err
				}
			}
		case '[':
			for i := 0; dec.More(); i++ {
				if err := walk(fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
		_, err = dec.Token() // the closing bracket
		return err
	}
	err := walk("")
	var dk *dupKey
	if errors.As(err, &dk) {
		line, col := model.TextPosition(data, int(dk.off))
		where := model.Text{NL: "het bestand", EN: "the file"}
		if dk.path != "" {
			where = model.Text{NL: strconv.Quote(dk.path), EN: strconv.Quote(dk.path)}
		}
		return r.err(ReasonJSON,
			fmt.Sprintf("de sleutel %q staat twee keer in %s (regel %d, kolom %d); JSON zou er stil één van houden", dk.key, where.NL, line, col),
			fmt.Sprintf("the key %q is given twice in %s (line %d, column %d); JSON would silently keep one", dk.key, where.EN, line, col))
	}
	return nil // a syntax error is reported by decode, with its place
}

type dupKey struct {
	path, key string
	off       int64
}

func (d *dupKey) Error() string { return "duplicate key " + d.key }

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// jsonErr says where the JSON breaks, or which value has the wrong kind
// or is unknown, without encoding/json's English.
func (r *reader) jsonErr(data []byte, err error) *Error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		line, _ := model.TextPosition(data, len(data))
		return r.err(ReasonJSON,
			fmt.Sprintf("het bestand is geen geldige JSON: het houdt op in regel %d terwijl er nog iets open staat (een }, ] of \")", line),
			fmt.Sprintf("the file is not valid JSON: it ends in line %d while something is still open (a }, ] or \")", line))
	case errors.As(err, &te):
		where := model.Text{NL: "het bestand", EN: "the file"}
		if te.Field != "" {
			where = model.Text{NL: strconv.Quote(te.Field), EN: strconv.Quote(te.Field)}
		}
		want := kindText(te.Type)
		return r.err(ReasonJSON,
			fmt.Sprintf("%s moet %s zijn, niet %s", where.NL, want.NL, model.JSONValueText(te.Value).NL),
			fmt.Sprintf("%s must be %s, not %s", where.EN, want.EN, model.JSONValueText(te.Value).EN))
	case errors.As(err, &se):
		line, col := model.TextPosition(data, max(0, int(se.Offset)-1))
		return r.err(ReasonJSON,
			fmt.Sprintf("het bestand is geen geldige JSON: fout in regel %d, kolom %d", line, col),
			fmt.Sprintf("the file is not valid JSON: error in line %d, column %d", line, col))
	}
	if k, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return r.err(ReasonJSON,
			fmt.Sprintf("de sleutel %s kent dit formaat niet; controleer de spelling", k),
			fmt.Sprintf("this format has no key %s; check the spelling", k))
	}
	return r.err(ReasonJSON, "het bestand is geen geldige JSON", "the file is not valid JSON")
}

// kindText names the kind of value a field of the format holds.
func kindText(t reflect.Type) model.Text {
	if t == reflect.TypeOf(json.Number("")) {
		return model.Text{NL: "een getal", EN: "a number"}
	}
	switch t.Kind() {
	case reflect.String:
		return model.Text{NL: "een tekst", EN: "a text"}
	case reflect.Int, reflect.Int64:
		return model.Text{NL: "een geheel getal", EN: "a whole number"}
	case reflect.Slice:
		return model.Text{NL: "een lijst", EN: "a list"}
	}
	return model.Text{NL: "een object", EN: "an object"}
}

// wireText is a text in both languages.
type wireText struct {
	NL string `json:"nl"`
	EN string `json:"en"`
}

// text checks a text in both languages: both given when required, else
// both or neither; each a valid text of the model (multi: it may run over
// lines). what names it in both languages.
func (r *reader) text(t wireText, what model.Text, required, multi bool) *Error {
	nl, en := strings.TrimSpace(t.NL) != "", strings.TrimSpace(t.EN) != ""
	switch {
	case required && !nl && !en:
		return r.err(ReasonText, what.NL+" ontbreekt (nl en en)", what.EN+" is missing (nl and en)")
	case nl && !en:
		return r.err(ReasonText, what.NL+" staat er in het Nederlands maar niet in het Engels (en)",
			what.EN+" is there in Dutch but not in English (en)")
	case en && !nl:
		return r.err(ReasonText, what.NL+" staat er in het Engels maar niet in het Nederlands (nl)",
			what.EN+" is there in English but not in Dutch (nl)")
	}
	for _, s := range []string{t.NL, t.EN} {
		if e := r.plain(s, what, multi); e != nil {
			return e
		}
	}
	return nil
}

// plain checks one text against the model's rules for a text field.
func (r *reader) plain(s string, what model.Text, multi bool) *Error {
	if n := utf8.RuneCountInString(s); n > model.MaxTextLen {
		return r.err(ReasonText,
			fmt.Sprintf("%s is %d tekens lang; het maximum is %d", what.NL, n, model.MaxTextLen),
			fmt.Sprintf("%s is %d characters long; the maximum is %d", what.EN, n, model.MaxTextLen))
	}
	for _, c := range s {
		if c < 0x20 && (!multi || c != '\t' && c != '\r' && c != '\n') || c >= 0x7f && c <= 0x9f {
			return r.err(ReasonText,
				fmt.Sprintf("%s bevat een stuurteken (U+%04X)", what.NL, c),
				fmt.Sprintf("%s holds a control character (U+%04X)", what.EN, c))
		}
	}
	return nil
}
