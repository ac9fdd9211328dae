package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]int

func NewMatrix(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		fields := strings.Fields(line)
		if i > 0 && len(fields) != len(m[0]) {
			return nil, errors.New("uneven rows")
		}
		row := make([]int, len(fields))
		for j, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d: %w", i, err)
			}
			row[j] = n
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) Rows() [][]int {
	out := make([][]int, len(m))
	for i, r := range m {
		out[i] = append([]int(nil), r...)
	}
	return out
}

func (m Matrix) Cols() [][]int {
	if len(m) == 0 {
		return nil
	}
	out := make([][]int, len(m[0]))
	for _, r := range m {
		for j, v := range r {
			out[j] = append(out[j], v)
		}
	}
	return out
}

func (m Matrix) Set(r, c, v int) bool {
	if r < 0 || r >= len(m) || c < 0 || c >= len(m[0]) {
		return false
	}
	m[r][c] = v
	return true
}

func Saddle(m Matrix) [][2]int {
	var pts [][2]int
	cols := m.Cols()
	for i, row := range m {
		for j, v := range row {
			isMax, isMin := true, true
			for _, x := range row {
				if x > v {
					isMax = false
				}
			}
			for _, x := range cols[j] {
				if x < v {
					isMin = false
				}
			}
			if isMax && isMin {
				pts = append(pts, [2]int{i + 1, j + 1})
			}
		}
	}
	return pts
}

func main() {
	m, err := NewMatrix("9 8 7\n5 3 2\n6 6 7")
	fmt.Println(m, err)
	rows := m.Rows()
	rows[0][0] = 100
	fmt.Println(m.Rows(), m.Cols())
	fmt.Println(m.Set(1, 1, 42), m.Set(3, 0, 1), m)
	_, err = NewMatrix("1 2\n3")
	fmt.Println(err)
	_, err = NewMatrix("1 2\n3 x")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
	s, _ := NewMatrix("9 8 7\n5 3 2\n6 6 7")
	fmt.Println(Saddle(s))
	t, _ := NewMatrix("4 5 4\n3 5 5\n1 5 4")
	fmt.Println(Saddle(t), len(Saddle(t)))
	fmt.Printf("%v %T\n", Saddle(t)[0], Saddle(t)[0])
}
