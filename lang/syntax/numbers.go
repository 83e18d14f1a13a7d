package syntax

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// scanNumber returns the end of the numeric literal starting at i: decimal
// (`1`, `1.5`, `.5`, `1.`, `1e-3`, `2.5j`), hexadecimal (`0x1F`, `0xFFs8`) or
// binary (`0b101u16`). A '.' that begins an element-wise operator (`1./x`)
// is not part of the number.
func scanNumber(src []byte, i int) int {
	n := len(src)
	if src[i] == '0' && i+2 < n && (src[i+1]|0x20 == 'x' && isHexDigit(src[i+2]) || src[i+1]|0x20 == 'b' && (src[i+2] == '0' || src[i+2] == '1')) {
		hex := src[i+1]|0x20 == 'x'
		i += 2
		for i < n && (hex && isHexDigit(src[i]) || !hex && (src[i] == '0' || src[i] == '1')) {
			i++
		}
		return i + intSuffix(src[i:])
	}
	for i < n && isDigit(src[i]) {
		i++
	}
	if i < n && src[i] == '.' && !(i+1 < n && strings.IndexByte("*/\\^'", src[i+1]) >= 0) {
		i++
		for i < n && isDigit(src[i]) {
			i++
		}
	}
	if i < n && strings.IndexByte("eEdD", src[i]) >= 0 {
		j := i + 1
		if j < n && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if j < n && isDigit(src[j]) {
			for i = j; i < n && isDigit(src[i]); i++ {
			}
		}
	}
	if i < n && strings.IndexByte("ijIJ", src[i]) >= 0 && !(i+1 < n && isIdentChar(src[i+1])) {
		i++
	}
	return i
}

// intSuffix returns the length of an integer-class suffix (s8 … u64) at the
// start of b, or 0.
func intSuffix(b []byte) int {
	for _, suf := range []string{"s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64"} {
		if len(b) >= len(suf) && strings.EqualFold(string(b[:len(suf)]), suf) && !(len(b) > len(suf) && isIdentChar(b[len(suf)])) {
			return len(suf)
		}
	}
	return 0
}

// parseNumber evaluates a literal found by scanNumber. class is "" for
// double, else the integer class of a hexadecimal or binary literal (the
// smallest unsigned class that holds the digits unless a suffix names one).
// msg is a MATLAB error message when the literal is invalid.
func parseNumber(text string) (value float64, imag bool, class string, msg string) {
	if len(text) > 2 && text[0] == '0' && (text[1]|0x20 == 'x' || text[1]|0x20 == 'b') {
		return parseIntLiteral(text)
	}
	if last := text[len(text)-1] | 0x20; last == 'i' || last == 'j' {
		imag = true
		text = text[:len(text)-1]
	}
	if i := strings.IndexAny(text, "dD"); i >= 0 {
		text = text[:i] + "e" + text[i+1:]
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil && !math.IsInf(v, 0) {
		return 0, false, "", "Invalid number."
	}
	return v, imag, "", ""
}

// parseIntLiteral evaluates a hexadecimal or binary literal and its suffix.
func parseIntLiteral(text string) (float64, bool, string, string) {
	base, kind := 16, "Hexadecimal"
	if text[1]|0x20 == 'b' {
		base, kind = 2, "Binary"
	}
	digits, suffix := text[2:], ""
	if i := strings.IndexAny(digits, "sSuU"); i >= 0 {
		digits, suffix = digits[:i], strings.ToLower(digits[i:])
	}
	u, err := strconv.ParseUint(digits, base, 64)
	if err != nil {
		return 0, false, "", kind + " literal is too large for any integer class."
	}
	n := bits.Len64(u)
	if suffix == "" {
		width := 8
		for width < n {
			width *= 2
		}
		return float64(u), false, "uint" + strconv.Itoa(width), ""
	}
	width, _ := strconv.Atoi(suffix[1:])
	class := classOf(suffix)
	switch {
	case n > width:
		return 0, false, "", kind + " literal is out of range for " + class + "."
	case suffix[0] == 's' && width < 64 && u >= 1<<(width-1):
		return float64(int64(u) - 1<<width), false, class, ""
	case suffix[0] == 's':
		return float64(int64(u)), false, class, ""
	}
	return float64(u), false, class, ""
}

// classOf maps a literal suffix (s8, u16, …) to its class name.
func classOf(suffix string) string {
	if suffix[0] == 's' {
		return "int" + suffix[1:]
	}
	return "uint" + suffix[1:]
}
