package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Tree struct {
	Left, Right *Tree
	Val         int
}

// describe prints a value and its dynamic type, as the Tour does.
func describe(i any) {
	fmt.Printf("(%v, %T)\n", i, i)
}

// describeIndexed says the same with an explicit argument index.
func describeIndexed(i any) string {
	return fmt.Sprintf("%v is a %[1]T", i)
}

func classify(vals ...any) {
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			fmt.Println("nil value")
		case int, int64:
			fmt.Printf("integer %[1]d of type %[1]T\n", x)
		case fmt.Stringer:
			fmt.Printf("stringer %q (%T)\n", x.String(), x)
		case Shape:
			fmt.Printf("shape %+[1]v of type %[1]T, area %.1f\n", x, x.Area())
		case error:
			fmt.Printf("error %q\n", x)
		default:
			fmt.Printf("other %#[1]v of type %[1]T\n", x)
		}
	}
}

func main() {
	var i any
	describe(i)
	i = 42
	describe(i)
	i = "hello"
	describe(i)
	i = Point{1, 2}
	describe(i)
	i = &Point{3, 4}
	describe(i)
	i = Celsius(21.5)
	describe(i)
	i = []Point{{1, 2}}
	describe(i)

	p := Point{5, 6}
	fmt.Println(describeIndexed(p))
	fmt.Println(describeIndexed(&Tree{Val: 1}))
	fmt.Println(describeIndexed(map[string]Point{"o": {}}))
	fmt.Println(describeIndexed(Celsius(-3)))

	classify(7, int64(8), Celsius(0), Rect{2, 3}, errors.New("boom"), p, []int{1}, nil)

	var sb strings.Builder
	fmt.Fprintf(&sb, "%[2]v,%[1]v;%[2]T,%[1]T", p, Celsius(1))
	fmt.Println(sb.String())
	err := fmt.Errorf("bad value %v (%[1]T)", Rect{1, 1})
	fmt.Println(err)
	fmt.Fprintf(os.Stdout, "%-12[1]T|%[1]v|%[2]d\n", p, 99)
	fmt.Printf("%[1]v %[1]T and then %v\n", p, "next")
	var s Shape = Rect{4, 5}
	fmt.Printf("%v %[1]T %.0f\n", s, s.Area())
}
