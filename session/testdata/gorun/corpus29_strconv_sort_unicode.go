package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fmt.Println(sort.SearchInts(ints, 5))

	strs := []string{"peach", "apple", "banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Println(strs)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)

	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)

	text := "Hello, World 123!"
	var letters, digits, spaces, punct, upper int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, punct, upper)
	fmt.Println(string(unicode.ToUpper('q')), unicode.IsLower('Q'))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, text))

	for _, s := range []string{"42", "-7", "3.0", "0x1f"} {
		if n, err := strconv.Atoi(s); err == nil {
			fmt.Println("int", n)
		} else if n, err := strconv.ParseInt(s, 0, 64); err == nil {
			fmt.Println("base-prefixed", n)
		} else {
			fmt.Println("bad:", err)
		}
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.AppendInt([]byte("n="), 7, 10))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 7, 10)), strconv.QuoteRune('☺'))
}
