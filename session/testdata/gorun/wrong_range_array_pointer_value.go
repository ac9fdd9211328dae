package main

import "fmt"

type board [3]int

func sum(b *board) int {
	total := 0
	for _, v := range b {
		total += v
	}
	// The pointer is still a pointer after the loop.
	b[0] = total
	return len(b) * total
}

func main() {
	p := &[4]string{"w", "x", "y", "z"}
	for i, x := range p {
		if i == 1 {
			p[3] = "changed" // read through the pointer as the loop reaches it
		}
		fmt.Print(i, x, " ")
	}
	fmt.Println(len(p), p[3])

	b := &board{1, 2, 3}
	fmt.Println(sum(b), *b)

	holder := struct{ arr *[2]float64 }{&[2]float64{1.5, 2.5}}
	for _, f := range holder.arr {
		fmt.Print(f, " ")
	}
	fmt.Println(holder.arr[1])
}
