package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Square struct{ side float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (s Square) Area() float64  { return s.side * s.side }
func (s Square) String() string { return fmt.Sprintf("square(%g)", s.side) }

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }

func pick(n int) any {
	if n == 0 {
		return []Shape{Rect{5, 6}}
	}
	return map[string]Shape{"q": Square{float64(n)}}
}

func main() {
	// An any holding a composite of interfaces prints what each holds.
	var a any = []Shape{Rect{1, 2}}
	fmt.Println(a)
	fmt.Printf("%v %+v\n", a, a)
	var b any = []Shape{Square{2}, Rect{1, 3}, nil}
	fmt.Println(b)
	fmt.Printf("%s|%v\n", b, b)
	var c any = map[string]Shape{"r": Rect{3, 4}}
	fmt.Println(c)
	var d any = [][]Shape{{Rect{1, 1}}, {Square{1}}}
	fmt.Println(d)
	var p any = &[]Shape{Rect{2, 2}}
	fmt.Println(p)
	var s any = struct {
		S Shape
		N int
	}{Square{3}, 7}
	fmt.Printf("%v %+v\n", s, s)
	var errs any = []error{codeErr{1}, errors.New("lib")}
	fmt.Println(errs)
	var anys any = []any{Square{5}, Rect{1, 2}, 3, "x"}
	fmt.Println(anys)
	fmt.Println(pick(0), pick(4))

	// Maps of any holding such composites.
	m := map[string]any{"s": []Shape{Rect{3, 4}}}
	fmt.Println(m)

	// Library values keep printing as fmt prints them.
	var e error = fmt.Errorf("x")
	var dur any = 2 * time.Second
	var ints any = []int{1, 2}
	var lib any = []error{errors.New("only lib")}
	fmt.Println(e, dur, ints, lib)

	// The other printing functions go the same way.
	fmt.Println(fmt.Sprint(a), fmt.Sprintf("%v", b))
	fmt.Println(fmt.Errorf("got %v", c))
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println(b)
}
