package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/png"
)

type Image struct {
	w, h int
}

func (im Image) Bounds() image.Rectangle {
	return image.Rect(0, 0, im.w, im.h)
}

func (im Image) ColorModel() color.Model {
	return color.RGBAModel
}

func (im Image) At(x, y int) color.Color {
	v := uint8((x ^ y) * 4)
	return color.RGBA{v, v, 255, 255}
}

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8((x + y) / 2)
		}
	}
	return p
}

func main() {
	m := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(m.Bounds())
	fmt.Println(m.At(0, 0).RGBA())

	im := Image{16, 8}
	fmt.Println(im.Bounds(), im.At(3, 5))
	var img image.Image = im
	fmt.Println(img.Bounds().Dx(), img.Bounds().Dy())

	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))

	decoded, err := png.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		fmt.Println("decode:", err)
		return
	}
	r, g, b, a := decoded.At(3, 5).RGBA()
	fmt.Println(decoded.Bounds(), r>>8, g>>8, b>>8, a>>8)

	p := Pic(4, 3)
	gray := image.NewGray(image.Rect(0, 0, 4, 3))
	for y, row := range p {
		for x, v := range row {
			gray.SetGray(x, y, color.Gray{v})
		}
	}
	buf.Reset()
	png.Encode(&buf, gray)
	fmt.Printf("%x\n", sha256.Sum256(buf.Bytes()))
}
