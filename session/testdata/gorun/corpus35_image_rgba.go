package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
)

func fillRect(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src)
}

func countColors(img image.Image) map[color.RGBA]int {
	counts := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			counts[c]++
		}
	}
	return counts
}

func main() {
	img := image.NewRGBA(image.Rect(0, 0, 8, 6))
	fmt.Println("bounds:", img.Bounds(), "dx:", img.Bounds().Dx(), "dy:", img.Bounds().Dy(), "stride:", img.Stride)
	red := color.RGBA{255, 0, 0, 255}
	blue := color.RGBA{0, 0, 255, 255}
	fillRect(img, img.Bounds(), color.White)
	fillRect(img, image.Rect(1, 1, 4, 4), red)
	fillRect(img, image.Rect(3, 2, 7, 5), blue)
	img.Set(7, 5, color.Black)

	for y := 0; y < 6; y++ {
		for x := 0; x < 8; x++ {
			switch img.RGBAAt(x, y) {
			case red:
				fmt.Print("R")
			case blue:
				fmt.Print("B")
			case color.RGBA{0, 0, 0, 255}:
				fmt.Print("#")
			default:
				fmt.Print(".")
			}
		}
		fmt.Println()
	}
	counts := countColors(img)
	fmt.Println("red:", counts[red], "blue:", counts[blue], "white:", counts[color.RGBA{255, 255, 255, 255}])

	sub := img.SubImage(image.Rect(2, 2, 5, 5)).(*image.RGBA)
	fmt.Println("sub bounds:", sub.Bounds(), "at(2,2):", sub.At(2, 2), "opaque:", sub.Opaque())
	r := image.Rect(0, 0, 10, 10).Intersect(image.Rect(5, 5, 20, 20))
	fmt.Println("intersect:", r, "union:", image.Rect(0, 0, 2, 2).Union(image.Rect(5, 5, 6, 6)), "empty:", image.Rect(0, 0, 0, 5).Empty())
	fmt.Println(image.Pt(3, 4).Add(image.Pt(1, 1)), image.Pt(3, 4).In(r), image.Pt(7, 7).In(r))
}
