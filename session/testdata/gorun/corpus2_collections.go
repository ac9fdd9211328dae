package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	for _, w := range words {
		k := string(w[0])
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k], len(groups[k]))
	}

	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	fmt.Println(len(grid), len(grid[0]))

	board := make([][]string, 3)
	for i := range board {
		board[i] = make([]string, 3)
		for j := range board[i] {
			board[i][j] = "_"
		}
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	for _, row := range board {
		fmt.Println(strings.Join(row, " "))
	}

	matrix := [2][2]float64{{1, 2}, {3, 4}}
	var t [2][2]float64
	for i, row := range matrix {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println(t, matrix == t)

	twoD := [][]int{}
	for i := 0; i < 3; i++ {
		row := make([]int, i+1)
		for j := range row {
			row[j] = i + j
		}
		twoD = append(twoD, row)
	}
	fmt.Println(twoD)
	fmt.Println(slices.Index(words, "cherry"), slices.Contains(words, "kiwi"))

	counts := map[string]map[string]int{}
	add := func(a, b string) {
		if counts[a] == nil {
			counts[a] = map[string]int{}
		}
		counts[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(counts["x"]["y"], counts["x"]["z"], counts["q"]["r"], len(counts))
	delete(groups, "a")
	_, ok := groups["a"]
	fmt.Println(ok, len(groups))
}
