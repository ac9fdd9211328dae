package main

import "fmt"

func main() {
	rows, cols := 3, 4
	matrix := make([][]int, rows)
	for i := range matrix {
		matrix[i] = make([]int, cols)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	for _, row := range matrix {
		fmt.Println(row)
	}

	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Println(board[i][0], board[i][1], board[i][2])
	}

	triangle := [][]int{}
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = triangle[i-1][j-1] + triangle[i-1][j]
		}
		triangle = append(triangle, row)
	}
	for _, r := range triangle {
		fmt.Println(r)
	}

	a := [][]int{{1, 2}, {3, 4}}
	b := [][]int{{5, 6}, {7, 8}}
	c := make([][]int, 2)
	for i := range c {
		c[i] = make([]int, 2)
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	fmt.Println("product:", c)

	t := make([][]int, 2)
	for i := range t {
		t[i] = make([]int, 3)
	}
	src := [][]int{{1, 2}, {3, 4}, {5, 6}}
	for i, row := range src {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println("transpose:", t)

	s := []int{1, 2, 3, 4, 5}
	part := s[1:3]
	part[0] = 99
	fmt.Println(s, part, len(part), cap(part))
	part = append(part, 100)
	fmt.Println(s)
	var jagged [2][3]int
	jagged[1][2] = 7
	fmt.Println(jagged, len(jagged[0]))
}
