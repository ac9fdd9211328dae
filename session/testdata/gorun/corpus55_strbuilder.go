package main

import (
	"fmt"
	"strings"
)

func pascal(n int) string {
	var sb strings.Builder
	row := []int{1}
	for i := range n {
		sb.WriteString(strings.Repeat(" ", (n-i-1)*2))
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for j := 1; j < len(row); j++ {
			next[j] = row[j-1] + row[j]
		}
		row = next
	}
	return sb.String()
}

func fizzbuzz(n int) string {
	var b strings.Builder
	b.Grow(n * 4)
	for i := 1; i <= n; i++ {
		switch {
		case i%15 == 0:
			b.WriteString("FizzBuzz")
		case i%3 == 0:
			b.WriteString("Fizz")
		case i%5 == 0:
			b.WriteString("Buzz")
		default:
			fmt.Fprint(&b, i)
		}
		if i < n {
			b.WriteRune('·')
		}
	}
	return b.String()
}

func table(headers []string, rows [][]string) string {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = len(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var sb strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			fmt.Fprintf(&sb, "| %-*s ", widths[i], c)
		}
		sb.WriteString("|\n")
	}
	line(headers)
	for i, w := range widths {
		if i == 0 {
			sb.WriteString("|")
		}
		sb.WriteString(strings.Repeat("-", w+2) + "|")
	}
	sb.WriteString("\n")
	for _, r := range rows {
		line(r)
	}
	return sb.String()
}

func main() {
	fmt.Print(pascal(6))
	s := fizzbuzz(15)
	fmt.Println(s)
	fmt.Println(len(s), strings.Count(s, "·"))
	fmt.Print(table([]string{"algo", "time", "space"}, [][]string{
		{"binary search", "O(log n)", "O(1)"},
		{"merge sort", "O(n log n)", "O(n)"},
		{"BFS", "O(V+E)", "O(V)"},
	}))
	var sb strings.Builder
	for i := range 5 {
		fmt.Fprintf(&sb, "%d^2=%d;", i, i*i)
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q\n", sb.String())
}
