package main

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const (
	size = 512 // pixels of the finished icon
	ss   = 4   // supersampling factor per axis, for smooth edges
)

// shape reports whether the point (x, y), in icon pixels, lies inside.
type shape func(x, y float64) bool

type layer struct {
	in  shape
	col color.NRGBA
}

func roundedRect(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx := math.Max(x0+r, math.Min(x, x1-r))
		cy := math.Max(y0+r, math.Min(y, y1-r))
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
}

func triangle(ax, ay, bx, by, cx, cy float64) shape {
	sign := func(px, py, qx, qy, rx, ry float64) float64 {
		return (px-rx)*(qy-ry) - (qx-rx)*(py-ry)
	}
	return func(x, y float64) bool {
		d1 := sign(x, y, ax, ay, bx, by)
		d2 := sign(x, y, bx, by, cx, cy)
		d3 := sign(x, y, cx, cy, ax, ay)
		neg := d1 < 0 || d2 < 0 || d3 < 0
		pos := d1 > 0 || d2 > 0 || d3 > 0
		return !(neg && pos)
	}
}

func main() {
	out := flag.String("o", "assets/icon.png", "where to write the PNG")
	flag.Parse()

	// The palette matches the bouwsteen colours of the charts.
	layers := []layer{
		{roundedRect(16, 16, 496, 496, 96), color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}},      // background
		{roundedRect(112, 100, 246, 214, 22), color.NRGBA{0x4e, 0x9a, 0xf1, 0xff}},    // visie
		{roundedRect(266, 100, 400, 214, 22), color.NRGBA{0x7c, 0xc6, 0x74, 0xff}},    // deskundigheid
		{roundedRect(112, 230, 246, 330, 22), color.NRGBA{0xf5, 0xb9, 0x42, 0xff}},    // inhoud
		{roundedRect(266, 230, 400, 330, 22), color.NRGBA{0xef, 0x6f, 0x5e, 0xff}},    // infrastructuur
		{roundedRect(72, 350, 440, 372, 11), color.NRGBA{0xf4, 0xf6, 0xf8, 0xff}},     // beam
		{triangle(256, 372, 196, 440, 316, 440), color.NRGBA{0xf4, 0xf6, 0xf8, 0xff}}, // fulcrum
	}

	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := float64(px) + (float64(sx)+0.5)/ss
					y := float64(py) + (float64(sy)+0.5)/ss
					var c color.NRGBA
					for _, l := range layers {
						if l.in(x, y) {
							c = l.col
						}
					}
					fa := float64(c.A) / 255
					r += float64(c.R) * fa
					g += float64(c.G) * fa
					b += float64(c.B) * fa
					a += fa
				}
			}
			n := float64(ss * ss)
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(r/a + 0.5), G: uint8(g/a + 0.5), B: uint8(b/a + 0.5),
				A: uint8(a/n*255 + 0.5),
			})
		}
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
