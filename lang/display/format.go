// Package display renders gomat values exactly as MATLAB's Command Window
// does: the "x =" echo of an unterminated statement (Display), disp(x)
// (Disp), and the one-line summaries used inside cells, struct fields and
// property lists (Summary). The numeric layout follows the current
// `format` setting (Format).
package display

import (
	"strings"

	"gomat/lang/value"
)

// Style is a numeric display format chosen with the format command.
type Style int

// The numeric styles gomat implements. Short is the default.
const (
	Short    Style = iota // fixed point, 4 decimals, common scale factor
	Long                  // fixed point, 15 decimals (7 for single)
	ShortE                // exponent form, 4 decimals
	LongE                 // exponent form, 15 decimals (7 for single)
	ShortG                // 5 significant digits, fixed or exponent form
	LongG                 // 15 significant digits (7 for single)
	ShortEng              // engineering: exponent a multiple of 3, 4 decimals
	LongEng               // engineering: 15 significant digits
)

var styleNames = [...]string{"short", "long", "shortE", "longE", "shortG", "longG", "shortEng", "longEng"}

// String returns the style's name as format and DisplayFormatOptions spell
// it ("short", "longG", ...).
func (s Style) String() string { return styleNames[s] }

// Format is the display state set by the format command: the numeric style
// and the line spacing (format compact drops the blank lines that format
// loose prints).
type Format struct {
	Style   Style
	Compact bool
}

// unsupported are styles MATLAB has that gomat does not implement.
var unsupported = map[string]bool{"bank": true, "hex": true, "rat": true, "rational": true, "+": true}

// ParseFormat applies the arguments of a format command to cur. No
// arguments, or "default", restore short loose. Each argument is a style
// ("long", "shortG", "longEng"; case does not matter), a style split in two
// words ("long g", "short e", "short eng"), or a spacing ("compact",
// "loose"). A style leaves the spacing alone and a spacing leaves the style
// alone, as in MATLAB.
func ParseFormat(args []string, cur Format) (Format, error) {
	if len(args) == 0 {
		return Format{}, nil
	}
	f := cur
	for i := 0; i < len(args); i++ {
		a := strings.ToLower(strings.TrimSpace(args[i]))
		if (a == "short" || a == "long") && i+1 < len(args) {
			switch next := strings.ToLower(args[i+1]); next {
			case "e", "g", "eng":
				a += next
				i++
			}
		}
		switch a {
		case "default":
			f = Format{}
		case "compact":
			f.Compact = true
		case "loose":
			f.Compact = false
		default:
			s, ok := styleByName(a)
			if !ok {
				if unsupported[a] {
					return cur, value.Errorf("gomat:format:unsupported", "format %s is not supported.", args[i])
				}
				return cur, value.Errorf("MATLAB:format:UnknownOption", "Unknown command option.")
			}
			f.Style = s
		}
	}
	return f, nil
}

func styleByName(a string) (Style, bool) {
	for i, n := range styleNames {
		if strings.ToLower(n) == a {
			return Style(i), true
		}
	}
	return 0, false
}
