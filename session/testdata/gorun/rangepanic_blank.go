package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	for _, c := range "ab" {
		d := string(c)
		_ = d
	}
	for range []int{1, 2} {
		_ = "x"
	}
	total := 0
	for _, w := range []string{"1", "x", "3"} {
		n, _ := strconv.Atoi(w)
		total += n
	}
	fmt.Println("total", total)
	for i, _ := range []string{"p", "q"} {
		_ = 1.5
		fmt.Println("i", i)
	}
	word := "héllo"
	var sb strings.Builder
	for i, r := range word {
		s := string(r)
		_ = s
		sb.WriteRune(r)
		fmt.Println(i, s)
	}
	for _, r := range []rune(word) {
		_ = string(r)
	}
	fmt.Println(sb.String())
	m := map[string]int{"a": 1}
	for _, v := range m {
		_ = v
		_, ok := m["a"]
		fmt.Println("ok", ok)
	}
}
