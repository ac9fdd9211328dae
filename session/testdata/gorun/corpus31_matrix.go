// Matrix addition, multiplication and transpose
package main

import "fmt"

type Matrix [][]int

func newMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
	}
	return m
}

func multiply(a, b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	c := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c, nil
}

func transpose(m Matrix) Matrix {
	t := newMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Print("A")
	b.Print("B")

	c, err := multiply(a, b)
	if err != nil {
		fmt.Println("Error:", err)
		return
	}
	c.Print("A x B")
	transpose(a).Print("A^T")

	_, err = multiply(a, a)
	fmt.Println("Error:", err)

	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j + 1
		}
	}
	fmt.Println(grid)
	trace := 0
	for i := range grid {
		trace += grid[i][i]
	}
	fmt.Printf("trace=%d type=%T\n", trace, grid)
	fmt.Printf("%v %T\n", c, c)
}
