package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Money is an amount in euro cents. Whole cents keep every sum exact, so the
// budget adds up to the cent and the same plan gives the same figures on
// every machine.
//
// A plan holds amounts from -MaxMoney to MaxMoney (Validate refuses others,
// negative ones anyway); ParseMoney reads nothing beyond. Every int64 still
// prints correctly, math.MinInt64 included, so that a message about a
// damaged file can show the amount it found.
type Money int64

// MaxMoney is the largest amount a plan may hold anywhere: one billion
// euros, far above any school's ict budget. The bound keeps every sum the
// analysis makes within int64: ten years of an amount this size for each of
// the at most half a million investments a 50 MB file can hold is 5e17
// cents, well below 9.2e18, and exactly representable as a float64 for the
// charts.
const MaxMoney Money = 1_000_000_000 * 100

// Euros makes Money from whole euros (e within ±MaxMoney/100).
func Euros(e int64) Money { return Money(e * 100) }

// Float is the amount in euros, for ratios and charts.
func (m Money) Float() float64 { return float64(m) / 100 }

// Parts splits the amount into its sign, whole euros and cents (0..99),
// correct for every int64: math.MinInt64 gives true,
// 92233720368547758, 8. Formatting for people (planning.FormatMoney)
// builds on it so that no negation overflows.
func (m Money) Parts() (neg bool, euros, cents uint64) {
	u := uint64(m)
	if m < 0 {
		neg, u = true, -u // two's complement: exact also for math.MinInt64
	}
	return neg, u / 100, u % 100
}

// String prints the amount in euros with a point for the cents when there
// are any ("6000", "6000.5", "12.05", "-0.05"); it is the form used in
// JSON.
func (m Money) String() string {
	neg, euros, cents := m.Parts()
	s := strconv.FormatUint(euros, 10)
	if cents != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%02d", cents), "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// MarshalJSON writes the amount as a JSON number of euros. It never fails:
// String is a JSON number for every int64.
func (m Money) MarshalJSON() ([]byte, error) { return []byte(m.String()), nil }

// MoneyError says why a text is not an amount: Reason is "syntax" (not a
// decimal number), "sub_cent" (a fraction of a cent, which is never
// rounded away) or "range" (beyond MaxMoney); Text says it in both
// languages, quoting the text.
type MoneyError struct {
	Reason string
	Text   Text
}

func (e *MoneyError) Error() string { return e.Text.EN }

// ParseMoney reads an amount of euros written as a decimal number: "6000",
// "6000.50", "-2.5", "1e3", "1.2345e2" (a JSON number, or with a "+" sign
// or without digits on one side of the point). It is exact: an amount with
// a fraction of a cent ("0.005") is an error, not rounded, and so is one
// beyond MaxMoney, in either direction. Surrounding white space is ignored.
func ParseMoney(s string) (Money, error) {
	t := strings.TrimSpace(s)
	neg := false
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg = t[0] == '-'
		t = t[1:]
	}
	mant, exp, hasExp := strings.Cut(strings.ToLower(t), "e")
	whole, frac, _ := strings.Cut(mant, ".")
	if whole+frac == "" || !isDigits(whole) || !isDigits(frac) || (hasExp && !isExponent(exp)) {
		return 0, moneyError("syntax", s,
			"%q is geen bedrag; schrijf euro's met een punt voor de centen, zoals 6000.50",
			"%q is not an amount; write euros with a point before the cents, like 6000.50")
	}
	// The value is digits * 10^shift cents.
	digits := strings.TrimLeft(whole+frac, "0")
	if digits == "" {
		return 0, nil // zero, whatever the exponent
	}
	shift := 2 - len(frac)
	if hasExp {
		e, big := exponent(exp)
		if big {
			// Far beyond any amount either way; the digits cannot make
			// up for an exponent of a million or more.
			if e > 0 {
				return 0, tooLarge(s)
			}
			return 0, subCent(s)
		}
		shift += e
	}
	for shift < 0 && strings.HasSuffix(digits, "0") {
		digits, shift = digits[:len(digits)-1], shift+1
	}
	if shift < 0 {
		return 0, subCent(s)
	}
	// MaxMoney has 12 digits; anything longer is too large, and 12 digits
	// fit an int64 with room to spare.
	if len(digits)+shift > 12 {
		return 0, tooLarge(s)
	}
	n, _ := strconv.ParseInt(digits+strings.Repeat("0", shift), 10, 64)
	if n > int64(MaxMoney) {
		return 0, tooLarge(s)
	}
	if neg {
		n = -n
	}
	return Money(n), nil
}

func isExponent(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	return s != "" && isDigits(s)
}

// exponent reads a valid exponent; big reports one of a million or more in
// size, which no amount needs.
func exponent(s string) (e int, big bool) {
	neg := s[0] == '-'
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	s = strings.TrimLeft(s, "0")
	if len(s) > 6 {
		if neg {
			return -1, true
		}
		return 1, true
	}
	e, _ = strconv.Atoi("0" + s)
	if neg {
		e = -e
	}
	return e, false
}

func moneyError(reason, s, nl, en string) *MoneyError {
	q := s
	if r := []rune(q); len(r) > 40 {
		q = string(r[:40]) + "…"
	}
	return &MoneyError{Reason: reason, Text: Text{fmt.Sprintf(nl, q), fmt.Sprintf(en, q)}}
}

func subCent(s string) *MoneyError {
	return moneyError("sub_cent", s,
		"het bedrag %s heeft een fractie van een cent; rond het zelf af op hele centen",
		"the amount %s has a fraction of a cent; round it to whole cents yourself")
}

func tooLarge(s string) *MoneyError {
	return moneyError("range", s,
		"het bedrag %s is groter dan het maximum van "+maxMoneyNL+" euro",
		"the amount %s is larger than the maximum of "+maxMoneyEN+" euros")
}

// The maximum as people read it.
const (
	maxMoneyNL = "1.000.000.000"
	maxMoneyEN = "1,000,000,000"
)

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// DivRound divides the amount by n (> 0) and rounds to the nearest cent,
// half a cent away from zero: the one rule for a share of an amount (the
// cost per pupil of a plan, a year, a board), so that figures computed in
// different places round alike.
func (m Money) DivRound(n int64) Money {
	q, r := int64(m)/n, int64(m)%n
	if r < 0 {
		r = -r
	}
	if 2*r >= n {
		if m < 0 {
			q--
		} else {
			q++
		}
	}
	return Money(q)
}
