package model

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The quick paths of Validate (plainText, isControl, the cycle test) must
// decide exactly as the full checks they skip. These tests hold them
// against the checks as they were before (slowCheckText is checkText of
// that time, verbatim but for its name), so that a faster Validate is
// never a weaker one.

func slowCheckText(s *problemSink, field Field, v string, multi bool) {
	if !utf8.ValidString(v) {
		s.add(field, "utf8", Text{"bevat tekens die geen geldige UTF-8 zijn", "contains characters that are not valid UTF-8"})
		return
	}
	if pos, r, ok := slowFirstControl(v, multi); ok {
		s.add(field, "control", Text{
			fmt.Sprintf("bevat een stuurteken (%U) op positie %d; zulke tekens zijn onzichtbaar en horen niet in een tekst", r, pos),
			fmt.Sprintf("contains a control character (%U) at position %d; such characters are invisible and do not belong in a text", r, pos)})
	}
	if n := utf8.RuneCountInString(v); n > MaxTextLen {
		s.add(field, "too_long", Text{
			fmt.Sprintf("is %s tekens lang; het maximum is %s", groupDigits(n, "."), groupDigits(MaxTextLen, ".")),
			fmt.Sprintf("is %s characters long; the maximum is %s", groupDigits(n, ","), groupDigits(MaxTextLen, ",")),
		})
	}
}

func slowFirstControl(v string, multi bool) (pos int, r rune, ok bool) {
	for _, r := range v {
		pos++
		if multi && (r == '\t' || r == '\n' || r == '\r') {
			continue
		}
		if unicode.Is(unicode.Cc, r) {
			return pos, r, true
		}
	}
	return 0, 0, false
}

// isControl is the table's category Cc for every rune there is, and for
// values that are no rune.
func TestIsControlIsUnicodeCategoryCc(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if got, want := isControl(r), unicode.Is(unicode.Cc, r); got != want {
			t.Fatalf("isControl(%U) = %v, unicode.Is(Cc) = %v", r, got, want)
		}
	}
}

// checkText with its quick path finds exactly the problems, with exactly
// the words, that the full check finds, for texts made to sit at the
// edges: every byte value at every place of an eight-byte word and of the
// tail after it, each UTF-8 length, the control characters that count and
// those that do not in a multi-line text, and lengths around MaxTextLen.
func TestQuickTextCheckAgreesWithTheFullCheck(t *testing.T) {
	var texts []string
	for _, n := range []int{1, 7, 8, 9, 15, 16, 17, 23} {
		for pos := 0; pos < n; pos++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat("a", n))
				b[pos] = byte(c)
				texts = append(texts, string(b))
			}
		}
	}
	for _, r := range []rune{'\t', '\n', '\r', 0, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0xa0, 'é', 0x200b, 0xfeff, 0x1f600, utf8.RuneError} {
		for _, around := range []string{"", "Regenboog ", "twaalf tekens"} {
			texts = append(texts, around+string(r)+around, string(r)+around, around+string(r))
		}
	}
	for _, n := range []int{MaxTextLen - 1, MaxTextLen, MaxTextLen + 1} {
		texts = append(texts,
			strings.Repeat("x", n),
			strings.Repeat("x", n-1)+"\n",
			strings.Repeat("é", n),
			strings.Repeat("x", n-1)+"é",
			strings.Repeat("x", n-1)+"\x01")
	}
	rng := rand.New(rand.NewSource(14))
	alphabet := []string{"a", "Z", " ", "~", "\t", "\n", "\r", "\x00", "\x1b", "\x7f", "\u0085", "é", "€", "\u200b", "\xff", "\xc3"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := rng.Intn(40); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	quick := 0
	for _, v := range texts {
		for _, multi := range []bool{false, true} {
			var fast, slow problemSink
			fast.checkText(FieldTitle, v, multi)
			slowCheckText(&slow, FieldTitle, v, multi)
			if fmt.Sprint(fast.out) != fmt.Sprint(slow.out) {
				t.Fatalf("%q (multi %v): quick %v, full %v", v, multi, fast.out, slow.out)
			}
			if plainText(v, multi) {
				quick++
			}
		}
	}
	// The quick path is taken, not only agreed with: every text of plain
	// letters is one.
	if quick < 1000 {
		t.Errorf("the quick path took %d texts", quick)
	}
}

// The quick test for a dependency cycle never hides one: on random
// graphs, with unknown dependencies, dependencies on itself and two
// investments with one ID among them, DependencyCycle names exactly the
// cycle the search alone names.
func TestQuickCycleTestAgreesWithTheSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	cycles := 0
	for round := 0; round < 3000; round++ {
		n := 1 + rng.Intn(12)
		p := &Plan{}
		for i := 0; i < n; i++ {
			id := fmt.Sprintf("id%d", i)
			if i > 0 && rng.Intn(15) == 0 {
				id = p.Investments[rng.Intn(i)].ID // a shared ID
			}
			p.Investments = append(p.Investments, Investment{ID: id, Code: fmt.Sprintf("D%d", i+1)})
		}
		for i := range p.Investments {
			for k := rng.Intn(3); k > 0; k-- {
				var d string
				switch rng.Intn(10) {
				case 0:
					d = "nowhere"
				case 1:
					d = p.Investments[i].ID
				default:
					// Mostly forward edges, so that many graphs have no cycle.
					j := rng.Intn(n)
					if rng.Intn(4) != 0 && j < i {
						j = i + rng.Intn(n-i)
					}
					d = p.Investments[j].ID
				}
				p.Investments[i].DependsOnIDs = append(p.Investments[i].DependsOnIDs, d)
			}
		}
		got, want := DependencyCycle(p), searchDependencyCycle(p)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("round %d: DependencyCycle %v, the search %v, in %+v", round, got, want, p.Investments)
		}
		if len(want) > 0 {
			cycles++
			if !dependenciesMayCycle(p) {
				t.Fatalf("round %d: the quick test missed the cycle %v", round, want)
			}
		}
	}
	if cycles < 100 || cycles > 2900 {
		t.Errorf("%d of 3000 graphs have a cycle: the test needs both kinds", cycles)
	}
}
