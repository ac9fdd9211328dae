package main

import "fmt"

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))
	b := [5]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	b = [...]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	b = [...]int{100, 3: 400, 500}
	fmt.Println("idx:", b)
	var twoD [2][3]int
	for i := range 2 {
		for j := range 3 {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)
	twoD = [2][3]int{{1, 2, 3}, {1, 2, 3}}
	fmt.Println("2d:", twoD)
	c := b
	c[0] = -1
	fmt.Println(b[0], c[0], b == c, [2]string{"a", "b"} == [2]string{"a", "b"})
	p := &c
	p[1] = 7
	fmt.Println(c, len(p))
	for i, v := range [3]string{"x", "y", "z"} {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	fmt.Printf("%v %d %T\n", b, b, b)
}
