package planning

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"balansplan/model"
)

// JSON writes the analysis in the format balansplan-analysis/2 (Format): indented
// with two spaces, keys in a fixed order, amounts as euros, levels and
// shares rounded to three decimals (Round), unknown values as null, and a
// final newline. The same analysis gives the same bytes.
func (a *Analysis) JSON() ([]byte, error) {
	w := &jsonWriter{buf: make([]byte, 0, 4096)}
	w.value(a.wire(), 0)
	if w.err != nil {
		return nil, w.err
	}
	w.buf = append(w.buf, '\n')
	return w.buf, nil
}

// jsonDecimals is the precision of levels and shares in the JSON.
const jsonDecimals = 3

// object is a JSON object whose keys keep the order they were added in.
type object []member

type member struct {
	key   string
	value any
}

func (o *object) set(k string, v any) { *o = append(*o, member{k, v}) }

// jsonWriter writes the few kinds of values the analysis holds, indented
// exactly as encoding/json's Indent would, without its reflection.
type jsonWriter struct {
	buf []byte
	err error
}

func (w *jsonWriter) newline(depth int) {
	w.buf = append(w.buf, '\n')
	for i := 0; i < depth; i++ {
		w.buf = append(w.buf, ' ', ' ')
	}
}

func (w *jsonWriter) value(v any, depth int) {
	switch v := v.(type) {
	case nil:
		w.buf = append(w.buf, "null"...)
	case object:
		if len(v) == 0 {
			w.buf = append(w.buf, "{}"...)
			return
		}
		w.buf = append(w.buf, '{')
		for i, m := range v {
			if i > 0 {
				w.buf = append(w.buf, ',')
			}
			w.newline(depth + 1)
			w.buf = appendString(w.buf, m.key)
			w.buf = append(w.buf, ':', ' ')
			w.value(m.value, depth+1)
		}
		w.newline(depth)
		w.buf = append(w.buf, '}')
	case []object:
		w.array(len(v), depth, func(i int) { w.value(v[i], depth+1) })
	case []string:
		w.array(len(v), depth, func(i int) { w.buf = appendString(w.buf, v[i]) })
	case []int:
		w.array(len(v), depth, func(i int) { w.buf = strconv.AppendInt(w.buf, int64(v[i]), 10) })
	case string:
		w.buf = appendString(w.buf, v)
	case int:
		w.buf = strconv.AppendInt(w.buf, int64(v), 10)
	case bool:
		w.buf = strconv.AppendBool(w.buf, v)
	case float64:
		w.float(v)
	case model.Money:
		w.buf = append(w.buf, v.String()...)
	case Balance:
		w.buf = appendString(w.buf, string(v))
	case Verdict:
		w.buf = appendString(w.buf, string(v))
	case Code:
		w.buf = appendString(w.buf, string(v))
	case Severity:
		w.buf = appendString(w.buf, string(v))
	case Outcome:
		w.buf = appendString(w.buf, string(v))
	case model.Ambition:
		w.buf = appendString(w.buf, string(v))
	default:
		if w.err == nil {
			w.err = fmt.Errorf("analysis json: cannot write %T", v)
		}
	}
}

func (w *jsonWriter) array(n, depth int, elem func(int)) {
	if n == 0 {
		w.buf = append(w.buf, "[]"...)
		return
	}
	w.buf = append(w.buf, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		w.newline(depth + 1)
		elem(i)
	}
	w.newline(depth)
	w.buf = append(w.buf, ']')
}

// float writes a number as encoding/json does: the shortest form that
// reads back the same, in exponent notation only when very small or large.
func (w *jsonWriter) float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if w.err == nil {
			w.err = fmt.Errorf("analysis json: unsupported number %v", f)
		}
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.buf = strconv.AppendFloat(w.buf, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9, as encoding/json writes it.
		if n := len(w.buf); n >= 4 && w.buf[n-4] == 'e' && w.buf[n-3] == '-' && w.buf[n-2] == '0' {
			w.buf[n-2] = w.buf[n-1]
			w.buf = w.buf[:n-1]
		}
	}
}

// appendString writes a JSON string: quotes, backslashes and control
// characters escaped, U+2028 and U+2029 escaped as encoding/json does,
// invalid UTF-8 replaced by U+FFFD, everything else (HTML characters
// included) as it is.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, "\\ufffd"...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// num is a float rounded for the JSON.
func num(x float64) float64 { return Round(x, jsonDecimals) }

// level is a Level for the JSON: a rounded number or null.
func level(l Level) any {
	if !l.Known {
		return nil
	}
	return num(l.Value)
}

// str is a string for the JSON, null when empty.
func str[T ~string](s T) any {
	if s == "" {
		return nil
	}
	return string(s)
}

