package main

import (
	"fmt"
	"strings"
)

const (
	spanish = "Spanish"
	french  = "French"

	englishHelloPrefix = "Hello, "
	spanishHelloPrefix = "Hola, "
	frenchHelloPrefix  = "Bonjour, "
)

func Hello(name, language string) string {
	if name == "" {
		name = "World"
	}
	return greetingPrefix(language) + name
}

func greetingPrefix(language string) (prefix string) {
	switch language {
	case french:
		prefix = frenchHelloPrefix
	case spanish:
		prefix = spanishHelloPrefix
	default:
		prefix = englishHelloPrefix
	}
	return
}

func Repeat(character string, count int) string {
	var repeated string
	for i := 0; i < count; i++ {
		repeated += character
	}
	return repeated
}

func Sum(numbers []int) (sum int) {
	for _, n := range numbers {
		sum += n
	}
	return
}

func SumAllTails(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		if len(numbers) == 0 {
			sums = append(sums, 0)
		} else {
			tail := numbers[1:]
			sums = append(sums, Sum(tail))
		}
	}
	return sums
}

type testCase struct {
	name, lang, want string
}

func main() {
	cases := []testCase{
		{"Chris", "", "Hello, Chris"},
		{"", "", "Hello, World"},
		{"Elodie", spanish, "Hola, Elodie"},
		{"Lauren", french, "Bonjour, Lauren"},
		{"Bob", french, "Hello, Bob"},
	}
	pass, fail := 0, 0
	for _, tc := range cases {
		got := Hello(tc.name, tc.lang)
		if got != tc.want {
			fail++
			fmt.Printf("FAIL %q/%q: got %q want %q\n", tc.name, tc.lang, got, tc.want)
			continue
		}
		pass++
		fmt.Printf("ok   %-8q -> %s\n", tc.name, got)
	}
	fmt.Println(pass, "passed,", fail, "failed")
	fmt.Println(Repeat("a", 5), strings.Repeat("ab", 3))
	fmt.Println(Sum([]int{1, 2, 3, 4, 5}))
	fmt.Println(SumAllTails([]int{1, 2}, []int{0, 9}, []int{}, []int{3, 4, 5}))
	fmt.Printf("%v %d %T\n", SumAllTails(), len(SumAllTails()), SumAllTails())
}
