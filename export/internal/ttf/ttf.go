package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Face is the character coverage and the advance widths of one font.
type Face struct {
	// width holds the advance width + 1 of every covered character of the
	// Basic Multilingual Plane; 0 means the font has no glyph for it.
	width [0x10000]uint16
	// Ascent and Descent are in thousandths of an em (Descent negative).
	Ascent, Descent int
}

// Has reports whether the font has a glyph for r. Only the Basic
// Multilingual Plane can be covered: gofpdf maps text through a 16-bit
// table.
func (f *Face) Has(r rune) bool {
	return r >= 0 && r < 0x10000 && f.width[r] != 0
}

// Width is the advance width of r in thousandths of an em, or -1 when the
// font has no glyph for r.
func (f *Face) Width(r rune) int {
	if !f.Has(r) {
		return -1
	}
	return int(f.width[r]) - 1
}

var errShort = errors.New("ttf: font data is truncated")

type reader []byte

func (b reader) u16(off int) (int, error) {
	if off < 0 || off+2 > len(b) {
		return 0, errShort
	}
	return int(binary.BigEndian.Uint16(b[off:])), nil
}

func (b reader) i16(off int) (int, error) {
	v, err := b.u16(off)
	return int(int16(uint16(v))), err
}

func (b reader) u32(off int) (int, error) {
	if off < 0 || off+4 > len(b) {
		return 0, errShort
	}
	return int(binary.BigEndian.Uint32(b[off:])), nil
}

// Parse reads a TrueType font.
func Parse(data []byte) (*Face, error) {
	b := reader(data)
	n, err := b.u16(4)
	if err != nil {
		return nil, err
	}
	tables := map[string]int{}
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(b) {
			return nil, errShort
		}
		off, _ := b.u32(rec + 8)
		tables[string(b[rec:rec+4])] = off
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "cmap"} {
		if _, ok := tables[t]; !ok {
			return nil, fmt.Errorf("ttf: table %q missing", t)
		}
	}
	upm, err := b.u16(tables["head"] + 18)
	if err != nil || upm == 0 {
		return nil, fmt.Errorf("ttf: bad unitsPerEm")
	}
	scale := 1000 / float64(upm)
	hhea := tables["hhea"]
	asc, _ := b.i16(hhea + 4)
	desc, _ := b.i16(hhea + 6)
	nMetrics, err := b.u16(hhea + 34)
	if err != nil || nMetrics == 0 {
		return nil, fmt.Errorf("ttf: bad numberOfHMetrics")
	}
	hmtx := tables["hmtx"]
	advance := func(glyph int) (int, error) {
		if glyph >= nMetrics {
			glyph = nMetrics - 1
		}
		return b.u16(hmtx + 4*glyph)
	}

	sub, err := unicodeFormat4(b, tables["cmap"])
	if err != nil {
		return nil, err
	}
	f := &Face{Ascent: int(math.Round(float64(asc) * scale)), Descent: int(math.Round(float64(desc) * scale))}
	segX2, err := b.u16(sub + 6)
	if err != nil {
		return nil, err
	}
	segs := segX2 / 2
	ends, starts, deltas, ranges := sub+14, sub+16+segX2, sub+16+2*segX2, sub+16+3*segX2
	for s := 0; s < segs; s++ {
		end, err1 := b.u16(ends + 2*s)
		start, err2 := b.u16(starts + 2*s)
		delta, err3 := b.u16(deltas + 2*s)
		ro, err4 := b.u16(ranges + 2*s)
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return nil, err
		}
		for c := start; c <= end && c < 0xFFFF; c++ {
			glyph := 0
			if ro == 0 {
				glyph = (c + delta) & 0xFFFF
			} else {
				g, err := b.u16(ranges + 2*s + ro + 2*(c-start))
				if err != nil {
					continue
				}
				if g != 0 {
					glyph = (g + delta) & 0xFFFF
				}
			}
			if glyph == 0 {
				continue
			}
			aw, err := advance(glyph)
			if err != nil {
				return nil, err
			}
			if aw >= 1<<15 {
				aw = 0
			}
			f.width[c] = uint16(math.Round(scale*float64(aw))) + 1
		}
	}
	return f, nil
}

// unicodeFormat4 finds the Unicode format 4 subtable, chosen as gofpdf
// chooses it: the first (3,1) or platform 0 subtable in format 4.
func unicodeFormat4(b reader, cmap int) (int, error) {
	n, err := b.u16(cmap + 2)
	if err != nil {
		return 0, err
	}
	for i := 0; i < n; i++ {
		rec := cmap + 4 + 8*i
		pid, _ := b.u16(rec)
		eid, _ := b.u16(rec + 2)
		off, err := b.u32(rec + 4)
		if err != nil {
			return 0, err
		}
		if pid == 3 && eid == 1 || pid == 0 {
			if format, _ := b.u16(cmap + off); format == 4 {
				return cmap + off, nil
			}
		}
	}
	return 0, errors.New("ttf: no Unicode format 4 cmap")
}
