package main

import "fmt"

type Matrix [][]int

func (m Matrix) Print() {
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

func spiralOrder(m Matrix) []int {
	var res []int
	if len(m) == 0 {
		return res
	}
	top, bottom, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			res = append(res, m[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			res = append(res, m[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				res = append(res, m[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				res = append(res, m[i][left])
			}
			left++
		}
	}
	return res
}

func rotate(m Matrix) {
	n := len(m)
	for i := range n {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
		}
	}
}

func multiply(a, b Matrix) Matrix {
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]int, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func setZeroes(m Matrix) {
	rows, cols := map[int]bool{}, map[int]bool{}
	for i, row := range m {
		for j, v := range row {
			if v == 0 {
				rows[i], cols[j] = true, true
			}
		}
	}
	for i := range m {
		for j := range m[i] {
			if rows[i] || cols[j] {
				m[i][j] = 0
			}
		}
	}
}

func main() {
	m := Matrix{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiralOrder(m))
	sq := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(sq)
	sq.Print()
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(multiply(sq, id))
	fmt.Println(multiply(Matrix{{1, 2}}, Matrix{{3}, {4}}))
	z := Matrix{{1, 1, 1}, {1, 0, 1}, {1, 1, 1}}
	setZeroes(z)
	z.Print()
	var grid [3][3]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	grid[0][2] = 'O'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
}
