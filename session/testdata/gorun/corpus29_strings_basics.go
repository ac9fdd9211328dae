package main

import "fmt"

func main() {
	greeting := "Hello, Sammy!"
	fmt.Println(greeting)
	fmt.Println(len(greeting))
	fmt.Println(greeting[0], string(greeting[0]))
	fmt.Println(greeting[7:12])
	fmt.Println(greeting[:5], greeting[7:])

	raw := `This is
a raw string \n with no escapes`
	fmt.Println(raw)

	interpreted := "Tab:\there\nQuote:\"quoted\"\nBackslash: \\"
	fmt.Println(interpreted)

	joined := "Sammy" + " " + "Shark"
	fmt.Println(joined)

	s := "Hello, 世界"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()

	b := []byte("abc")
	b[0] = 'A'
	fmt.Println(string(b))

	var sb []string
	for i := 0; i < 3; i++ {
		sb = append(sb, fmt.Sprint(i))
	}
	fmt.Println(sb)

	multi := "line one\n" +
		"line two"
	fmt.Println(multi)

	fmt.Println("a" < "b", "apple" == "apple", "Z" < "a")
}
