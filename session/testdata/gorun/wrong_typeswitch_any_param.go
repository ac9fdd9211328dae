package main

import (
	"errors"
	"fmt"
)

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type badInput struct{ field string }

func (b *badInput) Error() string { return "bad " + b.field }

type point struct{ x, y int }

// classify's type switch has native interface cases: the interpreter used
// to lose the type of a cell value passed to its interface{} parameter.
func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case point:
		return fmt.Sprintf("point %d,%d", x.x, x.y)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type printer struct{ prefix string }

func (p printer) show(v any) { fmt.Println(p.prefix, classify(v)) }

func all(vs ...any) {
	for _, v := range vs {
		fmt.Println("all:", classify(v))
	}
}

func main() {
	t := temp(21.5)
	fmt.Println(classify(t))
	fmt.Println(classify(&t))
	fmt.Println(classify(temp(-3)))
	fmt.Println(classify(&badInput{"name"}))
	fmt.Println(classify(point{1, 2}))
	fmt.Println(classify(42))
	fmt.Println(classify(errors.New("plain")))
	fmt.Println(classify(nil))
	printer{">"}.show(t)
	all(t, point{3, 4}, &badInput{"x"}, "s")
}
