package main

import (
	"fmt"
	"strings"
)

func main() {
	ss := "Sammy Shark"
	fmt.Println(strings.ToUpper(ss))
	fmt.Println(strings.ToLower(ss))
	fmt.Println(strings.HasPrefix(ss, "Sammy"))
	fmt.Println(strings.HasSuffix(ss, "Shark"))
	fmt.Println(strings.Contains(ss, "Sh"))
	fmt.Println(strings.Count(ss, "S"))
	fmt.Println(strings.Index(ss, "Shark"), strings.LastIndex(ss, "a"))

	balloon := "Sammy has a balloon."
	fmt.Println(strings.Split(balloon, " "))
	fmt.Printf("%q\n", strings.Fields("  a  b   c "))
	fmt.Println(strings.Join([]string{"sharks", "crustaceans", "plankton"}, ", "))
	fmt.Println(strings.ReplaceAll(balloon, "has", "had"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Printf("%q\n", strings.TrimSpace("   Sammy   "))
	fmt.Println(strings.Trim("!!hello!!", "!"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Repeat("=", 10))
	fmt.Println(strings.Title("deprecated but common"))
	fmt.Println(strings.EqualFold("Go", "GO"))

	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)

	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	fmt.Println(b.String(), b.Len())

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))

	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'))
}
