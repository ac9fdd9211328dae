package main

import "fmt"

type Matrix [][]int

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	return m
}

func (m Matrix) Transpose() Matrix {
	t := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Multiply(o Matrix) Matrix {
	res := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func rotateInPlace(m [][]int) {
	n := len(m)
	for layer := 0; layer < n/2; layer++ {
		first, last := layer, n-1-layer
		for i := first; i < last; i++ {
			off := i - first
			top := m[first][i]
			m[first][i] = m[last-off][first]
			m[last-off][first] = m[last][last-off]
			m[last][last-off] = m[i][last]
			m[i][last] = top
		}
	}
}

func spiral(m [][]int) []int {
	var out []int
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, m[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func printM(m Matrix) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	printM(a.Transpose())
	printM(a.Multiply(a.Transpose()))
	sq := New(4, 4)
	for i := range 16 {
		sq[i/4][i%4] = i + 1
	}
	alias := sq[1]
	rotateInPlace(sq)
	printM(sq)
	fmt.Println(alias, spiral(sq))
	var arr [3][3]int
	cp := arr
	cp[1][1] = 9
	fmt.Println(arr, cp, arr == cp)
	id := New(3, 3)
	for i := range id {
		id[i][i] = 1
	}
	fmt.Println(id, len(id), cap(id[0]))
}
