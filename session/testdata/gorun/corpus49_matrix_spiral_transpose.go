package main

import "fmt"

type Matrix [][]int

func (m Matrix) Transpose() Matrix {
	if len(m) == 0 {
		return Matrix{}
	}
	t := make(Matrix, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func (m Matrix) Print() {
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func spiral(m Matrix) []int {
	var out []int
	if len(m) == 0 {
		return out
	}
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

func main() {
	m := Matrix{
		{1, 2, 3, 4},
		{5, 6, 7, 8},
		{9, 10, 11, 12},
	}
	m.Print()
	fmt.Println("transpose:")
	m.Transpose().Print()
	fmt.Println("spiral:", spiral(m))
	fmt.Println("spiral of transpose:", spiral(m.Transpose()))
	var grid [3][3]int
	for i := range 3 {
		for j := range 3 {
			grid[i][j] = i*3 + j
		}
	}
	fmt.Println(grid)
}
