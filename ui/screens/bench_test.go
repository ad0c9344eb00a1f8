package screens

import (
	"strconv"
	"testing"

	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/ui/internal/uitest"
)

// BenchmarkEditVisible is the same edit as the user sees it: the edit and
// the visible screen (the investments list and form).
func BenchmarkEditVisible(b *testing.B) {
	s := newWindow(b, model.NL, sample.Large())
	is := s.Show(Investments).(*investmentsScreen)
	is.SelectCode(s.Doc().Plan().Investments[17].Code)
	e := is.Form.EntryOf(model.FieldCostOneOff)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		uitest.Enter(e, strconv.Itoa(1000+i%2))
	}
}
