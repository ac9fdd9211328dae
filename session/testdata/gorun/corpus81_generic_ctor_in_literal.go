package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Entry struct {
	Name string
	Pair Pair[string, int]
}

func main() {
	first := MakePair("a", 1)
	fmt.Println(first)
	table := []Pair[string, int]{first, MakePair("b", 2), MakePair("c", 3)}
	fmt.Println(table, len(table))
	e := Entry{Name: "x", Pair: MakePair("y", 9)}
	fmt.Printf("%+v\n", e)
	table = append(table, MakePair("d", 4), MakePair[string, int]("e", 5))
	fmt.Println(table[3:], len(table))
	var pairs []any
	pairs = append(pairs, MakePair(1, "a"), MakePair(true, 2.5))
	fmt.Println(pairs...)
	arr := [2]Pair[int, bool]{MakePair(1, true), {Key: 2}}
	fmt.Println(arr, []*Pair[string, int]{&table[0]}[0].Value)
	byName := map[string]Pair[float64, string]{"pi": MakePair(3.14, "π")}
	fmt.Println(byName)
}
