package form

import (
	"strconv"
	"strings"

	"balansplan/model"
	"balansplan/planning"
)

// MoneyInput writes an amount for an entry as the user would type it:
// with the thousands separator and the decimal mark of the language, and
// cents, both digits, only when there are any ("12.500,50", "12.500";
// "12,500.50" in English). ParseMoneyInput reads it back to the cent.
func MoneyInput(m model.Money, l model.Lang) string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := Thousands(int(m/100), l)
	if c := int(m % 100); c != 0 {
		mark := ","
		if l == model.EN {
			mark = "."
		}
		s += mark + strconv.Itoa(c/10) + strconv.Itoa(c%10)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ParseMoneyInput reads an amount as people type it: "6000", "6000,50",
// "6.000,50", "€ 6.000", "6,000.50".
func ParseMoneyInput(s string) (model.Money, error) {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "€"))
	t = strings.ReplaceAll(t, " ", "")
	if t == "" {
		return 0, nil
	}
	dot, comma := strings.LastIndex(t, "."), strings.LastIndex(t, ",")
	switch {
	case dot >= 0 && comma >= 0 && comma > dot: // 6.000,50
		t = strings.ReplaceAll(t, ".", "")
		t = strings.Replace(t, ",", ".", 1)
	case dot >= 0 && comma >= 0: // 6,000.50
		t = strings.ReplaceAll(t, ",", "")
	case comma >= 0 && strings.Count(t, ",") == 1 && len(t)-comma-1 != 3: // 6000,5
		t = strings.Replace(t, ",", ".", 1)
	case comma >= 0: // 6,000 or 1,000,000
		t = strings.ReplaceAll(t, ",", "")
	case strings.Count(t, ".") > 1 || (dot >= 0 && len(t)-dot-1 == 3 && dot > 0 && !strings.ContainsAny(t[:dot], ".")): // 6.000
		t = strings.ReplaceAll(t, ".", "")
	}
	return model.ParseMoney(t)
}

// Level writes a bouwsteen level, or a dash when unknown.
func Level(lv planning.Level, l model.Lang) string {
	if !lv.Known {
		return "–"
	}
	return planning.FormatNumber(lv.Value, 1, l)
}

// ParseFloatInput reads a decimal number with a point or a comma.
func ParseFloatInput(s string) (float64, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), ",", ".")
	return strconv.ParseFloat(t, 64)
}

// CodesText joins codes for an entry ("V1, V3").
func CodesText(codes []string) string { return strings.Join(codes, ", ") }

// SplitCodes reads a list of codes separated by commas, semicolons or
// spaces.
func SplitCodes(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' })
}

// Truncate shortens s to n runes with an ellipsis.
func Truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// AtoiEmpty reads a whole number; an empty field is 0.
func AtoiEmpty(t string) (int, error) {
	t = strings.TrimSpace(t)
	if t == "" {
		return 0, nil
	}
	return strconv.Atoi(t)
}

// Thousands writes a whole number with the thousands separator of the
// language: "20.000", "20,000".
func Thousands(n int, l model.Lang) string {
	s := strconv.Itoa(n)
	sep := "."
	if l == model.EN {
		sep = ","
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
