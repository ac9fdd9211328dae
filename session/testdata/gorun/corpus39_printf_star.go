package main

import "fmt"

func main() {
	items := []struct {
		name  string
		qty   int
		price float64
	}{
		{"apple", 3, 0.5},
		{"watermelon", 1, 3.25},
		{"fig", 12, 0.333},
	}
	w := 0
	for _, it := range items {
		if len(it.name) > w {
			w = len(it.name)
		}
	}
	for _, it := range items {
		fmt.Printf("%-*s|%*d|%*.*f\n", w, it.name, 4, it.qty, 8, 2, it.price)
	}
	fmt.Printf("[%*d]\n", -6, 42)
	fmt.Printf("[%.*s]\n", 3, "abcdef")
	fmt.Printf("[%*s]\n", 8, "right")
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z %d\n", 3, 4)
	fmt.Printf("%s %d\n", 5, "x")
	fmt.Printf("%!\n")
	fmt.Printf("%*d\n", "w", 5)
	for i := 1; i <= 4; i++ {
		fmt.Printf("%*s%s\n", 4-i, "", "**"[:1]+fmt.Sprintf("%0*d", i, 0))
	}
	s := fmt.Sprintf("%-*s:%0*d", 5, "id", 5, 42)
	fmt.Println(s, len(s))
}
