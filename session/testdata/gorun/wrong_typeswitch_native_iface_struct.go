package main

import (
	"errors"
	"fmt"
)

// Cell struct types with String or Error methods reach a type switch with
// cases of native interfaces through every way a value becomes an any.

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type failure struct{ code int }

func (f *failure) Error() string { return fmt.Sprint("failure ", f.code) }

type plain struct{ n int }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case int:
		return fmt.Sprint("int ", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func kindNoVar(v any) string {
	switch v.(type) {
	case fmt.Stringer:
		return "a stringer"
	case error:
		return "an error"
	}
	return "neither"
}

func main() {
	fmt.Println(kind(point{1, 2}))
	fmt.Println(kind(&failure{7}))
	fmt.Println(kind(plain{3}))
	fmt.Println(kind(4))
	fmt.Println(kind(nil))
	fmt.Println(kind(errors.New("native")))

	var a interface{} = point{3, 4}
	fmt.Println(kind(a))
	var b any
	b = &failure{8}
	fmt.Println(kind(b))
	p := point{5, 6}
	fmt.Println(kind(p))

	vals := []interface{}{point{7, 8}, &failure{9}, plain{1}, 2}
	for _, v := range vals {
		fmt.Println(kind(v), "/", kindNoVar(v))
	}
	fmt.Println(kind(vals[0]))
	m := map[string]any{"p": point{9, 9}}
	fmt.Println(kind(m["p"]))
}
