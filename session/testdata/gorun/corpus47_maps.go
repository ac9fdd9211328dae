package main

import (
	"fmt"
	"sort"
)

type Vertex struct {
	Lat, Long float64
}

var m map[string]Vertex

var lit = map[string]Vertex{
	"Bell Labs": {40.68433, -74.39967},
	"Google":    {37.42202, -122.08408},
}

func main() {
	m = make(map[string]Vertex)
	m["Bell Labs"] = Vertex{40.68433, -74.39967}
	fmt.Println(m["Bell Labs"])
	fmt.Println(lit)
	keys := make([]string, 0, len(lit))
	for k := range lit {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %.2f\n", k, lit[k].Lat)
	}

	mm := make(map[string]int)
	mm["Answer"] = 42
	fmt.Println("The value:", mm["Answer"])
	mm["Answer"] = 48
	fmt.Println("The value:", mm["Answer"])
	delete(mm, "Answer")
	fmt.Println("The value:", mm["Answer"])
	v, ok := mm["Answer"]
	fmt.Println("The value:", v, "Present?", ok)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
}
