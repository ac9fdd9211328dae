package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `the quick brown fox jumps over the lazy dog the fox`
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	fmt.Println(len(counts), counts["the"], counts["cat"])

	type kv struct {
		Key   string
		Count int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Key < list[j].Key
	})
	for _, e := range list[:4] {
		fmt.Printf("%-5s %d\n", e.Key, e.Count)
	}

	if n, ok := counts["fox"]; ok {
		fmt.Println("fox seen", n, "times")
	}
	delete(counts, "fox")
	_, ok := counts["fox"]
	fmt.Println("fox still there?", ok)

	// a map of slices: appending to a nil slice needs no initialisation
	byLen := map[int][]string{}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	fmt.Println(byLen)

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
}
