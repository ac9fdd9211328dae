package main

import (
	"fmt"
	s "strings"
	"unicode"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("cheese", "e"), s.Count("five", ""))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("chicken", "ken"), s.IndexByte("golang", 'l'), s.IndexRune("chicken", 'k'), s.LastIndex("go gopher", "go"))
	p("IndexAny:  ", s.IndexAny("golang", "xyzn"), s.IndexFunc("Hello, 世界", unicode.IsUpper))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1), s.Replace("foo", "o", "0", 1), s.ReplaceAll("oink oink", "k", "ky"))
	p("Split:     ", s.Split("a-b-c-d-e", "-"), len(s.Split("", ",")), s.SplitN("a,b,c", ",", 2), s.SplitAfter("a,b", ","))
	p("ToLower:   ", s.ToLower("TEST"), s.ToUpper("test"), s.Title("hello"))
	p("Fields:    ", s.Fields("  foo bar  baz   "), len(s.FieldsFunc("a1b2c3", unicode.IsDigit)))
	p("Trim:      ", s.Trim("!!hi!!", "!"), s.TrimLeft("xxhixx", "x"), s.TrimPrefix("prefix-body", "prefix-"), s.TrimRight("abc...", "."))
	p("TrimSpace: ", fmt.Sprintf("%q", s.TrimSpace("\t  padded \n")))
	p("EqualFold: ", s.EqualFold("Go", "GO"), s.Compare("a", "b"))
	before, after, found := s.Cut("key=value=x", "=")
	p("Cut:       ", before, after, found)
	rest, ok := s.CutPrefix("v1.2.3", "v")
	p("CutPrefix: ", rest, ok)
	p("Map:       ", s.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banxana"))
	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p("Replacer:  ", r.Replace("<b>bold</b>"))
	p("ContainsAny", s.ContainsAny("hello", "xyz"), s.ContainsRune("hello", 'l'), s.ContainsFunc("abc", unicode.IsDigit))
	p("Lines:     ", len("hello"), "hello"[1], string("hello"[1]), "hello"[1:3])
	var parts []string
	for part := range s.SplitSeq("x|y|z", "|") {
		parts = append(parts, s.ToUpper(part))
	}
	p("SplitSeq:  ", parts)
	for i, f := range s.Fields("one two") {
		fmt.Printf("%d:%s ", i, f)
	}
	fmt.Println()
}
