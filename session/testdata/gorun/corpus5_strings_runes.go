package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < 6; i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	runes := []rune(s)
	fmt.Println(len(runes), string(runes[7:]), string(runes[1]))
	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs)
	fmt.Println(string(rune(65)), string([]rune{0x4e16, 0x754c}))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteString("!")
	sb.WriteByte('?')
	sb.WriteRune('√')
	fmt.Println(sb.String(), sb.Len())

	fmt.Printf("|%8s|%-8s|%08.3f|%+d|%x|%X|%o|%b|\n", "right", "left", 3.14159, 5, 255, 255, 8, 5)
	fmt.Printf("|%5.1f|%-7d|%q|%v|%t|\n", 2.25, 42, "quote", []string{"a"}, true)
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Println(strings.Repeat("=", 10))
	fmt.Println(strings.ToUpper(s), strings.Title("go lang"))
	fmt.Println(strings.Fields("  a b   c "), strings.Split("a,b,c", ","))
	fmt.Println(strings.Contains(s, "llo"), strings.Index(s, "世"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.TrimSpace("  pad  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("001200", "0"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"))
	fmt.Println(strings.Join([]string{"x", "y"}, "-"), strings.EqualFold("Go", "GO"))
	word := "racecar"
	rw := []rune(word)
	for i, j := 0, len(rw)-1; i < j; i, j = i+1, j-1 {
		rw[i], rw[j] = rw[j], rw[i]
	}
	fmt.Println(string(rw) == word)
	str := fmt.Sprint("a", 1, 2, "b", "c", 3.5)
	fmt.Println(str, fmt.Sprintln("x", 1) == "x 1\n")
	multi := `line1
line2 \n raw`
	fmt.Println(multi)
	fmt.Println(s[1:3] == "é", "abc" < "abd")
}
