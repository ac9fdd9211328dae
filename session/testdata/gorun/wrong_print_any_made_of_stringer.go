package main

import "fmt"

// A value made of a cell type with a String method (a []Bitcoin, a
// map[string]Point, a Wallet with a Bitcoin field), held in an interface:
// the interpreter's value of it is a []int, a map of a plain struct, a
// struct of an int, which fmt printed without the String method: [1 2]
// where Go prints [1 BTC 2 BTC].

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Wallet struct {
	Owner   string
	Balance Bitcoin
}

func show(v any) { fmt.Println(v) }

func main() {
	fmt.Println([]Bitcoin{1, 2}, Wallet{"ann", 3})
	show(Bitcoin(4))
	show([]string{"no", "cell", "type"})
	show([]Bitcoin{5, 6})
	show(map[string]Point{"a": {1, 1}})
	show(Wallet{"bob", 7})
	items := []any{Bitcoin(8), []Bitcoin{9}}
	fmt.Println(items...)
}
