package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, "d"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprint(true, false, "s", nil, 'a'))
	fmt.Println(fmt.Sprint(T{1}, T{2}, "z", []int{1}, []int{2}))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint(1.5, 2, "three", 4i))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	var p *int
	fmt.Println(fmt.Sprint(p, p), fmt.Sprint("", ""), fmt.Sprint("", 1, ""))
	fmt.Print("one", "two", 3, 4, "\n")
	fmt.Print(5, 6, "\n")
	fmt.Print(7, "\n", 8, "\n")
	n, err := fmt.Println("count", 12)
	fmt.Println(n, err)
	type myStr string
	type myInt int
	fmt.Println(fmt.Sprint(myStr("a"), myStr("b"), myInt(1), myInt(2)))
	fmt.Println(fmt.Sprint([]string{"a"}, "b"), fmt.Sprint(map[string]int{"k": 1}, 2))
}
