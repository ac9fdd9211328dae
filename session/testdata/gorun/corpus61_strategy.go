package main

import (
	"fmt"
	"sort"
	"strings"
)

type Route struct {
	Name    string
	Km      float64
	Minutes int
	Tolls   float64
}

type RouteStrategy interface {
	Choose(routes []Route) Route
	Name() string
}

type Fastest struct{}
type Shortest struct{}
type Cheapest struct{ CostPerKm float64 }

func (Fastest) Name() string { return "fastest" }
func (Fastest) Choose(rs []Route) Route {
	best := rs[0]
	for _, r := range rs[1:] {
		if r.Minutes < best.Minutes {
			best = r
		}
	}
	return best
}

func (Shortest) Name() string { return "shortest" }
func (Shortest) Choose(rs []Route) Route {
	sorted := append([]Route(nil), rs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Km < sorted[j].Km })
	return sorted[0]
}

func (c Cheapest) Name() string { return fmt.Sprintf("cheapest@%.2f", c.CostPerKm) }
func (c Cheapest) Choose(rs []Route) Route {
	cost := func(r Route) float64 { return r.Km*c.CostPerKm + r.Tolls }
	best := rs[0]
	for _, r := range rs {
		if cost(r) < cost(best) {
			best = r
		}
	}
	return best
}

type Navigator struct {
	strategy RouteStrategy
}

func (n *Navigator) SetStrategy(s RouteStrategy) { n.strategy = s }
func (n *Navigator) Plan(rs []Route) string {
	r := n.strategy.Choose(rs)
	return fmt.Sprintf("%-15s -> %s (%.1f km, %d min)", n.strategy.Name(), r.Name, r.Km, r.Minutes)
}

func main() {
	routes := []Route{
		{"highway", 120, 80, 12.5},
		{"country road", 95, 130, 0},
		{"city", 88, 150, 3},
	}
	nav := &Navigator{}
	for _, s := range []RouteStrategy{Fastest{}, Shortest{}, Cheapest{0.1}, Cheapest{0.3}} {
		nav.SetStrategy(s)
		fmt.Println(nav.Plan(routes))
	}

	// strategies as plain functions
	type formatter func(string) string
	fs := map[string]formatter{
		"upper": strings.ToUpper,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"rev": func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		},
	}
	keys := make([]string, 0, len(fs))
	for k := range fs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %s\n", k, fs[k]("gopher"))
	}
}
