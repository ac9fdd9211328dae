package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
)

type Record struct {
	ID   int
	Name string
}

func Records(rs []Record) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for _, r := range rs {
			if !yield(r) {
				return
			}
		}
	}
}

var ErrNotFound = errors.New("not found")

func find(seq iter.Seq[Record], id int) (Record, error) {
	for r := range seq {
		if r.ID == id {
			return r, nil
		}
	}
	return Record{}, fmt.Errorf("record %d: %w", id, ErrNotFound)
}

func main() {
	data := []Record{{1, "alpha"}, {2, "beta"}, {3, "gamma"}}
	r, err := find(Records(data), 2)
	fmt.Println(r, err)
	_, err = find(Records(data), 9)
	fmt.Println(err, errors.Is(err, ErrNotFound))

	idx := slices.IndexFunc(data, func(r Record) bool { return r.Name == "gamma" })
	fmt.Println("index of gamma:", idx)
	names := slices.Collect(func(yield func(string) bool) {
		for r := range Records(data) {
			if !yield(r.Name) {
				return
			}
		}
	})
	fmt.Println(names)
}
