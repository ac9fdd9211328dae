package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Counter[T comparable] map[T]int

func CountOf[T comparable](items ...T) Counter[T] {
	c := Counter[T]{}
	for _, it := range items {
		c[it]++
	}
	return c
}

type Entry[T any] struct {
	Item  T
	Count int
}

func (c Counter[T]) MostCommon(n int, tiebreak func(a, b T) int) []Entry[T] {
	out := make([]Entry[T], 0, len(c))
	for k, v := range c {
		out = append(out, Entry[T]{k, v})
	}
	slices.SortFunc(out, func(a, b Entry[T]) int {
		return cmp.Or(b.Count-a.Count, tiebreak(a.Item, b.Item))
	})
	if n < len(out) {
		out = out[:n]
	}
	return out
}

func (c Counter[T]) Total() (n int) {
	for _, v := range c {
		n += v
	}
	return
}

func (c Counter[T]) Add(o Counter[T]) Counter[T] {
	res := Counter[T]{}
	for k, v := range c {
		res[k] += v
	}
	for k, v := range o {
		res[k] += v
	}
	return res
}

func main() {
	text := "the cat and the hat and the bat sat"
	words := CountOf(strings.Fields(text)...)
	fmt.Println(words.MostCommon(3, strings.Compare))
	fmt.Printf("%+v\n", words.MostCommon(1, strings.Compare)[0])
	fmt.Println(words.Total(), len(words), words["the"], words["dog"])

	letters := CountOf([]rune(strings.ReplaceAll(text, " ", ""))...)
	for _, e := range letters.MostCommon(4, func(a, b rune) int { return int(a - b) }) {
		fmt.Printf("%c=%d ", e.Item, e.Count)
	}
	fmt.Println()

	a := CountOf(1, 2, 2)
	b := CountOf(2, 3)
	sum := a.Add(b)
	fmt.Println(sum, sum.Total())
	fmt.Printf("%T\n", sum)
}
