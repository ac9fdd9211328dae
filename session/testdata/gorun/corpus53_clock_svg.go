package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"time"
)

type Point struct{ X, Y float64 }

func handPoint(fraction, length float64) Point {
	angle := 2 * math.Pi * fraction
	return Point{150 + length*math.Sin(angle), 150 - length*math.Cos(angle)}
}

func SVGWriter(w io.Writer, t time.Time) {
	io.WriteString(w, `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" viewBox="0 0 300 300">`)
	io.WriteString(w, `<circle cx="150" cy="150" r="100"/>`)
	sec := handPoint(float64(t.Second())/60, 90)
	min := handPoint((float64(t.Minute())+float64(t.Second())/60)/60, 80)
	fmt.Fprintf(w, `<line x1="150" y1="150" x2="%.3f" y2="%.3f"/>`, sec.X, sec.Y)
	fmt.Fprintf(w, `<line x1="150" y1="150" x2="%.3f" y2="%.3f"/>`, min.X, min.Y)
	io.WriteString(w, `</svg>`)
}

type Line struct {
	X1 float64 `xml:"x1,attr"`
	Y1 float64 `xml:"y1,attr"`
	X2 float64 `xml:"x2,attr"`
	Y2 float64 `xml:"y2,attr"`
}

type Circle struct {
	Cx float64 `xml:"cx,attr"`
	Cy float64 `xml:"cy,attr"`
	R  float64 `xml:"r,attr"`
}

type SVG struct {
	XMLName xml.Name `xml:"svg"`
	Width   string   `xml:"width,attr"`
	Height  string   `xml:"height,attr"`
	Circle  Circle   `xml:"circle"`
	Line    []Line   `xml:"line"`
}

func main() {
	tm := time.Date(1337, time.January, 1, 0, 15, 30, 0, time.UTC)
	b := bytes.Buffer{}
	SVGWriter(&b, tm)
	fmt.Println(b.Len(), "bytes")

	svg := SVG{}
	if err := xml.Unmarshal(b.Bytes(), &svg); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Println(svg.XMLName.Local, svg.Width, svg.Height, svg.Circle)
	for i, l := range svg.Line {
		fmt.Printf("line %d: %+v\n", i, l)
	}
	want := Line{150, 150, 150, 240}
	tm2 := time.Date(1337, time.January, 1, 0, 0, 30, 0, time.UTC)
	b.Reset()
	SVGWriter(&b, tm2)
	svg2 := SVG{}
	xml.Unmarshal(b.Bytes(), &svg2)
	fmt.Println("contains want:", svg2.Line[0] == want, svg2.Line[0])
}
