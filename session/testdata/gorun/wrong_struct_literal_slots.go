package main

import "fmt"

type P struct{ R, C int }

// A struct literal assigned to a named result, bare return and explicit.
func bare() (s P)             { s = P{1, 2}; return }
func explicit() (s P)         { s = P{R: 3}; return s }
func withErr() (s P, e error) { s = P{4, 5}; return }

// Assigned in a loop and a switch, as a grid parser finds its start.
func find(rows []string) (start, goal P) {
	for r, line := range rows {
		for c, ch := range line {
			switch ch {
			case 'S':
				start = P{r, c}
			case 'G':
				goal = P{r, c}
			}
		}
	}
	return
}

// A deferred closure replacing a named result.
func deferred() (s P) {
	defer func() { s = P{9, 9} }()
	return P{1, 1}
}

// Variables a closure shares, assigned on either side.
func shared() {
	var s P
	show := func() { fmt.Println("closure reads", s) }
	s = P{6, 7}
	show()
	var t P
	set := func() { t = P{8, 9} }
	set()
	fmt.Println("closure wrote", t)
}

// The same name elsewhere of an interface type.
func boxed() (s any) { s = P{2, 2}; return }

func main() {
	fmt.Println(bare(), explicit())
	fmt.Println(withErr())
	fmt.Println(find([]string{"..G", "S.."}))
	fmt.Println(deferred())
	shared()
	fmt.Println(boxed())
	var u P
	func() { u = P{10, 11} }()
	fmt.Println("top level", u)
}
