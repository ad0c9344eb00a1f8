package answers

import (
	"testing"
)

// FuzzRead feeds arbitrary bytes to Read. It must never panic, and it
// returns either responses or problems, never both; a good response has a
// name, a known role and an answer per statement column.
func FuzzRead(f *testing.F) {
	f.Add([]byte(goodCSV))
	f.Add([]byte(badCSV))
	f.Add([]byte("participant;role;visie.1\n\"x\n\ny\";leraar;\"3\n\"\n"))
	f.Add([]byte("\ufeff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, ps := Read(data, testSet{}, nil, []int{3})
		if rs != nil && ps != nil {
			t.Fatal("both responses and problems")
		}
		for _, r := range rs {
			if r.Participant == "" || !r.Role.Valid() || r.Row < 2 || r.Row == 3 {
				t.Fatalf("bad response %+v", r)
			}
		}
		for _, p := range ps {
			if len(p.Issues) == 0 {
				t.Fatalf("a problem without issues: %+v", p)
			}
			for _, is := range p.Issues {
				if is.Reason == "" || is.Detail.NL == "" || is.Detail.EN == "" {
					t.Fatalf("an issue without reason or message: %+v", is)
				}
			}
		}
	})
}

// FuzzMapping feeds arbitrary bytes to ParseMapping (issue 10 item 11). It
// must never panic; it returns a mapping or a refusal, never both, and a
// refusal is one Problem of the mapping with a reason and a message in
// both languages. A mapping it accepts must then read a file without
// panicking.
func FuzzMapping(f *testing.F) {
	f.Add([]byte(`{"participant": "Naam", "role": "Functie", "session_name": "Studiedag",
		"statements": {"visie.1": {"now": "V1 nu", "goal": "V1 doel"}, "visie.2": "V2"},
		"roles": {"juf": "leraar"}, "unknown": ["geen idee"]}`))
	f.Add([]byte(`{"participant": "Naam", "participant": "x"}`))
	f.Add([]byte(`{"statements": {"visie.1": {"now": "a", "now": "b"}}}`))
	f.Add([]byte(`{"particpant": 3, "statements": [], "roles": {"a": 1}}`))
	f.Add([]byte("\ufeff{\"unknown\": [\"3\"]} x"))
	f.Add([]byte(`{"a":`))
	f.Add([]byte("null"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, ps := ParseMapping(data)
		if (m == nil) == (ps == nil) {
			t.Fatalf("mapping %v and problems %v", m != nil, ps)
		}
		if ps != nil {
			if len(ps) != 1 || !ps[0].Mapping || len(ps[0].Issues) == 0 {
				t.Fatalf("refusal %+v", ps)
			}
			for _, is := range ps[0].Issues {
				if is.Reason == "" || is.Detail.NL == "" || is.Detail.EN == "" {
					t.Fatalf("issue without reason or message: %+v", is)
				}
			}
			return
		}
		rs, ps := Read([]byte("Naam,Functie,V1 nu,V1 doel,V2,participant,role,visie.1\nAnna,leraar,1,2,3,Bram,leraar,4\n"), testSet{}, m, nil)
		if rs != nil && ps != nil {
			t.Fatal("both responses and problems")
		}
	})
}
