package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
)

func gradient(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.NRGBA{uint8(x * 255 / (w - 1)), uint8(y * 255 / (h - 1)), 128, 255})
		}
	}
	return img
}

func main() {
	src := gradient(16, 9)
	var buf bytes.Buffer
	if err := png.Encode(&buf, src); err != nil {
		log.Fatal(err)
	}
	fmt.Println("png signature ok:", bytes.HasPrefix(buf.Bytes(), []byte("\x89PNG\r\n\x1a\n")))

	cfg, format, err := image.DecodeConfig(bytes.NewReader(buf.Bytes()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("format:", format, "size:", cfg.Width, "x", cfg.Height, "model nrgba:", cfg.ColorModel == color.NRGBAModel)

	img, err := png.Decode(&buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("decoded %T bounds=%v\n", img, img.Bounds())
	for _, p := range []image.Point{{0, 0}, {15, 0}, {0, 8}, {15, 8}, {7, 4}} {
		r, g, b, a := img.At(p.X, p.Y).RGBA()
		fmt.Printf("%v: %d %d %d %d\n", p, r>>8, g>>8, b>>8, a>>8)
	}

	gray := image.NewGray(image.Rect(0, 0, 4, 4))
	for i := range gray.Pix {
		gray.Pix[i] = uint8(i * 16)
	}
	buf.Reset()
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, gray); err != nil {
		log.Fatal(err)
	}
	g2, _ := png.Decode(&buf)
	fmt.Printf("%T %v %v\n", g2, g2.At(3, 3), g2.ColorModel() == color.GrayModel)

	_, err = png.Decode(bytes.NewReader([]byte("definitely not a png")))
	fmt.Println("bad input:", err)
}
