// Efficient string building with strings.Builder
package main

import (
	"fmt"
	"strings"
)

func repeatJoin(word string, n int, sep string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(word)
	}
	return b.String()
}

func multiplicationTable(n int) string {
	var sb strings.Builder
	sb.Grow(256)
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			fmt.Fprintf(&sb, "%4d", i*j)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var sb strings.Builder
	sb.WriteString("Hello")
	sb.WriteByte(',')
	sb.WriteRune(' ')
	sb.WriteRune('世')
	sb.WriteRune('界')
	n, _ := sb.WriteString("!")
	fmt.Println(sb.String())
	fmt.Println("last write:", n, "len:", sb.Len())

	fmt.Println(repeatJoin("go", 4, "-"))
	fmt.Print(multiplicationTable(5))

	sb.Reset()
	fmt.Printf("after reset: %q %d\n", sb.String(), sb.Len())

	// building a CSV line
	fields := []string{"id", "name", "email"}
	var line strings.Builder
	for i, f := range fields {
		if i > 0 {
			line.WriteString(",")
		}
		line.WriteString(strings.ToUpper(f))
	}
	fmt.Println(line.String())

	// building a pyramid
	var pyr strings.Builder
	for i := 1; i <= 4; i++ {
		pyr.WriteString(strings.Repeat(" ", 4-i))
		pyr.WriteString(strings.Repeat("*", 2*i-1))
		pyr.WriteString("\n")
	}
	fmt.Print(pyr.String())
	fmt.Printf("%T\n", &pyr)
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ""), strings.Repeat("=", 10))
}
