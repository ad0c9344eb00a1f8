package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Money is an amount in euro cents. Whole cents keep every sum exact, so the
// budget adds up to the cent and the same plan gives the same figures on
// every machine.
type Money int64

// Euros makes Money from whole euros.
func Euros(e int64) Money { return Money(e * 100) }

// Float is the amount in euros, for ratios and charts.
func (m Money) Float() float64 { return float64(m) / 100 }

// String prints the amount in euros with a point for the cents when there
// are any ("6000", "6000.5", "12.05"); it is the form used in JSON.
func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := strconv.FormatInt(int64(m/100), 10)
	if c := m % 100; c != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%02d", c), "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// MarshalJSON writes the amount as a JSON number of euros.
func (m Money) MarshalJSON() ([]byte, error) { return []byte(m.String()), nil }

// ParseMoney reads an amount of euros written as a decimal number ("6000",
// "6000.50", "1e3"). More than two decimals are rounded to the nearest
// cent, halves away from zero.
func ParseMoney(s string) (Money, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("empty amount")
	}
	// Fast, exact path for plain decimals.
	neg := false
	t := s
	if t[0] == '-' || t[0] == '+' {
		neg = t[0] == '-'
		t = t[1:]
	}
	whole, frac, hasFrac := strings.Cut(t, ".")
	if isDigits(whole) && (!hasFrac || isDigits(frac)) && whole != "" && len(whole) <= 13 {
		w, _ := strconv.ParseInt(whole, 10, 64)
		cents := w * 100
		if hasFrac {
			f := frac + "000"
			c, _ := strconv.ParseInt(f[:2], 10, 64)
			cents += c
			if f[2] >= '5' {
				cents++
			}
		}
		if neg {
			cents = -cents
		}
		return Money(cents), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != f || f > 1e13 || f < -1e13 {
		return 0, fmt.Errorf("not an amount: %q", s)
	}
	if f < 0 {
		return Money(f*100 - 0.5), nil
	}
	return Money(f*100 + 0.5), nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
