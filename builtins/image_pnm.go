package builtins

import (
	"fmt"

	"gomat/lang/value"
)

// pnmScanner reads the whitespace-separated header fields and ASCII samples
// of a Netpbm file, skipping '#' comments.
type pnmScanner struct {
	data []byte
	pos  int
}

// number reads the next unsigned decimal field.
func (s *pnmScanner) number() (int, error) {
	for s.pos < len(s.data) {
		c := s.data[s.pos]
		if c == '#' {
			for s.pos < len(s.data) && s.data[s.pos] != '\n' && s.data[s.pos] != '\r' {
				s.pos++
			}
			continue
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
			break
		}
		s.pos++
	}
	start, n := s.pos, 0
	for s.pos < len(s.data) && s.data[s.pos] >= '0' && s.data[s.pos] <= '9' {
		n = n*10 + int(s.data[s.pos]-'0')
		if n > 1<<30 {
			return 0, fmt.Errorf("The header holds a number that is too large.")
		}
		s.pos++
	}
	if s.pos == start {
		return 0, fmt.Errorf("The header or data is malformed.")
	}
	return n, nil
}

// decodePNM decodes a PGM (P2, P5) or PPM (P3, P6) image: uint8 samples
// when the maximum value is below 256, else uint16, returned as stored.
func decodePNM(data []byte) (decodedImage, error) {
	s := &pnmScanner{data: data, pos: 2}
	kind := data[1]
	var hdr [3]int
	for i := range hdr {
		n, err := s.number()
		if err != nil {
			return decodedImage{}, err
		}
		hdr[i] = n
	}
	w, h, maxval := hdr[0], hdr[1], hdr[2]
	channels, format, ctype := 1, "pgm", "grayscale"
	if kind == '3' || kind == '6' {
		channels, format, ctype = 3, "ppm", "truecolor"
	}
	if w <= 0 || h <= 0 || maxval <= 0 || maxval > 65535 || w*h*channels > maxImagePixels {
		return decodedImage{}, fmt.Errorf("The header describes an unsupported image.")
	}
	cls, depth, bytesPer := value.Uint8, 8, 1
	if maxval > 255 {
		cls, depth, bytesPer = value.Uint16, 16, 2
	}
	n := w * h * channels
	samples := make([]float64, n)
	if kind == '5' || kind == '6' {
		s.pos++ // the single whitespace after maxval
		if s.pos+n*bytesPer > len(data) {
			return decodedImage{}, fmt.Errorf("The file is truncated.")
		}
		for i := range samples {
			if bytesPer == 1 {
				samples[i] = float64(data[s.pos+i])
			} else {
				samples[i] = float64(int(data[s.pos+2*i])<<8 | int(data[s.pos+2*i+1]))
			}
		}
	} else {
		for i := range samples {
			v, err := s.number()
			if err != nil {
				return decodedImage{}, err
			}
			samples[i] = float64(min(v, maxval))
		}
	}
	a, set := imagePlanes(cls, h, w, channels)
	for i, v := range samples {
		p := i / channels
		set(p/w, p%w, i%channels, v)
	}
	return decodedImage{format: format, pixels: a, bitDepth: depth * channels, colorType: ctype}, nil
}
