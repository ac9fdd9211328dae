package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b))

	s2 := s
	s += " world"
	fmt.Println(s2, "|", s)

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())

	var buf bytes.Buffer
	buf.WriteString("abc")
	buf.Write([]byte{'d', 'e'})
	fmt.Println(buf.String(), buf.Len())
	first, _ := buf.ReadByte()
	fmt.Println(string(first), buf.String())

	fmt.Println('a'+1, string(rune('a'+1)), "a"+"1")
	c := byte('z')
	c++
	fmt.Println(c, string(c))
	fmt.Println(strings.Repeat("ab", 3), strings.ToUpper("straße"), strings.Title("x"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), len(strings.Fields("  ")))
	fmt.Printf("%q\n", strings.SplitN("a:b:c", ":", 2))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"), strings.Trim("  hi  ", " "))
	fmt.Println(strings.Index("chicken", "ken"), strings.IndexRune("chicken", 'k'), strings.Index("x", "y"))
	fmt.Println(strings.EqualFold("Go", "GO"), "Go" < "go", "abc" < "abd", "ab" < "abc")
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(strings.Join([]string{}, ","), strings.Join([]string{"solo"}, ","), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%s|%10s|%-10s|%.2s|%x|%X\n", "go", "go", "go", "golang", "hi", []byte("hi"))
	fmt.Printf("%v %s %q\n", []byte("ab"), []byte("ab"), []byte("ab"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>"))
	cut1, cut2, found := strings.Cut("key=value=x", "=")
	fmt.Println(cut1, cut2, found)
}
