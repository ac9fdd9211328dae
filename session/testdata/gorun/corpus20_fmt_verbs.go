package main

import "fmt"

type Color int

type Pixel struct {
	X, Y  int
	C     Color
	Label string
}

type Image struct {
	Name   string
	Pixels []Pixel
	Meta   map[string]string
	Parent *Image
	Any    interface{}
}

func main() {
	px := Pixel{1, 2, 3, "a"}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", px, px, px, px)
	pp := &px
	fmt.Printf("%v\n%+v\n%T\n", pp, pp, pp)
	img := Image{Name: "img", Pixels: []Pixel{px, {}}}
	fmt.Printf("%v\n%+v\n", img, img)
	fmt.Printf("%#v\n", img)
	var nilImg *Image
	fmt.Printf("%v %+v %#v %T\n", nilImg, nilImg, nilImg, nilImg)
	var m map[string]int
	var s []string
	var i interface{}
	var e error
	fmt.Printf("%v %v %v %v\n", m, s, i, e)
	fmt.Printf("%#v %#v %#v %#v\n", m, s, i, e)
	fmt.Printf("%T %T %T %T\n", m, s, i, e)
	fmt.Println(m == nil, s == nil, i == nil, e == nil)
	fmt.Printf("%d %x %o %b %c %U %q\n", 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%8.3f|%-8.2f|%e|%g\n", 3.14159, 2.5, 123456.789, 1e21)
	fmt.Printf("%5s|%-5s|%.2s|%q\n", "go", "go", "golang", "hi\n")
	fmt.Printf("%x %X % x\n", "hey", []byte("hey"), "hey")
	fmt.Printf("%t %v %p\n", true, false, nil)
	fmt.Printf("%03d %+d %6.2f%%\n", 7, 7, 12.345)
	fmt.Printf("%v %d\n", []Color{1, 2}, map[string]Color{"r": 1, "b": 2})
	fmt.Printf("%v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Println(fmt.Sprintln("x", 1))
	type local struct{ A int }
	fmt.Printf("%#v %T\n", local{1}, local{1})
	fmt.Printf("%v\n", struct {
		P *Pixel
		Q []*Pixel
	}{nil, []*Pixel{nil}})
}
