package main

import (
	"fmt"
	"slices"
	"strings"
)

type point struct{ X, Y int }

func lastWord(s string) (w string) {
	for _, w = range strings.Fields(s) {
	}
	return w
}

func main() {
	fmt.Println(lastWord("the quick brown fox"))

	var i int
	var r rune
	for i, r = range "héllo" {
		if r == 'l' {
			break
		}
	}
	fmt.Println(i, string(r))

	m := map[string]int{"only": 7}
	var k string
	var v int
	for k, v = range m {
	}
	fmt.Println(k, v)

	var p point
	pts := []point{{1, 2}, {3, 4}}
	for _, p = range pts {
		p.X *= 10
	}
	fmt.Println(p, pts)

	arr := [3]int{}
	var j int
	for j = range arr {
		arr[j] = j * j
	}
	fmt.Println(j, arr)

	var n int
	for n = range 5 {
	}
	var n64 int64
	for n64 = range 3 {
	}
	fmt.Printf("%d %d %T\n", n, n64, n64)

	var s struct{ last string }
	for _, s.last = range []string{"x", "y"} {
	}
	fmt.Println(s.last)

	idx := make([]int, 2)
	for idx[0], idx[1] = range []int{5, 6, 7} {
	}
	fmt.Println(idx)

	var seen []string
	var e string
	for e = range slices.Values([]string{"a", "b", "c"}) {
		seen = append(seen, e)
	}
	fmt.Println(e, seen)

	var fs []func() string
	var word string
	for _, word = range []string{"p", "q"} {
		fs = append(fs, func() string { return word })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(word)
}
