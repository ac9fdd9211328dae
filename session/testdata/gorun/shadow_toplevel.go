package main

import "fmt"

func main() {
	// The idiom from before Go 1.22, and shadows of every kind.
	var fs []func()
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	for i := range 3 {
		i := fmt.Sprint("#", i)
		fmt.Print(i, " ")
	}
	fmt.Println()
	x := 1
	for i := range 2 {
		x := i * 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		fmt.Println(err)
	}
	fmt.Println(err)
	n := 5
	{
		n := "text"
		n += "!"
		fmt.Println(n)
	}
	fmt.Println(n)
}
