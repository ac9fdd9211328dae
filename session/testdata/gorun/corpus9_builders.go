package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

type Table struct {
	headers []string
	rows    [][]string
}

func (t *Table) AddRow(cells ...string) *Table {
	t.rows = append(t.rows, cells)
	return t
}

func (t *Table) Render(w io.Writer) {
	widths := make([]int, len(t.headers))
	for i, h := range t.headers {
		widths[i] = len(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			if len(c) > widths[i] {
				widths[i] = len(c)
			}
		}
	}
	line := func(cells []string) {
		var sb strings.Builder
		sb.WriteString("|")
		for i, c := range cells {
			sb.WriteString(" ")
			sb.WriteString(c)
			sb.WriteString(strings.Repeat(" ", widths[i]-len(c)))
			sb.WriteString(" |")
		}
		fmt.Fprintln(w, sb.String())
	}
	line(t.headers)
	sep := make([]string, len(widths))
	for i, n := range widths {
		sep[i] = strings.Repeat("-", n)
	}
	line(sep)
	for _, r := range t.rows {
		line(r)
	}
}

func main() {
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	sb.Grow(64)
	fmt.Println(sb.Cap() >= 64)

	t := &Table{headers: []string{"name", "qty", "price"}}
	t.AddRow("apple", "3", "1.20").AddRow("watermelon", "1", "3.50").AddRow("fig", "12", "0.40")
	t.Render(os.Stdout)

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	fmt.Fprintf(&buf, " %03d", 7)
	fmt.Println(buf.String(), buf.Len())
	word, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", word, err, buf.String())
	next := buf.Next(3)
	fmt.Println(string(next), buf.Len())
	rest, err := io.ReadAll(&buf)
	fmt.Println(string(rest), err, buf.Len())

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "a\tbbb\tc\t")
	fmt.Fprintln(tw, "aaaa\tb\tccccc\t")
	tw.Flush()

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	parts := strings.SplitN("k=v=w", "=", 2)
	fmt.Println(len(parts), parts, strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Title("hello world"), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"))
	var lines []string
	for i := range 3 {
		lines = append(lines, fmt.Sprintf("%*d|%-*s|", 4, i, 3, strings.Repeat("x", i)))
	}
	fmt.Println(strings.Join(lines, "\n"))
}
