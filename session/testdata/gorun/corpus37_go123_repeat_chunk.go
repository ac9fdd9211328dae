package main

import (
	"fmt"
	"slices"
	"strings"
)

type Row []string

func table(header Row, rows []Row) string {
	widths := make([]int, len(header))
	for _, r := range append([]Row{header}, rows...) {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var b strings.Builder
	line := func(r Row) {
		for i, c := range r {
			fmt.Fprintf(&b, "| %-*s ", widths[i], c)
		}
		b.WriteString("|\n")
	}
	line(header)
	sep := make(Row, len(header))
	for i, w := range widths {
		sep[i] = strings.Repeat("-", w)
	}
	line(sep)
	for _, r := range rows {
		line(r)
	}
	return b.String()
}

func main() {
	zeros := slices.Repeat([]int{0}, 5)
	fmt.Println(zeros)
	pattern := slices.Repeat([]string{"ab", "c"}, 3)
	fmt.Println(pattern, len(pattern))
	fmt.Println(slices.Repeat([]int{}, 4) == nil, len(slices.Repeat([]int{}, 4)))

	ids := []int{}
	for i := range 11 {
		ids = append(ids, 100+i)
	}
	batch := 0
	for chunk := range slices.Chunk(ids, 4) {
		batch++
		fmt.Printf("batch %d: %v\n", batch, chunk)
	}

	var rows []Row
	for c := range slices.Chunk([]string{"go", "2009", "rust", "2010", "zig", "2016"}, 2) {
		rows = append(rows, Row(c))
	}
	fmt.Print(table(Row{"lang", "year"}, rows))
}
