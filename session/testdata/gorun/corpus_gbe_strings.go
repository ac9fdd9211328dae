package main

import (
	"fmt"
	s "strings"
	"unicode/utf8"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Title-ish: ", s.ToUpper("hello")[:1]+"ello")
	const th = "สวัสดี"
	p("Len:", len(th))
	p("Rune count:", utf8.RuneCountInString(th))
	for idx, runeValue := range "héllo" {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	p(b.String())
	p(s.Fields("  a b   c "), len(s.Fields("  a b   c ")))
	p(s.TrimSpace("  padded  "), s.Trim("xxhixx", "x"))
	before, after, found := s.Cut("key=value", "=")
	p(before, after, found)
	p(s.EqualFold("Go", "GO"))
}
