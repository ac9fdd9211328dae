package main

import "fmt"

func rotate(m [][]int) {
	n := len(m)
	for i := 0; i < n; i++ {
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

func main() {
	grid := [3][4]int{}
	v := 1
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = v
			v++
		}
	}
	fmt.Println(grid)
	rows := make([][]int, len(grid))
	for i := range grid {
		rows[i] = grid[i][:]
	}
	fmt.Println("spiral:", spiral(rows))

	sq := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(sq)
	for _, r := range sq {
		fmt.Println(r)
	}
	fmt.Printf("%v %d\n", grid[2], len(grid[0]))
}
