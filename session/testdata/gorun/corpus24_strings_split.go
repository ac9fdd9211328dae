package main

import (
	"fmt"
	"strings"
)

func show(label string, parts []string) {
	fmt.Printf("%-22s len=%d %q\n", label, len(parts), parts)
}

func main() {
	show(`Split("a,b,c", ",")`, strings.Split("a,b,c", ","))
	show(`Split("", ",")`, strings.Split("", ","))
	show(`Split("a,b,", ",")`, strings.Split("a,b,", ","))
	show(`Split(",a,,b", ",")`, strings.Split(",a,,b", ","))
	show(`Split("abc", "")`, strings.Split("abc", ""))
	show(`Split("héllo", "")`, strings.Split("héllo", ""))
	show(`Split("abc", "x")`, strings.Split("abc", "x"))
	show(`SplitN("a,b,c,d", 2)`, strings.SplitN("a,b,c,d", ",", 2))
	show(`SplitN("a,b,c,d", 0)`, strings.SplitN("a,b,c,d", ",", 0))
	show(`SplitN("a,b,c,d", -1)`, strings.SplitN("a,b,c,d", ",", -1))
	show(`SplitAfter("a,b,c")`, strings.SplitAfter("a,b,c", ","))
	show(`Fields("  a  b\tc\n")`, strings.Fields("  a  b\tc\n"))
	show(`Fields("")`, strings.Fields(""))
	show(`Fields("   ")`, strings.Fields("   "))
	show(`Split("   ", " ")`, strings.Split("   ", " "))
	show(`FieldsFunc`, strings.FieldsFunc("a1b22c333", func(r rune) bool {
		return r >= '0' && r <= '9'
	}))

	empty := strings.Split("", ",")
	fmt.Println(empty == nil, len(empty), empty[0] == "")
	fmt.Println(strings.Fields("") == nil)

	csvLine := "name, age , city"
	var cleaned []string
	for _, p := range strings.Split(csvLine, ",") {
		cleaned = append(cleaned, strings.TrimSpace(p))
	}
	fmt.Println(strings.Join(cleaned, "|"))

	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "", "-"))
	for i, line := range strings.Split("l1\nl2\n", "\n") {
		fmt.Printf("%d:%q ", i, line)
	}
	fmt.Println()
}
