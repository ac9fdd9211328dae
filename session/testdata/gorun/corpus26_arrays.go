package main

import "fmt"

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a)
	fmt.Println("get:", a[4])
	fmt.Println("len:", len(a))

	b := [5]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	b = [...]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	b = [...]int{100, 3: 400, 500}
	fmt.Println("idx:", b)
	c := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", c, len(c))

	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)
	twoD = [2][3]int{
		{1, 2, 3},
		{1, 2, 3},
	}
	fmt.Println("2d: ", twoD)

	d := b
	d[0] = -1
	fmt.Println(b[0], d[0], b == d)
	e := b
	fmt.Println(b == e)
	sum := 0
	for _, v := range b {
		sum += v
	}
	fmt.Println("sum:", sum)
	p := &b
	p[1] = 7
	fmt.Println(b, len(p))
	fmt.Printf("%v %T\n", twoD[1], twoD)
}
