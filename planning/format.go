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
// most: 0.20532 -> "20,5%".
func FormatPercent(x float64, l model.Lang) string {
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
