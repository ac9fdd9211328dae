package main

import (
	"fmt"
	"image"
	"image/color"
)

// The Images exercise: an image type of our own.
type Image struct {
	W, H int
}

func (img Image) ColorModel() color.Model {
	return color.RGBAModel
}

func (img Image) Bounds() image.Rectangle {
	return image.Rect(0, 0, img.W, img.H)
}

func (img Image) At(x, y int) color.Color {
	v := uint8(x ^ y)
	return color.RGBA{v, v, 255, 255}
}

func describe(m image.Image) {
	b := m.Bounds()
	fmt.Println("bounds:", b, "size:", b.Dx(), "x", b.Dy())
	for _, p := range []image.Point{{0, 0}, {1, 2}, {10, 3}, {255, 255}} {
		if !p.In(b) {
			fmt.Println(p, "outside")
			continue
		}
		r, g, bl, a := m.At(p.X, p.Y).RGBA()
		fmt.Println(p, m.At(p.X, p.Y), r>>8, g>>8, bl>>8, a>>8)
	}
}

// The Images page: the library's own RGBA image.
func libraryImage() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())
	m.Set(1, 2, color.RGBA{255, 128, 0, 255})
	fmt.Println(m.At(1, 2).RGBA())
	fmt.Println(m.At(1, 2))
	rect := image.Rect(10, 20, 5, 8)
	fmt.Println(rect, rect.Dx(), rect.Dy())
	fmt.Println(image.Pt(3, 4).Add(image.Pt(1, 1)), image.Pt(6, 9).In(m.Bounds()))
	gray := image.NewGray(image.Rect(0, 0, 2, 2))
	gray.SetGray(1, 1, color.Gray{200})
	fmt.Println(gray.At(1, 1), gray.Bounds().Size())
	c := color.RGBAModel.Convert(color.Gray{100})
	fmt.Printf("%T %v\n", c, c)
}

func main() {
	libraryImage()
	m := Image{256, 256}
	describe(m)
	fmt.Println(m.ColorModel() == color.RGBAModel)
	var sum int
	for y := 0; y < 4; y++ {
		for x := 0; x < 4; x++ {
			c := m.At(x, y).(color.RGBA)
			sum += int(c.R)
		}
	}
	fmt.Println("sum of red in the 4x4 corner:", sum)
	describe(Image{8, 8})
}
