package board

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"balansplan/model"
)

// SettingsFormat is the name and version of the board's settings file
// (board.json).
const SettingsFormat = "balansplan-board/1"

// Settings are what the board says about itself: its name and the most it
// can carry in cash per calendar year. Both are optional.
type Settings struct {
	Name string
	// Ceiling is the board's cash-out ceiling per calendar year; a year
	// without an entry has none.
	Ceiling map[int]model.Money
}

// SettingsError says what is wrong with a settings file, in both
// languages.
type SettingsError struct {
	Text model.Text
}

func (e *SettingsError) Error() string { return e.Text.EN }

// Message is the sentence for the user in language l.
func (e *SettingsError) Message(l model.Lang) string { return e.Text.In(l) }

func settingsErr(nl, en string) error {
	return &SettingsError{Text: model.Text{
		NL: "het bestuursbestand is niet bruikbaar: " + nl,
		EN: "the board file cannot be used: " + en}}
}

// ParseSettings reads a settings file:
//
//	{"format": "balansplan-board/1",
//	 "name": "Stichting Voorbeeld",
//	 "ceiling": {"2027": 400000, "2028": 380000.50}}
//
// Amounts are euros, exact to the cent (as model.ParseMoney reads them), at
// least 0; years are 1900 to 9999. format is required; name and ceiling
// may be left out. Anything else (an unknown key, a year twice, a
// fraction of a cent) is refused with a sentence that names it, never
// ignored: a misspelt "cieling" would otherwise silently leave the board
// without a ceiling.
func ParseSettings(data []byte) (Settings, error) {
	var s Settings
	if len(bytes.TrimSpace(data)) == 0 {
		return s, settingsErr("het is leeg; verwacht JSON met \"format\": \""+SettingsFormat+"\"",
			"it is empty; expected JSON with \"format\": \""+SettingsFormat+"\"")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	format := ""
	seen := map[string]bool{}
	var unknown error
	err := object(dec, "", func(key string) error {
		if seen[key] {
			return settingsErr(fmt.Sprintf("%q staat er twee keer in", key), fmt.Sprintf("%q occurs twice", key))
		}
		seen[key] = true
		switch key {
		case "format":
			v, err := stringValue(dec, key)
			format = v
			return err
		case "name":
			v, err := stringValue(dec, key)
			s.Name = strings.TrimSpace(v)
			return err
		case "ceiling":
			c, err := ceiling(dec)
			s.Ceiling = c
			return err
		}
		// Said after the format is checked: a plan or another program's
		// JSON is better told by what it is than by its first key.
		if unknown == nil {
			unknown = settingsErr(fmt.Sprintf("onbekende sleutel %q (bekend zijn format, name en ceiling)", key),
				fmt.Sprintf("unknown key %q (known are format, name and ceiling)", key))
		}
		t, err := dec.Token()
		if err != nil {
			return syntaxErr(err)
		}
		skip(dec, t)
		return nil
	})
	if err != nil {
		return Settings{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return Settings{}, settingsErr("na het JSON-object staat nog iets", "there is more after the JSON object")
	}
	switch {
	case format == SettingsFormat:
	case !seen["format"]:
		return Settings{}, settingsErr("\"format\" ontbreekt; verwacht \""+SettingsFormat+"\"",
			"\"format\" is missing; expected \""+SettingsFormat+"\"")
	case strings.HasPrefix(format, "balansplan-board/"):
		return Settings{}, settingsErr(fmt.Sprintf("het formaat %q komt van een nieuwere versie van Balansplan; deze versie leest %q", format, SettingsFormat),
			fmt.Sprintf("the format %q comes from a newer version of Balansplan; this version reads %q", format, SettingsFormat))
	case strings.HasPrefix(format, "balansplan/"):
		return Settings{}, settingsErr("dit is een plan (JSON) en geen bestuursbestand", "this is a plan (JSON), not a board file")
	default:
		return Settings{}, settingsErr(fmt.Sprintf("het formaat %q is onbekend; verwacht %q", format, SettingsFormat),
			fmt.Sprintf("the format %q is unknown; expected %q", format, SettingsFormat))
	}
	if unknown != nil {
		return Settings{}, unknown
	}
	return s, nil
}

// object reads a JSON object from dec, calling member for each key with
// the decoder positioned at its value. path names the object in messages
// ("" for the top).
func object(dec *json.Decoder, path string, member func(key string) error) error {
	t, err := dec.Token()
	if err != nil {
		return syntaxErr(err)
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		if path == "" {
			return settingsErr("verwacht een JSON-object {...}", "expected a JSON object {...}")
		}
		return settingsErr(fmt.Sprintf("%q moet een object {...} zijn", path), fmt.Sprintf("%q must be an object {...}", path))
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return syntaxErr(err)
		}
		if err := member(t.(string)); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return syntaxErr(err)
	}
	return nil
}

func syntaxErr(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return settingsErr(fmt.Sprintf("geen geldige JSON bij byte %d (%v)", se.Offset, err),
			fmt.Sprintf("not valid JSON at byte %d (%v)", se.Offset, err))
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return settingsErr("de JSON houdt halverwege op", "the JSON ends halfway")
	}
	return settingsErr(fmt.Sprintf("geen geldige JSON (%v)", err), fmt.Sprintf("not valid JSON (%v)", err))
}

