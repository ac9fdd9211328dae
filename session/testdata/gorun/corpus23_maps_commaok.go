package main

import (
	"fmt"
	"sort"
)

var timeZone = map[string]int{
	"UTC": 0 * 60 * 60,
	"EST": -5 * 60 * 60,
	"CST": -6 * 60 * 60,
	"MST": -7 * 60 * 60,
	"PST": -8 * 60 * 60,
}

func offset(tz string) int {
	if seconds, ok := timeZone[tz]; ok {
		return seconds
	}
	fmt.Println("unknown time zone:", tz)
	return 0
}

func main() {
	fmt.Println(offset("EST"), offset("XYZ"))

	attended := map[string]bool{"Ann": true, "Joe": true}
	if attended["Ann"] {
		fmt.Println("Ann was at the meeting")
	}
	fmt.Println(attended["Bob"])

	_, present := timeZone["PST"]
	fmt.Println(present)
	delete(timeZone, "PST")
	_, present = timeZone["PST"]
	fmt.Println(present, len(timeZone))
	delete(timeZone, "nothing")

	keys := make([]string, 0, len(timeZone))
	for k := range timeZone {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, timeZone[k])
	}
	fmt.Println()

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		mm, ok := nested[a]
		if !ok {
			mm = map[string]int{}
			nested[a] = mm
		}
		mm[b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(nested)

	var nilMap map[string]int
	v, ok := nilMap["k"]
	fmt.Println(v, ok, len(nilMap))
}
