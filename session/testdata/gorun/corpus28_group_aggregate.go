package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Sale struct {
	Region  string
	Product string
	Amount  float64
}

type Stats struct {
	Count    int
	Sum      float64
	Min, Max float64
}

func (s Stats) Avg() float64 {
	if s.Count == 0 {
		return 0
	}
	return s.Sum / float64(s.Count)
}

func (s *Stats) Add(v float64) {
	if s.Count == 0 {
		s.Min, s.Max = v, v
	} else {
		s.Min = math.Min(s.Min, v)
		s.Max = math.Max(s.Max, v)
	}
	s.Count++
	s.Sum += v
}

func main() {
	sales := []Sale{
		{"north", "widget", 120.5},
		{"south", "gadget", 99.99},
		{"north", "gadget", 45},
		{"east", "widget", 300},
		{"south", "widget", 10.01},
		{"north", "widget", 80},
		{"east", "gizmo", 12.5},
		{"west", "gizmo", 70},
	}
	byRegion := map[string]*Stats{}
	byProduct := make(map[string]Stats)
	for _, s := range sales {
		st, ok := byRegion[s.Region]
		if !ok {
			st = &Stats{}
			byRegion[s.Region] = st
		}
		st.Add(s.Amount)
		ps := byProduct[s.Product]
		ps.Add(s.Amount)
		byProduct[s.Product] = ps
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	fmt.Printf("%-8s %5s %9s %8s %8s %8s\n", "region", "n", "sum", "avg", "min", "max")
	fmt.Println(strings.Repeat("-", 51))
	for _, r := range regions {
		s := byRegion[r]
		fmt.Printf("%-8s %5d %9.2f %8.2f %8.2f %8.2f\n", r, s.Count, s.Sum, s.Avg(), s.Min, s.Max)
	}
	type kv struct {
		Key string
		Val Stats
	}
	var prods []kv
	for k, v := range byProduct {
		prods = append(prods, kv{k, v})
	}
	sort.Slice(prods, func(i, j int) bool {
		if prods[i].Val.Sum != prods[j].Val.Sum {
			return prods[i].Val.Sum > prods[j].Val.Sum
		}
		return prods[i].Key < prods[j].Key
	})
	fmt.Println("products by revenue:")
	for i, p := range prods {
		fmt.Printf("%d. %s %.2f (%d sales)\n", i+1, p.Key, p.Val.Sum, p.Val.Count)
	}
	fmt.Printf("%v\n", prods[0].Val)
}