func codes(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (a *Analysis) wire() object {
	var o object
	o.set("format", Format)
	s := a.Summary
	o.set("plan", object{
		{"school", s.School}, {"sector", str(s.Sector)}, {"pupils", s.Pupils}, {"title", s.Title},
		{"start_year", s.StartYear}, {"end_year", s.EndYear}, {"ambition", str(s.Ambition)},
	})
	o.set("participants", a.Levels.Participants)
	var bls object
	for _, bl := range a.Levels.Blocks {
		var roles object
		for _, rl := range bl.ByRole {
			roles.set(string(rl.Role), object{
				{"now", level(rl.Now.Level())}, {"goal", level(rl.Goal.Level())}, {"respondents", rl.Now.Count},
			})
		}
		if roles == nil {
			roles = object{}
		}
		bls.set(string(bl.Block), object{
			{"now", level(bl.Now.Level())}, {"goal", level(bl.Goal.Level())}, {"spread", level(bl.Spread)},
			{"respondents", bl.Now.Count}, {"by_role", roles},
		})
	}
	o.set("blocks", bls)
	lv := a.Levels
	o.set("human_now", level(lv.HumanNow))
	o.set("material_now", level(lv.MaterialNow))
	o.set("human_goal", level(lv.HumanGoal))
	o.set("material_goal", level(lv.MaterialGoal))
	o.set("tilt_now", level(lv.TiltNow))

	pos := a.Position
	cell := func(c Cell) object {
		return object{{"teaching", str(c.Teaching)}, {"material", str(c.Material)}}
	}
	weights := object{}
	for i, m := range model.Materials() {
		if pos.Present[i] {
			weights.set(string(m), pos.Weights[i])
		}
	}
	from := "plan"
	if pos.FromInvestments {
		from = "investments"
	}
	o.set("position", object{
		{"now", pos.Now.Balance()}, {"goal", pos.Goal.Balance()},
		{"now_cell", cell(pos.Now)}, {"goal_cell", cell(pos.Goal)},
		{"planned_material", str(pos.PlannedMaterial)}, {"planned_material_from", from}, {"planned_material_block", str(pos.DecidedFrom)},
		{"material_weights", weights}, {"decided_by", codes(pos.DecidedBy)},
	})

	r := a.Route
	matrix := object{}
	for _, t := range r.Matrix {
		var row object
		for i, b := range blocks {
			row.set(string(b), codes(t.Blocks[i]))
		}
		matrix.set(t.Vision, row)
	}
	o.set("route", object{
		{"verdict", r.Verdict}, {"traced_share", level(r.T())}, {"expertise_first_share", level(r.E())},
		{"material_investments", r.MaterialInvestments}, {"traced_investments", r.TracedInvestments},
		{"expertise_first", r.ExpertiseFirst}, {"material_cost", r.MaterialCost}, {"traced_cost", r.TracedCost},
		{"matrix", matrix},
	})

	bu := a.Budget
	byBlock := func(m BlockMoney) object {
		var o object
		for i, b := range blocks {
			o.set(string(b), m[i])
		}
		return o
	}
	years := object{}
	for _, by := range bu.Years {
		var ceiling any
		if by.HasCeiling {
			ceiling = by.Ceiling
		}
		years.set(strconv.Itoa(by.Year), object{
			{"cash_out", by.CashOut}, {"burden", by.Burden}, {"ceiling", ceiling}, {"over", by.Over},
			{"by_block", byBlock(by.CashByBlock)}, {"burden_by_block", byBlock(by.BurdenByBlock)},
		})
	}
	var perPupil any
	if bu.HasPerPupil {
		perPupil = bu.PerPupil
	}
	over := bu.OverYears
	if over == nil {
		over = []int{}
	}
	o.set("budget", object{
		{"years", years}, {"total_cash_out", bu.TotalCashOut}, {"total_burden", bu.TotalBurden},
		{"by_block", byBlock(bu.CashByBlock)}, {"human_share", level(bu.HumanShare)}, {"per_pupil", perPupil},
		{"over_budget_years", over}, {"depreciation_after_plan", bu.DepreciationAfterPlan},
	})

	fs := make([]object, 0, len(a.Findings))
	for _, f := range a.Findings {
		fs = append(fs, object{
			{"code", f.Code}, {"severity", f.Severity}, {"subject", codes(f.Subject)},
			{"message_nl", f.Message.NL}, {"message_en", f.Message.EN},
		})
	}
	o.set("findings", fs)

	bm := make([]object, 0, len(a.Benchmark.Comparisons))
	for _, c := range a.Benchmark.Comparisons {
		var school any = c.School
		if c.Outcome == Info {
			school = c.School != 0 // wifi: a yes or no, stated and not compared
		}
		bm = append(bm, object{
			{"id", c.ID}, {"indicator", c.Indicator}, {"label_nl", c.Label.NL}, {"label_en", c.Label.EN},
			{"school", school}, {"national", c.National}, {"unit", c.Unit}, {"comparison", c.Outcome},
			{"tolerance", c.Tolerance},
			{"lower_is_more", c.LowerIsMore}, {"source", c.Source}, {"confidence", c.Confidence},
			{"derived", c.Derived()}, {"qualifier", str(c.Qualifier)},
		})
	}
	o.set("benchmark", bm)
	var amb any
	if s := a.Benchmark.Ambition; s != nil {
		amb = object{
			{"id", s.ID}, {"ambition", s.Ambition}, {"national_share", s.Share}, {"unit", "percent_of_institutions"},
			{"source", s.Source}, {"confidence", s.Confidence}, {"derived", s.Derived()}, {"qualifier", str(s.Qualifier)},
		}
	}
	o.set("ambition_context", amb)
	o.set("figures_year", FiguresYear)
	var team any
	if t := a.Team; t.Recorded > 0 {
		team = object{{"recorded", t.Recorded}, {"kopgroep", t.Kopgroep}, {"peloton", t.Peloton}, {"staartgroep", t.Staartgroep}}
	}
	o.set("team_profile", team)
	return o
}
