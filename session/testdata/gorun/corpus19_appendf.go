package main

import (
	"fmt"
	"strconv"
)

type Row struct {
	ID    int
	Name  string
	Score float64
}

func main() {
	rows := []Row{{1, "alice", 93.5}, {2, "bob", 78.25}, {3, "carol", 88}}
	var buf []byte
	buf = fmt.Appendf(buf, "%-3s %-6s %s\n", "id", "name", "score")
	for _, r := range rows {
		buf = fmt.Appendf(buf, "%-3d %-6s %6.2f\n", r.ID, r.Name, r.Score)
	}
	fmt.Print(string(buf))

	line := fmt.Append(nil, "total:", len(rows), true)
	fmt.Println(string(line))
	line = fmt.Appendln(line, " extra")
	fmt.Printf("%q\n", line)

	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "quoted\t")
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.14159, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))
}
