package shell

import (
	"path/filepath"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/store"
	"balansplan/ui/screens"
)

// largeFile writes the large generated plan (sample.Large: 600
// investments, 40 visions, 100 participants, 8 years) to a new file.
func largeFile(b *testing.B) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "large.balans")
	d, err := store.Create(path, sample.Large())
	if err != nil {
		b.Fatal(err)
	}
	d.Close()
	return path
}

// BenchmarkOpenLarge is start-up as far as the program controls it: the
// shell is built, the large plan is opened and analysed and the first
// screen (Overzicht) is built and laid out. Window creation and the first
// GL frame are not in it; ui/smoke.sh measures those with the real binary.
func BenchmarkOpenLarge(b *testing.B) {
	path := largeFile(b)
	for i := 0; i < b.N; i++ {
		s, _ := newShell(b, model.NL)
		s.openPath(path)
		if s.doc == nil {
			b.Fatal("not opened")
		}
		s.win.Canvas().Content().Refresh()
		s.closeDoc()
	}
}

// BenchmarkEditRefresh is one edit of the large plan from keystroke to
// every view updated: clone, validate, commit to the file, analyse, and
// refresh all thirteen screens (the shell itself refreshes only the
// visible one at once and the others when they are shown, so this is the
// worst case).
func BenchmarkEditRefresh(b *testing.B) {
	path := largeFile(b)
	s, _ := newShell(b, model.NL)
	s.openPath(path)
	for _, d := range s.defs {
		s.Show(d.ID)
	}
	s.Show(screens.Investments)
	inv := s.doc.Plan().Investments[17].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cost := model.Euros(int64(1000 + i%2))
		if err := s.doc.Edit("kosten", func(p *model.Plan) {
			for i := range p.Investments {
				if p.Investments[i].ID == inv {
					p.Investments[i].Cost.OneOff = cost
				}
			}
		}); err != nil {
			b.Fatal(err)
		}
		s.refreshAll()
	}
}
