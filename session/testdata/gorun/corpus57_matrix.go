package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Matrix [][]int

var ErrRagged = errors.New("rows have different lengths")

func Parse(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			return nil, fmt.Errorf("row %d is empty", i)
		}
		row := make([]int, len(fields))
		for j, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("row %d col %d: %w", i, j, err)
			}
			row[j] = n
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, ErrRagged
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
	if r < 0 || r >= len(m) || c < 0 || c >= len(m[r]) {
		return false
	}
	m[r][c] = v
	return true
}

func main() {
	m, err := Parse("1 2 3\n4 5 6\n7 8 9\n 8 7 6")
	fmt.Println(m, err)
	fmt.Println("rows:", m.Rows())
	fmt.Println("cols:", m.Cols())
	rows := m.Rows()
	rows[0][0] = 100
	fmt.Println(m[0][0], m.Set(1, 1, -5), m.Set(4, 0, 1), m[1])
	for _, in := range []string{"1 2\n3", "1 x\n3 4", "1 2\n\n3 4", "99999999999999999999"} {
		_, err := Parse(in)
		var ne *strconv.NumError
		fmt.Printf("%q: %v ragged=%v numerr=%v\n", in, err, errors.Is(err, ErrRagged), errors.As(err, &ne))
		if ne != nil {
			fmt.Println("  func:", ne.Func, "num:", ne.Num, "err:", ne.Err)
		}
	}
	var empty Matrix
	fmt.Println(empty.Cols() == nil, len(empty.Rows()))
}
