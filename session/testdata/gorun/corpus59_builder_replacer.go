package main

import (
	"fmt"
	"strings"
)

type table struct {
	rows [][]string
}

func (t *table) render() string {
	var b strings.Builder
	for i, row := range t.rows {
		for j, cell := range row {
			if j > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%-6s", cell)
		}
		b.WriteByte('\n')
		if i == 0 {
			b.WriteString(strings.Repeat("-", 22))
			b.WriteRune('\n')
		}
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	out := sb.String()
	fmt.Println(strings.TrimRight(out, ","), sb.Len())
	sb.Reset()
	sb.Grow(16)
	sb.WriteString("fresh")
	fmt.Println(sb.String(), sb.Len())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))

	vowels := strings.NewReplacer("a", "4", "e", "3", "i", "1", "o", "0")
	fmt.Println(vowels.Replace("leet speak is nice"))
	n, err := vowels.WriteString(&sb, " more")
	fmt.Println(n, err, sb.String())

	t := &table{rows: [][]string{{"name", "lang", "year"}, {"gogil", "Go", "2026"}, {"ipy", "Py", "2001"}}}
	fmt.Print(t.render())
	fmt.Println(strings.ReplaceAll("oink oink oink", "k", "ky"), strings.Replace("oink oink oink", "oink", "moo", 2))
}
