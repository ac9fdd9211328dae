package main

import "fmt"

type Sq struct{ s int }

func classify(x any) string {
	if n, ok := x.(int); ok {
		return fmt.Sprint("int ", n)
	} else if s, ok := x.(string); ok {
		return "string " + s
	} else {
		return fmt.Sprintf("other %d %q", n, s)
	}
}

func main() {
	xs := []any{1, "a", 2, 2.5, Sq{3}, 3}
	for _, x := range xs {
		if v, ok := x.(int); ok {
			fmt.Println("int", v)
		} else {
			fmt.Println("not int", v)
		}
		if s, ok := x.(string); !ok {
			fmt.Println("no string", s == "", len(s))
		}
		switch q, ok := x.(Sq); {
		case ok:
			fmt.Println("sq", q)
		default:
			fmt.Println("no sq", q)
		}
		fmt.Println(classify(x))
	}
	var f float64
	var ok bool
	for _, x := range xs {
		if f, ok = x.(float64); !ok {
			fmt.Print(f, " ")
		}
	}
	fmt.Println()
}
