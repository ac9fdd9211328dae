package main

import (
	"fmt"
	s "strings"
	"unicode/utf8"
)

var p = fmt.Println

type point struct{ x, y int }

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("Title-ish: ", s.ToUpper("t")+"est")
	p("Fields:    ", s.Fields("  a b\tc\n "), len(s.Fields("  a b\tc\n ")))
	p("Cut:       ")
	before, after, found := s.Cut("key=value=x", "=")
	p(before, after, found)
	p(s.EqualFold("Go", "GO"), s.TrimLeft("xxhixx", "x"), s.TrimSuffix("a.go", ".go"), s.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))

	pt := point{1, 2}
	fmt.Printf("struct1: %v\n", pt)
	fmt.Printf("struct2: %+v\n", pt)
	fmt.Printf("struct3: %#v\n", pt)
	fmt.Printf("type: %T\n", pt)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("pointer is set: %t\n", &pt != nil)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%#o|%#x|%U|%#U\n", 3.14159, 5, -255, 255, 8, 8, 255, 0x1F600, 'ä')
	fmt.Printf("%v %v %.2v %5.1q %*d %-*d|\n", []byte("hi"), [2]bool{true}, "hello", "abc", 4, 7, 3, 1)
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%!d %d\n", 1)
	str := fmt.Sprintf("%s is %d years", "Ann", 30)
	p(str, len(str), utf8.RuneCountInString("héllo"), len("héllo"))
	const th = "สวัสดี"
	for i, w := 0, 0; i < len(th); i += w {
		r, width := utf8.DecodeRuneInString(th[i:])
		fmt.Printf("%#U starts at %d\n", r, i)
		w = width
	}
}
