package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Point struct{ X, Y int }

func move(p Point) Point { p.X++; return p }
func movePtr(p *Point)   { p.X++ }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	fib := Matrix{{1, 1}, {1, 0}}
	r := fib
	for i := 0; i < 9; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
	p := Point{1, 2}
	q := move(p)
	movePtr(&p)
	fmt.Println(p, q)
	seen := map[Point]bool{{1, 2}: true}
	fmt.Println(seen[Point{1, 2}], seen[Point{2, 2}])
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr)
	grid := [3][3]rune{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
}
