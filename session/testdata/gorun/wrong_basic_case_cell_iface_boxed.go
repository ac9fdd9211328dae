package main

import "fmt"

type Namer interface{ Name() string }

type Level int

func (l Level) Name() string { return fmt.Sprint("level-", int(l)) }

type Grade string

func (g Grade) String() string { return "grade " + string(g) }

func show(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case Namer:
		return "namer " + x.Name()
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprint("none ", v)
}

func any1(v any) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x)
	case interface{}:
		return fmt.Sprint("anything ", x)
	case fmt.Stringer:
		return "stringer"
	}
	return "none"
}

func main() {
	for _, v := range []any{Level(2), Grade("A"), 1.5} {
		fmt.Println(show(v), "|", any1(v))
	}
	fmt.Println(show(Level(9)), any1(Grade("Z")))
}
