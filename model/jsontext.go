package model

import "strings"

// TextPosition is the line and column (in characters, both from 1) of
// byte offset off in data: where a message about a JSON or CSV file
// points the user. Every parser of a file a user hands in (the plan, the
// question set, the themes and norm sets, the answers' mapping) says it
// the same way.
func TextPosition(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	line, col = 1, 1
	for _, r := range string(data[:off]) {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// JSONValueText names the kind of JSON value found, as encoding/json's
// UnmarshalTypeError reports it ("number", "number 1.5", "string",
// "array", "object", "bool"), for a message that says what stood where
// something else belonged.
func JSONValueText(v string) Text {
	switch {
	case v == "string":
		return Text{NL: "een tekst", EN: "a text"}
	case v == "array":
		return Text{NL: "een lijst", EN: "a list"}
	case v == "object":
		return Text{NL: "een object", EN: "an object"}
	case v == "bool":
		return Text{NL: "waar of onwaar", EN: "true or false"}
	case v == "number":
		return Text{NL: "een getal", EN: "a number"}
	case strings.HasPrefix(v, "number "):
		n := strings.TrimPrefix(v, "number ")
		return Text{NL: "het getal " + n, EN: "the number " + n}
	}
	return Text{NL: v, EN: v}
}
