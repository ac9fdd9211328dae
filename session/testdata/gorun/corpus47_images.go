package main

import (
	"fmt"
	"image"
	"image/color"
)

type Image struct {
	W, H int
}

func (img Image) ColorModel() color.Model { return color.RGBAModel }

func (img Image) Bounds() image.Rectangle { return image.Rect(0, 0, img.W, img.H) }

func (img Image) At(x, y int) color.Color {
	v := uint8(x * y)
	return color.RGBA{v, v, 255, 255}
}

func summarize(m image.Image) {
	b := m.Bounds()
	var total int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, _, _, _ := m.At(x, y).RGBA()
			total += int(r >> 8)
		}
	}
	fmt.Println("bounds", b, "sum of red", total)
}

func main() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())
	m.Set(3, 4, color.RGBA{200, 100, 50, 255})
	fmt.Println(m.At(3, 4))
	fmt.Println(m.ColorModel() == color.RGBAModel)

	img := Image{8, 5}
	summarize(img)
	summarize(m)
	fmt.Println(img.At(2, 3), img.Bounds().Dx(), img.Bounds().Dy())
}
