package main

import (
	"fmt"
	"image/color"
	"image/color/palette"
)

func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

func main() {
	colors := []color.Color{
		color.RGBA{255, 128, 0, 255},
		color.NRGBA{255, 128, 0, 128},
		color.Gray{200},
		color.Gray16{0x8000},
		color.CMYK{0, 128, 255, 0},
		color.YCbCr{100, 120, 140},
		color.Alpha{100},
	}
	for _, c := range colors {
		r, g, b, a := c.RGBA()
		gray := color.GrayModel.Convert(c).(color.Gray)
		fmt.Printf("%-28v rgba=(%5d,%5d,%5d,%5d) hex=%s gray=%d\n", c, r, g, b, a, hex(c), gray.Y)
	}

	y, cb, cr := color.RGBToYCbCr(10, 200, 60)
	fmt.Println("ycbcr:", y, cb, cr)
	r, g, b := color.YCbCrToRGB(y, cb, cr)
	fmt.Println("back:", r, g, b)
	c, m, yy, k := color.RGBToCMYK(10, 200, 60)
	fmt.Println("cmyk:", c, m, yy, k)

	pal := color.Palette{color.Black, color.White, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 255, 0, 255}, color.RGBA{0, 0, 255, 255}}
	for _, q := range []color.Color{color.RGBA{250, 10, 10, 255}, color.RGBA{30, 30, 30, 255}, color.RGBA{200, 220, 210, 255}, color.RGBA{10, 100, 200, 255}} {
		i := pal.Index(q)
		fmt.Printf("%s -> palette[%d] %s\n", hex(q), i, hex(pal[i]))
	}
	fmt.Println("websafe:", len(palette.WebSafe), "plan9:", len(palette.Plan9), hex(palette.WebSafe[color.Palette(palette.WebSafe).Index(color.RGBA{100, 100, 100, 255})]))
}
