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
		}
	})
}
