package main

import (
	"fmt"
	"strings"
	"unicode"
)

func capitalize(word string) string {
	if word == "" {
		return word
	}
	r := []rune(word)
	r[0] = unicode.ToUpper(r[0])
	for i := 1; i < len(r); i++ {
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = capitalize(w)
	}
	return strings.Join(words, " ")
}

func main() {
	ss := "Sammy Shark"
	fmt.Println(strings.ToUpper(ss), strings.ToLower(ss))
	fmt.Println(strings.HasPrefix(ss, "Sammy"), strings.HasSuffix(ss, "Shark"))
	fmt.Println(strings.Contains(ss, "Sh"), strings.ContainsRune(ss, 'y'), strings.ContainsAny(ss, "xyz"))
	fmt.Println(strings.Count(ss, "S"), strings.Index(ss, "Shark"), strings.LastIndex(ss, "a"))
	fmt.Println(strings.Index(ss, "whale"))

	balloon := "Sammy has a balloon."
	fmt.Println(strings.Split(balloon, " "))
	fmt.Printf("%q\n", strings.Fields("  many   spaces\there\n "))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Join([]string{"sharks", "crustaceans", "plankton"}, ", "))
	fmt.Println(strings.ReplaceAll(balloon, "has", "had"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Printf("%q\n", strings.TrimSpace("   padded  \n"))
	fmt.Println(strings.Trim("!!hi!!", "!"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10))
	fmt.Println(strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(titleCase("the quick  BROWN fox"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, "a1b2c3"))
	fmt.Println(strings.FieldsFunc("a1b2c3dd", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("hello World", unicode.IsUpper))

	// strings.Builder builds strings efficiently.
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())

	// A Reader over a string.
	r := strings.NewReader("abc")
	buf := make([]byte, 2)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf[:n]), r.Len())

	// Replacer handles several replacements at once.
	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("<b>bold</b>"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
}
