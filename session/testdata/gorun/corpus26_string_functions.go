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
	p("TrimLeft:  ", s.TrimLeft("xxhix", "x"))
	p("TrimPrefix:", s.TrimPrefix("prefix-body", "prefix-"))
	p("TrimSuffix:", s.TrimSuffix("file.go", ".go"))
	p("LastIndex: ", s.LastIndex("go gopher", "go"))
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	p("Title-ish: ", s.ToUpper("h")+"ello")
	p("SplitN:    ", s.SplitN("a,b,c", ",", 2))
	p("ReplaceAll:", s.ReplaceAll("oink oink", "k", "ky"))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)
	p("ContainsAny", s.ContainsAny("hello", "xyz"), s.ContainsRune("hello", 'l'))
	p("IndexByte: ", s.IndexByte("golang", 'l'))
	p("Map:       ", s.Map(func(r rune) rune { return r + 1 }, "abc"))
	var b s.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteString("end")
	p("Builder:   ", b.String(), b.Len())
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>"))
	p("Compare:   ", s.Compare("a", "b"))
	for part := range s.SplitSeq("x|y|z", "|") {
		fmt.Print(part, " ")
	}
	p()
	p("FieldsFunc:", s.FieldsFunc("a1b2c", func(r rune) bool { return r >= '0' && r <= '9' }))
}
