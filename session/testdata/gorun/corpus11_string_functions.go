package main

import (
	"fmt"
	s "strings"
	"unicode"
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
	p("Fields:    ", s.Fields("  a  b   c "))
	p("Trim:      ", s.TrimSpace("  hi  "), s.Trim("xxhixx", "x"), s.TrimLeft("001200", "0"))
	p("TrimPrefix:", s.TrimPrefix("prefix-body", "prefix-"))
	p("Title-ish: ", s.ToUpper("hello"[:1])+"hello"[1:])
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("FieldsFunc:", s.FieldsFunc("a1b2c33d", unicode.IsDigit))
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>bold</b>"))
	var b s.Builder
	for i := range 3 {
		fmt.Fprintf(&b, "%d,", i)
	}
	p("Builder:   ", b.String(), b.Len())
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2), len(s.SplitN("a,b,c,d", ",", 2)))
	p("LastIndex: ", s.LastIndex("go gopher", "go"), s.IndexByte("golang", 'l'), s.IndexRune("chicken", 'k'))
	for part := range s.SplitSeq("x|y|z", "|") {
		fmt.Print(part, ";")
	}
	p()
}
