package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type failure struct{ code int }

func (f *failure) Error() string { return fmt.Sprint("failure ", f.code) }

type plain struct{ n int }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(describe(point{1, 2}))
	fmt.Println(describe(&failure{7}))
	fmt.Println(describe(plain{3}))
	values := []any{point{3, 4}, 5, &failure{8}, errors.New("plain"), plain{1}, nil, &point{5, 6}}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var a any = point{7, 8}
	fmt.Println(describe(a))
	m := map[string]any{"p": point{9, 9}}
	fmt.Println(describe(m["p"]))
}
