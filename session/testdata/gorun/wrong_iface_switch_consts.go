package main

import "fmt"

func kind(v any) string {
	switch v {
	case nil:
		return "nil"
	case 3.0:
		return "float64 three"
	case 3, 4:
		return "int three or four"
	case "x", 'x':
		return "x as string or rune"
	case true:
		return "true"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	for _, v := range []any{3, 3.0, 4, "x", 'x', true, nil, int8(3), uint(4)} {
		fmt.Println(kind(v))
	}
	var e error
	switch e {
	case nil:
		fmt.Println("nil error")
	}
	var s fmt.Stringer
	switch x := 1; s {
	case nil:
		fmt.Println("nil stringer", x)
	}
	switch v := any(2.5); v {
	case 2.5:
		fmt.Println("two and a half")
	default:
		fmt.Println("no")
	}
}
