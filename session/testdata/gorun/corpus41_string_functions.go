package main

import (
	"fmt"
	s "strings"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.Fields("  a b   c "))
	p("TrimSpace: ", s.TrimSpace("  hi  "))
	p("Trim:      ", s.Trim("xxhixx", "x"))
	p("Title-ish: ", s.ToUpper("go"[:1])+"go"[1:])
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	p("LastIndex: ", s.LastIndex("go gopher", "go"))
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))

	var b s.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	p(b.String(), b.Len())

	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("<b>bold</b>"))
}
