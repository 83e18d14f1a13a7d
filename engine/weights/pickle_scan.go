package weights

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// Argument encodings of pickle opcodes (as in CPython's pickletools).
const (
	argNone  = iota
	argFixed // a fixed number of bytes
	argLen1  // 1-byte length, then that many bytes
	argLen4  // 4-byte little-endian length, then that many bytes
	argLen8  // 8-byte little-endian length, then that many bytes
	argLine  // bytes up to a newline
	argLines // two newline-terminated lines
	argFrame // 8-byte frame length; the frame's opcodes follow inline
)

// pickleOps gives, for every opcode of protocols 0–5, its argument
// encoding and (for argFixed) size.
var pickleOps = func() map[byte][2]int {
	m := map[byte][2]int{}
	for _, c := range []byte("().012NQR]abdelostu}\x81\x85\x86\x87\x88\x89\x8f\x90\x91\x92\x93\x94\x97\x98") {
		m[byte(c)] = [2]int{argNone}
	}
	for c, n := range map[byte]int{'K': 1, 'h': 1, 'q': 1, '\x80': 1, '\x82': 1, 'M': 2, '\x83': 2, 'J': 4, 'j': 4, 'r': 4, '\x84': 4, 'G': 8} {
		m[c] = [2]int{argFixed, n}
	}
	for _, c := range []byte("UC\x8c\x8a") {
		m[byte(c)] = [2]int{argLen1}
	}
	for _, c := range []byte("TBX\x8b") {
		m[byte(c)] = [2]int{argLen4}
	}
	for _, c := range []byte("\x8e\x8d\x96") {
		m[byte(c)] = [2]int{argLen8}
	}
	for _, c := range []byte("ILSVFgpP") {
		m[byte(c)] = [2]int{argLine}
	}
	m['c'], m['i'] = [2]int{argLines}, [2]int{argLines}
	m['\x95'] = [2]int{argFrame}
	return m
}()

// scanPickle walks the opcodes of a pickle without executing it and checks
// that every opcode is known and every length-prefixed argument fits in
// the data, so that the unpickler never allocates more than the pickle's
// own size. It stops at STOP ('.').
func scanPickle(p []byte) error {
	i := 0
	for i < len(p) {
		op := p[i]
		spec, ok := pickleOps[op]
		if !ok {
			return fmt.Errorf("unknown opcode 0x%02x at byte %d", op, i)
		}
		i++
		rest := len(p) - i
		var n uint64
		switch spec[0] {
		case argFixed:
			n = uint64(spec[1])
		case argLen1:
			if rest < 1 {
				return fmt.Errorf("truncated at byte %d", i)
			}
			n = 1 + uint64(p[i])
		case argLen4:
			if rest < 4 {
				return fmt.Errorf("truncated at byte %d", i)
			}
			n = 4 + uint64(binary.LittleEndian.Uint32(p[i:]))
		case argLen8, argFrame:
			if rest < 8 {
				return fmt.Errorf("truncated at byte %d", i)
			}
			n = binary.LittleEndian.Uint64(p[i:])
			if n > uint64(rest-8) {
				return fmt.Errorf("length %d at byte %d exceeds the data", n, i)
			}
			n += 8
			if spec[0] == argFrame {
				n = 8
			}
		case argLine, argLines:
			lines := 1 + spec[0] - argLine
			for k := 0; k < lines; k++ {
				j := bytes.IndexByte(p[i+int(n):], '\n')
				if j < 0 {
					return fmt.Errorf("unterminated argument at byte %d", i)
				}
				n += uint64(j + 1)
			}
		}
		if n > uint64(rest) {
			return fmt.Errorf("argument at byte %d exceeds the data", i)
		}
		i += int(n)
		if op == '.' {
			return nil
		}
	}
	return fmt.Errorf("no STOP opcode")
}
