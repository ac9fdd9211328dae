package main

import "fmt"

func report() {
	type row struct {
		Key   string
		Value float64
	}
	rows := []row{{"a", 1.5}, {"b", 2}}
	var anyRow any = rows[0]
	fmt.Printf("%T %#v\n", rows, rows)
	fmt.Printf("%v %+v\n", anyRow, anyRow)
	fmt.Println(anyRow, rows)
	boxed := map[string]any{"r": rows[1]}
	fmt.Println(boxed)
}

func main() {
	report()
}
