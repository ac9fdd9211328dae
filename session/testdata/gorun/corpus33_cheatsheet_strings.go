// Strings cheat sheet: builder, runes, bytes, formatting verbs.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)
}

func main() {
	s := "Hello, Gophers!"
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Println(strings.Contains(s, "Go"), strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "?"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Count(s, "o"))
	fmt.Println(strings.Replace(s, "o", "0", 1), strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "-"))
	fmt.Printf("%q\n", strings.TrimSpace("  padded  "))
	fmt.Println(strings.Trim("--x--", "-"), strings.TrimLeft("007", "0"), strings.TrimPrefix("v1.2", "v"))
	fmt.Println(strings.Title("ignored") != "", strings.Repeat("ab", 3))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)

	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	fmt.Println(b.String(), b.Len())

	word := "naïve"
	fmt.Println(len(word), len([]rune(word)))
	for i, r := range word {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs)

	upper := 0
	for _, r := range "Hello World Go" {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	fmt.Println("upper:", upper)

	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(255, 16), strconv.FormatFloat(1.5, 'f', 3, 64))
	v, _ := strconv.ParseBool("true")
	f, _ := strconv.ParseFloat("2.75", 64)
	fmt.Println(v, f)

	m := Money{12345, "EUR"}
	fmt.Printf("%v|%s|%+v|%d\n", m, m, m, m.Cents)
	fmt.Printf("|%6d|%-6d|%06d|\n", 42, 42, 42)
	fmt.Printf("|%8.3f|%-8.2f|%e|\n", 3.14159, 2.5, 123456.789)
	fmt.Printf("|%10s|%-10s|%x|%X|\n", "right", "left", "hi", 255)
	fmt.Printf("%t %c %U\n", true, 'G', 'G')
	fmt.Printf("%v %v\n", []string{"a"}, map[string]int{"k": 1})
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3))
}
