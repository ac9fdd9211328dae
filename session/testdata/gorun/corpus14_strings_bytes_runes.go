package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		fmt.Printf("%d=%x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[7]))

	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b), b)
	s2 := string(b)
	b[1] = 'B'
	fmt.Println(s2, string(b))

	r := 'A' + 2
	fmt.Println(r, string(r), fmt.Sprintf("%c %U %q", r, r, r))
	fmt.Println(string(rune(65)), fmt.Sprint(65))
	var by byte = 'z'
	fmt.Printf("%v %c %T\n", by, by, by)
	fmt.Printf("%T %T\n", 'x', "x"[0])

	fmt.Println(reverse("Hello, 世界!"))
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())

	invalid := string([]byte{0xff, 'a'})
	for _, r := range invalid {
		fmt.Print(r, " ")
	}
	fmt.Println(utf8.ValidString(invalid))
	fmt.Printf("%q %+q %x % x\n", "tab\there", "é", "hi", "hi")
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Index("chicken", "ken"))
	fmt.Println(strings.Fields("  a b   c "), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
}
