package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows: rows, cols: cols, data: make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

var ErrShape = errors.New("shape mismatch")

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var sum float64
			for k := 0; k < m.cols; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := NewMatrix(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := 0; i < m.rows; i++ {
		sb.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%6.2f", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func spiral(grid [][]int) []int {
	var out []int
	top, bottom, left, right := 0, len(grid)-1, 0, len(grid[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, grid[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, grid[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, grid[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, grid[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	fmt.Print("A=\n", a, "B=\n", b)
	c, err := a.Mul(b)
	fmt.Print("A*B=\n", c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err, errors.Is(err, ErrShape))
	id, _ := Identity(3).Mul(b)
	fmt.Print(id)

	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j + 1
		}
	}
	fmt.Println(grid)
	rows := make([][]int, len(grid))
	for i := range grid {
		rows[i] = grid[i][:]
	}
	fmt.Println("spiral:", spiral(rows))
}
