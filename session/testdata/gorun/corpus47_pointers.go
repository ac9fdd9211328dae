package main

import "fmt"

func increment(p *int) {
	*p++
}

func main() {
	i, j := 42, 2701
	p := &i
	fmt.Println(*p)
	*p = 21
	fmt.Println(i)
	p = &j
	*p = *p / 37
	fmt.Println(j)

	increment(&i)
	fmt.Println(i)

	var np *int
	fmt.Println(np == nil, np)

	q := new(int)
	*q = 5
	fmt.Println(*q)

	pp := &p
	**pp = 100
	fmt.Println(j, *p == j)
}