func stringValue(dec *json.Decoder, key string) (string, error) {
	t, err := dec.Token()
	if err != nil {
		return "", syntaxErr(err)
	}
	v, ok := t.(string)
	if !ok {
		skip(dec, t)
		return "", settingsErr(fmt.Sprintf("%q moet tekst zijn", key), fmt.Sprintf("%q must be text", key))
	}
	return v, nil
}

// skip reads past the rest of a value whose first token was t.
func skip(dec *json.Decoder, t json.Token) {
	if d, ok := t.(json.Delim); ok && (d == '{' || d == '[') {
		for depth := 1; depth > 0; {
			t, err := dec.Token()
			if err != nil {
				return
			}
			if d, ok := t.(json.Delim); ok {
				if d == '{' || d == '[' {
					depth++
				} else {
					depth--
				}
			}
		}
	}
}

func ceiling(dec *json.Decoder) (map[int]model.Money, error) {
	c := map[int]model.Money{}
	err := object(dec, "ceiling", func(key string) error {
		y, err := strconv.Atoi(key)
		if err != nil || y < 1900 || y > 9999 || strconv.Itoa(y) != key {
			return settingsErr(fmt.Sprintf("ceiling: %q is geen jaar (verwacht bijvoorbeeld \"2027\")", key),
				fmt.Sprintf("ceiling: %q is not a year (expected for example \"2027\")", key))
		}
		if _, dup := c[y]; dup {
			return settingsErr(fmt.Sprintf("ceiling: het jaar %d staat er twee keer in", y),
				fmt.Sprintf("ceiling: the year %d occurs twice", y))
		}
		t, err := dec.Token()
		if err != nil {
			return syntaxErr(err)
		}
		n, ok := t.(json.Number)
		if !ok {
			skip(dec, t)
			return settingsErr(fmt.Sprintf("ceiling %d: verwacht een bedrag in euro's als getal, bijvoorbeeld 400000", y),
				fmt.Sprintf("ceiling %d: expected an amount in euros as a number, for example 400000", y))
		}
		m, err := model.ParseMoney(n.String())
		if err != nil {
			var me *model.MoneyError
			if errors.As(err, &me) {
				return settingsErr(fmt.Sprintf("ceiling %d: %s", y, me.Text.NL), fmt.Sprintf("ceiling %d: %s", y, me.Text.EN))
			}
			return settingsErr(fmt.Sprintf("ceiling %d: %v", y, err), fmt.Sprintf("ceiling %d: %v", y, err))
		}
		if m < 0 {
			return settingsErr(fmt.Sprintf("ceiling %d: een plafond kan niet negatief zijn", y),
				fmt.Sprintf("ceiling %d: a ceiling cannot be negative", y))
		}
		c[y] = m
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}
