package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & more"))

	rot := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot, "'Twas brillig and the slithy gopher..."))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "interpretation"))

	fmt.Println(strings.ToUpper("gopher"), strings.ToLower("GoPHer"), strings.ToTitle("loud"))
	word := "hello"
	fmt.Println(strings.ToUpper(word[:1]) + word[1:])
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Gö", "GÖ"), strings.EqualFold("a", "b"))

	fmt.Printf("Fields are: %q\n", strings.Fields("  foo bar  baz   "))
	f := func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}
	fmt.Printf("Fields are: %q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))

	show := func(s, sep string) {
		before, after, found := strings.Cut(s, sep)
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "er")
	show("Gopher", "Badger")
	after, ok := strings.CutPrefix("key=value", "key=")
	fmt.Println(after, ok)

	fmt.Println(strings.Split("a,b,c", ","), len(strings.SplitN("a,b,c,d", ",", 2)))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Repeat("na", 4)+" batman", strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > unicode.MaxASCII }))
	fmt.Println(strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Title("x") == "X", strings.Compare("a", "b"), strings.ContainsAny("failure", "ui"))

	fmt.Println(bytes.Equal([]byte("Go"), []byte("Go")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("gopher")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  b c ")))
	var buf bytes.Buffer
	buf.Write([]byte("Hello "))
	fmt.Fprintf(&buf, "world %d", 42)
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.HasPrefix([]byte("Gopher"), []byte("Go")))
	bb, aa, found := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", bb, aa, found)
}
