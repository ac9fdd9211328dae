package main

import "fmt"

// A plain number or string in an any beside a cell type of its kind with
// a String method prints as itself.

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }

type Name string

func (n Name) String() string { return "name:" + string(n) }

func main() {
	var a any = 2.5
	var b any = Temp(2)
	var c any = "plain"
	var d any = Name("n")
	fmt.Println(a, b, c, d)
	fmt.Printf("%v %v %s %s\n", a, b, c, d)
	things := []any{2.5, Temp(3), "x", Name("y")}
	fmt.Println(things)
	fmt.Println(things...)
}
