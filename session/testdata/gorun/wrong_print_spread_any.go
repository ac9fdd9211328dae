package main

import "fmt"

// Cell values with String methods spread into a printing call
// from a []any, as a logging helper does: each prints by its method.

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Level int

func (l Level) String() string { return [...]string{"DEBUG", "INFO"}[l] }

type Plain struct{ A int }

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func show(args ...interface{}) { fmt.Println(args...) }

func main() {
	logf("point %v plain %v n %d", Point{1, 2}, Plain{3}, 4)
	logf("level %v %s %d", Level(1), Level(0), Level(1))
	p := Point{7, 8}
	show(p, &p, "x", Plain{1})
	items := []any{Point{5, 6}, Level(0), 2.5}
	fmt.Println(items...)
	fmt.Print(items...)
	fmt.Println()
	s := fmt.Sprintf("%v|%v|%v", items...)
	fmt.Println(s)
}
