package main

import "fmt"

// Method sets: a pointer receiver's method belongs to *T, not to T, so a
// T held in an interface does not satisfy an interface needing it.

type Mover interface{ Move() string }

type Robot struct{ name string }

func (r *Robot) Move() string { return r.name + " rolls" }

type Cat struct {
	name  string
	lives int
}

func (c Cat) Move() string { return c.name + " walks" }

type Rock struct{ weight int }

func canMove(v any) bool {
	_, ok := v.(Mover)
	return ok
}

func describe(v any) string {
	if m, ok := v.(Mover); ok {
		return m.Move()
	}
	return fmt.Sprintf("%T cannot move", v)
}

func kind(v any) string {
	switch v.(type) {
	case *Robot:
		return "robot pointer"
	case Robot:
		return "robot value"
	case Mover:
		return "some mover"
	}
	return "unknown"
}

func mustMove(v any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return v.(Mover).Move()
}

func main() {
	things := []any{Robot{"r2"}, &Robot{"c3"}, Cat{"tom", 9}, &Cat{"kit", 7}, Rock{5}, 42}
	for _, t := range things {
		fmt.Printf("%-12T canMove=%-5v kind=%-13s %s\n", t, canMove(t), kind(t), describe(t))
	}
	fmt.Println(mustMove(&Robot{"bb8"}))
	fmt.Println(mustMove(Robot{"bb9"}))
	fmt.Println(mustMove(Rock{1}))

	var x any = Robot{"top"}
	_, ok := x.(Mover)
	fmt.Println("top level:", ok)
	if m, ok := any(&Robot{"ptr"}).(Mover); ok {
		fmt.Println(m.Move())
	}
}
