package model

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// scanJSON looks at a well-formed JSON text for what encoding/json lets
// pass without a word, and the generic tree no longer shows:
//
//   - a key given twice in one object: encoding/json keeps the last value,
//     so a file that says two things would silently mean one of them;
//   - a \u escape of half a UTF-16 surrogate pair ("\ud800" without its
//     partner): encoding/json turns it into U+FFFD, the replacement
//     character, and the text would change on import.
//
// Each problem is a file problem whose Field is the JSON path of the key or
// value ("visions[1].title"), so the user can find it. Keys are compared
// after unescaping: "brin" and "br\u0069n" are the same key. The caller has
// checked that data is one well-formed JSON value; scanJSON trusts that.
func scanJSON(data []byte) Problems {
	sc := jsonScanner{data: data}
	sc.value()
	return sc.out
}

// maxScanProblems caps what one file can report: past a hundred the user
// has learnt what is wrong.
const maxScanProblems = 100

type jsonScanner struct {
	data []byte
	i    int
	path []string // the path to the current value, one part per level
	out  Problems
}

func (sc *jsonScanner) skipSpace() {
	for sc.i < len(sc.data) {
		switch sc.data[sc.i] {
		case ' ', '\t', '\n', '\r':
			sc.i++
		default:
			return
		}
	}
}

func (sc *jsonScanner) where() string { return strings.Join(sc.path, "") }

func (sc *jsonScanner) add(reason string, t Text) {
	if len(sc.out) < maxScanProblems {
		sc.out = append(sc.out, Problem{Entity: EntityFile, Field: strings.TrimPrefix(sc.where(), "."), Reason: reason, Detail: t})
	}
}

// value scans one value at sc.i.
func (sc *jsonScanner) value() {
	sc.skipSpace()
	if sc.i >= len(sc.data) {
		return
	}
	switch sc.data[sc.i] {
	case '{':
		sc.object()
	case '[':
		sc.array()
	case '"':
		sc.str()
	default:
		// A number, true, false or null: runs to the next delimiter.
		for sc.i < len(sc.data) && !strings.ContainsRune(",]} \t\n\r", rune(sc.data[sc.i])) {
			sc.i++
		}
	}
}

func (sc *jsonScanner) object() {
	sc.i++ // {
	seen := map[string]bool{}
	for {
		sc.skipSpace()
		if sc.i >= len(sc.data) || sc.data[sc.i] == '}' {
			sc.i++
			return
		}
		if sc.data[sc.i] == ',' {
			sc.i++
			continue
		}
		start := sc.i
		sc.path = append(sc.path, "")
		raw := sc.str()
		key := string(raw)
		if strings.IndexByte(key, '\\') >= 0 {
			var k string
			if json.Unmarshal(sc.data[start:sc.i], &k) == nil {
				key = k
			}
		}
		sc.path[len(sc.path)-1] = "." + key
		if seen[key] {
			parent := strings.TrimPrefix(strings.Join(sc.path[:len(sc.path)-1], ""), ".")
			in := Text{"het hoofdniveau", "the top level"}
			if parent != "" {
				in = Text{parent, parent}
			}
			sc.add("duplicate_key", Text{
				fmt.Sprintf("de sleutel %q staat twee keer in %s; welke waarde bedoeld is, valt niet te zeggen", key, in.NL),
				fmt.Sprintf("the key %q occurs twice in %s; which value is meant cannot be told", key, in.EN)})
		}
		seen[key] = true
		sc.skipSpace()
		sc.i++ // :
		sc.value()
		sc.path = sc.path[:len(sc.path)-1]
	}
}

func (sc *jsonScanner) array() {
	sc.i++ // [
	n := 0
	sc.path = append(sc.path, "[0]")
	defer func() { sc.path = sc.path[:len(sc.path)-1] }()
	for {
		sc.skipSpace()
		if sc.i >= len(sc.data) || sc.data[sc.i] == ']' {
			sc.i++
			return
		}
		if sc.data[sc.i] == ',' {
			sc.i++
			n++
			sc.path[len(sc.path)-1] = "[" + strconv.Itoa(n) + "]"
			continue
		}
		sc.value()
	}
}

// str scans a string at sc.i (at its opening quote), reports a lone
// surrogate in it, and returns its raw bytes between the quotes.
func (sc *jsonScanner) str() []byte {
	sc.i++ // "
	start := sc.i
	pendingHigh := false // the previous escape was a high surrogate
	lone := ""
	for sc.i < len(sc.data) && sc.data[sc.i] != '"' {
		if sc.data[sc.i] != '\\' {
			if pendingHigh && lone == "" {
				lone = string(sc.data[sc.i-6 : sc.i])
			}
			pendingHigh = false
			sc.i++
			continue
		}
		esc := sc.data[sc.i+1]
		if esc != 'u' {
			if pendingHigh && lone == "" {
				lone = string(sc.data[sc.i-6 : sc.i])
			}
			pendingHigh = false
			sc.i += 2
			continue
		}
		u, _ := strconv.ParseUint(string(sc.data[sc.i+2:sc.i+6]), 16, 16)
		switch {
		case u >= 0xd800 && u < 0xdc00:
			if pendingHigh && lone == "" {
				lone = string(sc.data[sc.i-6 : sc.i])
			}
			pendingHigh = true
		case u >= 0xdc00 && u < 0xe000:
			if !pendingHigh && lone == "" {
				lone = string(sc.data[sc.i : sc.i+6])
			}
			pendingHigh = false
		default:
			if pendingHigh && lone == "" {
				lone = string(sc.data[sc.i-6 : sc.i])
			}
			pendingHigh = false
		}
		sc.i += 6
	}
	if pendingHigh && lone == "" {
		lone = string(sc.data[sc.i-6 : sc.i])
	}
	raw := sc.data[start:sc.i]
	sc.i++ // "
	if lone != "" {
		sc.add("surrogate", Text{
			fmt.Sprintf("bevat %s, de helft van een UTF-16-paar zonder de andere helft; dat is geen teken", lone),
			fmt.Sprintf("contains %s, half of a UTF-16 pair without its other half; that is no character", lone)})
	}
	return raw
}
