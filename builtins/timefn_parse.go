package builtins

import (
	"strings"
	"time"

	"gomat/lang/value"
)

// errDateFormatMismatch is the error for text that does not match a
// datetime InputFormat.
func errDateFormatMismatch(s, f string) error {
	return value.Errorf("MATLAB:datetime:ParseErr", "Unable to convert '%s' to datetime using the format '%s'.", s, f)
}

// parseCLDR reads s in the datetime format f (CLDR symbols: y u M L d H h m
// s S a E e and quoted literals), as datetime(s, 'InputFormat', f) does.
// Fields not in f take their defaults (1 for month and day, 0 for times).
func parseCLDR(s, f string) (time.Time, error) {
	year, month, day := 0, 1, 1
	hour, minute, sec, nanos := 0, 0, 0, 0
	pm, twelve := -1, false
	p := 0
	bad := errDateFormatMismatch(s, f)
	// digits reads between lo and hi digits.
	digits := func(lo, hi int) (int, bool) {
		n, v := 0, 0
		for p < len(s) && n < hi && s[p] >= '0' && s[p] <= '9' {
			v = v*10 + int(s[p]-'0')
			p++
			n++
		}
		return v, n >= lo
	}
	// word reads one of names (case-insensitively), returning its index.
	word := func(names []string) (int, bool) {
		for i, nm := range names {
			if len(s)-p >= len(nm) && strings.EqualFold(s[p:p+len(nm)], nm) {
				p += len(nm)
				return i, true
			}
		}
		return 0, false
	}
	var months, shortMonths, weekdays, shortWeekdays []string
	for m := time.January; m <= time.December; m++ {
		months = append(months, m.String())
		shortMonths = append(shortMonths, m.String()[:3])
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		weekdays = append(weekdays, d.String())
		shortWeekdays = append(shortWeekdays, d.String()[:3])
	}
	for i := 0; i < len(f); {
		j := i
		for j < len(f) && f[j] == f[i] {
			j++
		}
		n := j - i
		ok := true
		switch f[i] {
		case 'y', 'u':
			if n == 2 {
				year, ok = digits(2, 2)
				year += 2000
			} else {
				year, ok = digits(1, 4)
			}
		case 'M', 'L':
			switch {
			case n >= 4:
				month, ok = word(months)
				month++
			case n == 3:
				month, ok = word(shortMonths)
				month++
			default:
				month, ok = digits(1, 2)
			}
		case 'd':
			day, ok = digits(1, 2)
		case 'H':
			hour, ok = digits(1, 2)
		case 'h':
			hour, ok = digits(1, 2)
			twelve = true
		case 'm':
			minute, ok = digits(1, 2)
		case 's':
			sec, ok = digits(1, 2)
		case 'S':
			start := p
			var v int
			v, ok = digits(1, 9)
			for k := p - start; k < 9; k++ {
				v *= 10
			}
			nanos = v
		case 'a':
			pm, ok = word([]string{"AM", "PM"})
		case 'E', 'e':
			if f[i] == 'e' && n <= 2 {
				_, ok = digits(1, n)
			} else if _, ok = word(weekdays); !ok {
				_, ok = word(shortWeekdays)
			}
		case '\'':
			k := strings.IndexByte(f[i+1:], '\'')
			if k < 0 {
				k = len(f) - i - 1
			}
			lit := f[i+1 : i+1+k]
			ok = strings.HasPrefix(s[p:], lit)
			p += len(lit)
			j = min(i+k+2, len(f))
		default:
			if (f[i] >= 'a' && f[i] <= 'z') || (f[i] >= 'A' && f[i] <= 'Z') {
				return time.Time{}, value.Errorf("MATLAB:datetime:UnsupportedSymbol", "The format '%s' contains an unsupported symbol: '%c'. See the datetime.Format property for a complete description of the identifiers used in datetime formats.", f, f[i])
			}
			lit := f[i:j]
			ok = strings.HasPrefix(s[p:], lit)
			p += len(lit)
		}
		if !ok || p > len(s) {
			return time.Time{}, bad
		}
		i = j
	}
	if p != len(s) || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || sec > 60 {
		return time.Time{}, bad
	}
	if twelve || pm >= 0 {
		if hour < 1 || hour > 12 {
			return time.Time{}, bad
		}
		hour %= 12
		if pm == 1 {
			hour += 12
		}
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nanos, time.UTC)
	if t.Day() != day {
		return time.Time{}, bad
	}
	return t, nil
}

// formatHasTime reports whether a datetime format shows a time of day.
func formatHasTime(f string) bool {
	inQuote := false
	for _, r := range f {
		switch {
		case r == '\'':
			inQuote = !inQuote
		case !inQuote && strings.ContainsRune("HhmsSa", r):
			return true
		}
	}
	return false
}
