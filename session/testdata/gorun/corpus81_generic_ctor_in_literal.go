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
}
