package model

import (
	"fmt"
	"strconv"
)

// Month is a calendar month, counted as year*12 + (month-1). The zero Month
// means "not set": an investment without an end runs on to the end of the
// plan. Years before 1 are not representable, which no school needs.
type Month int32

// MonthOf makes the Month for a year and a month number 1..12.
func MonthOf(year, month int) Month { return Month(year*12 + month - 1) }

// IsZero reports whether the month is unset.
func (m Month) IsZero() bool { return m == 0 }

// Year is the calendar year of the month.
func (m Month) Year() int { return int(m) / 12 }

// Number is the month of the year, 1..12.
func (m Month) Number() int { return int(m)%12 + 1 }

// String writes the month as YYYY-MM, and "" for the zero Month.
func (m Month) String() string {
	if m.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", m.Year(), m.Number())
}

// ParseMonth reads YYYY-MM; "" gives the zero Month.
func ParseMonth(s string) (Month, error) {
	if s == "" {
		return 0, nil
	}
	if len(s) != 7 || s[4] != '-' || !isDigits(s[:4]) || !isDigits(s[5:]) {
		return 0, fmt.Errorf("month %q is not YYYY-MM", s)
	}
	y, _ := strconv.Atoi(s[:4])
	mo, _ := strconv.Atoi(s[5:])
	if y < 1 || mo < 1 || mo > 12 {
		return 0, fmt.Errorf("month %q is not YYYY-MM", s)
	}
	return MonthOf(y, mo), nil
}
