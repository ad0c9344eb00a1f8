package document

import (
	"path/filepath"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
)

// BenchmarkEditLarge is one edit of the large plan without any view:
// clone, validate, commit to the file, analyse.
func BenchmarkEditLarge(b *testing.B) {
	d, err := Create(filepath.Join(b.TempDir(), "large.balans"), sample.Large(), reference(b))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	id := d.Plan().Investments[17].ID
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cost := model.Euros(int64(1000 + i%2))
		if err := d.Edit("kosten", func(p *model.Plan) {
			inv, _ := p.Investment(id)
			inv.Cost.OneOff = cost
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTryLarge is what a form does on every keystroke in a field of
// the large plan: Try the typed value (copy, compare, validate what the
// edit touched).
func BenchmarkTryLarge(b *testing.B) {
	d, err := Create(filepath.Join(b.TempDir(), "large.balans"), sample.Large(), reference(b))
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	id := d.Plan().Investments[17].ID
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cost := model.Euros(int64(1000 + i%2))
		if _, ps := d.Try(func(p *model.Plan) {
			inv, _ := p.Investment(id)
			inv.Cost.OneOff = cost
		}); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}
