package planning

import (
	"math"
	"strconv"
	"strings"

	"balansplan/model"
)

// Round rounds x to the given number of decimals (0..6), half away from
// zero, as a person would round the exact value. Levels and shares are
// ratios of whole numbers, so a value such as 3.025 is held in binary as
// 3.02499999...; Round first writes x with ten decimals, which removes that
// noise, and then rounds the decimal digits. The JSON uses three decimals,
// the text two.
func Round(x float64, decimals int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	decimals = min(max(decimals, 0), 6)
	s := roundString(x, decimals)
	v, _ := strconv.ParseFloat(s, 64)
	if v == 0 {
		return 0 // no negative zero
	}
	return v
}

// roundString is Round as a decimal string with exactly the given number
// of decimals and a point.
func roundString(x float64, decimals int) string {
	neg := x < 0
	s := strconv.FormatFloat(math.Abs(x), 'f', 10, 64)
	whole, frac, _ := strings.Cut(s, ".")
	keep := whole + frac[:decimals]
	digits := []byte(keep)
	if frac[decimals] >= '5' {
		i := len(digits) - 1
		for ; i >= 0; i-- {
			if digits[i] == '9' {
				digits[i] = '0'
				continue
			}
			digits[i]++
			break
		}
		if i < 0 {
			digits = append([]byte{'1'}, digits...)
		}
	}
	n := len(digits) - decimals
	out := string(digits[:n])
	if decimals > 0 {
		out += "." + string(digits[n:])
	}
	if neg && strings.Trim(out, "0.") != "" {
		out = "-" + out
	}
	return out
}

// FormatNumber writes x rounded to at most the given decimals, without
// trailing zeros, with a decimal comma in Dutch: 2.333 -> "2,33", 4.0 ->
// "4".
func FormatNumber(x float64, decimals int, l model.Lang) string {
	s := roundString(x, decimals)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	if l != model.EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// FormatPercent writes a share (0..1) as a percentage with one decimal at
// most: 0.20532 -> "20,5%". A share above 0 and below 1% reads "minder dan
// 1%" ("less than 1%"): "0%" or "0,3%" would suggest a precision or an
// absence that is not there.
func FormatPercent(x float64, l model.Lang) string {
	if x > 0 && x < 0.01 {
		return model.Text{NL: "minder dan 1%", EN: "less than 1%"}.In(l)
	}
	return FormatNumber(x*100, 1, l) + "%"
}

// FormatMoney writes an amount for a person: "€ 58.000" and "€ 375,42" in
// Dutch, "€58,000" and "€375.42" in English. Cents are shown only when
// there are any.
func FormatMoney(m model.Money, l model.Lang) string {
	neg := m < 0
	if neg {
		m = -m
	}
	whole := strconv.FormatInt(int64(m/100), 10)
	thousands, decimal := ",", "."
	if l != model.EN {
		thousands, decimal = ".", ","
	}
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(thousands)
		}
		b.WriteRune(r)
	}
	s := b.String()
	if c := int64(m % 100); c != 0 {
		s += decimal + strconv.FormatInt(c/10, 10) + strconv.FormatInt(c%10, 10)
	}
	sign := ""
	if neg {
		sign = "-"
	}
	if l == model.EN {
		return sign + "€" + s
	}
	return sign + "€ " + s
}

// FormatShare writes a share (0..1) that may be unknown for a person: "n.v.t."
// ("n/a") when there was nothing to divide, "minder dan 1%" ("less than 1%")
// for a share above 0 that would otherwise read as 0% or a fraction of a
// percent, else FormatPercent. A share is never written as "0%" unless it
// is exactly zero.
func FormatShare(v Level, l model.Lang) string {
	if !v.Known {
		return NotApplicable.In(l)
	}
	return FormatPercent(v.Value, l)
}

// NotApplicable is what a share with nothing to divide reads as.
var NotApplicable = model.Text{NL: "n.v.t.", EN: "n/a"}

// FormatMonth writes a month in words for running text: "augustus 2027",
// "August 2027". An unset month is empty.
func FormatMonth(m model.Month, l model.Lang) string {
	if m.IsZero() || m.Number() < 1 || m.Number() > 12 {
		return ""
	}
	i := 0
	if l == model.EN {
		i = 1
	}
	return monthNames[i][m.Number()-1] + " " + strconv.Itoa(m.Year())
}

var monthNames = [2][12]string{
	{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// TeachingPhrase names a form of education as a full noun phrase for
// running text ("leraargestuurd onderwijs", "zelfstandig leren").
func TeachingPhrase(t model.Teaching, l model.Lang) string {
	switch t {
	case model.TeachingLeraargestuurd:
		return model.Text{NL: "leraargestuurd onderwijs", EN: "teacher-led teaching"}.In(l)
	case model.TeachingZelfstandig:
		return model.Text{NL: "zelfstandig leren", EN: "independent learning"}.In(l)
	case model.TeachingZelfgeorganiseerd:
		return model.Text{NL: "zelfgeorganiseerd leren", EN: "self-organised learning"}.In(l)
	}
	return model.Text{NL: "een onbekende onderwijsvorm", EN: "an unknown form of education"}.In(l)
}

// MaterialPhrase names a type of learning material as a full noun phrase
// that follows "met" / "with" ("een persoonlijke leeromgeving").
func MaterialPhrase(m model.Material, l model.Lang) string {
	switch m {
	case model.MaterialInstructieOefenen:
		return model.Text{NL: "instructie- en oefenmateriaal", EN: "instruction and practice material"}.In(l)
	case model.MaterialAdaptief:
		return model.Text{NL: "adaptief leermateriaal", EN: "adaptive learning material"}.In(l)
	case model.MaterialPersoonlijkeLeeromgeving:
		return model.Text{NL: "een persoonlijke leeromgeving", EN: "a personal learning environment"}.In(l)
	}
	return model.Text{NL: "onbekend leermateriaal", EN: "an unknown type of learning material"}.In(l)
}

// FormatPoints writes a difference of scores with its unit, with the
// analysis's precision: "0,625 punten", "2 punten", and "1 punt" in the
// singular only for exactly one.
func FormatPoints(x float64, l model.Lang) string {
	n := FormatNumber(x, 3, l)
	if n == "1" || n == "-1" {
		return n + model.Text{NL: " punt", EN: " point"}.In(l)
	}
	return n + model.Text{NL: " punten", EN: " points"}.In(l)
}
