package main

import (
	"errors"
	"fmt"
)

// A verb that does not fit a value of a cell type of a basic kind names
// the cell type in fmt's error text, as Go's fmt does.
type Name string
type Num int
type Ratio float64

type Item struct {
	N Name
	C Num
}

func main() {
	n := Name("x")
	fmt.Printf("%d|%t\n", n, n)
	fmt.Printf("%v %s %q %5s|%-4v|\n", n, n, n, n, n)
	fmt.Printf("%*d|%.*f|\n", Num(5), Num(3), Num(2), 3.14159)
	fmt.Printf("%d %x %c %v %08.3f\n", Num(65), Num(65), Num(65), Num(65), Num(65))
	fmt.Printf("%d %s\n", Ratio(0.5), Ratio(1))
	fmt.Println(fmt.Errorf("bad %d: %w", Name("q"), errors.New("x")))
	fmt.Println(fmt.Sprintf("%s-%d-%t", Num(1), Num(2), Num(3)))
	var a any = Num(4)
	fmt.Printf("%s %v %T\n", a, a, a)
	it := Item{"w", 3}
	fmt.Printf("%d\n", it)
	fmt.Printf("%s\n", it.C)
}
