package main

import "fmt"

func zeroArray(a [3]int) {
	a[0] = 0
}

func zeroArrayPtr(a *[3]int) {
	a[0] = 0
}

func zeroSlice(s []int) {
	s[0] = 0
}

type Grid struct {
	cells [2][2]int
	rows  [][]int
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)

	zeroArray(a)
	fmt.Println("after zeroArray:", a)
	zeroArrayPtr(&a)
	fmt.Println("after zeroArrayPtr:", a)

	s := []int{1, 2, 3}
	zeroSlice(s)
	fmt.Println("after zeroSlice:", s)

	g1 := Grid{cells: [2][2]int{{1, 2}, {3, 4}}, rows: [][]int{{1, 2}, {3, 4}}}
	g2 := g1
	g2.cells[0][0] = 9
	g2.rows[0][0] = 9
	fmt.Println(g1.cells, g1.rows)
	fmt.Println(g2.cells, g2.rows)

	// Arrays in a map: values are copies; replace the whole value.
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 50
	fmt.Println(m["a"], v)
	m["a"] = v
	fmt.Println(m["a"])

	// Array pointers index and range like arrays.
	p := &[4]string{"w", "x", "y", "z"}
	for i, x := range p {
		if i%2 == 0 {
			fmt.Print(x)
		}
	}
	fmt.Println(len(p), p[3])

	// Slicing an array shares it.
	sl := a[:]
	sl[1] = 77
	fmt.Println(a)

	// Array of arrays copy.
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	snapshot := board
	board[1][1] = 'X'
	for i := range board {
		fmt.Println(string(board[i][:]), string(snapshot[i][:]))
	}

	// Converting a slice to an array copies (Go 1.20).
	src := []int{4, 5, 6, 7}
	arr := [3]int(src)
	arr[0] = 0
	fmt.Println(src, arr)
	ap := (*[2]int)(src)
	ap[0] = -4
	fmt.Println(src)
}
