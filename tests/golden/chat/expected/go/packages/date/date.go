// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package date holds the type of a spec's "format: date" values: a calendar day, sent and read
// as YYYY-MM-DD exactly (a time.Time would carry a clock and a zone the API never sent).
package date

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar day; the zero value is "no date" (omitted from a request).
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// Of is the day of t in t's location.
func Of(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// Parse reads YYYY-MM-DD.
func Parse(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date: %q is not YYYY-MM-DD", s)
	}
	return Of(t), nil
}

// MustParse is Parse for a literal: it panics on a malformed date.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String is the date as YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// IsZero reports whether the date is unset (for encoding/json's omitzero).
func (d Date) IsZero() bool { return d == Date{} }

// Time is the start of the day in loc.
func (d Date) Time(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// MarshalText writes YYYY-MM-DD (JSON, query strings and headers alike).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD.
func (d *Date) UnmarshalText(data []byte) (err error) {
	*d, err = Parse(string(data))
	return err
}

// UnmarshalJSON reads a JSON string YYYY-MM-DD; null leaves the zero date.
func (d *Date) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("date: %s is not a string", data)
	}
	return d.UnmarshalText([]byte(s))
}
