package main

import (
	"fmt"
	"math"
	"sort"
)

type Planet string

const earthYear = 31557600.0

var ratios = map[Planet]float64{
	"Mercury": 0.2408467,
	"Venus":   0.61519726,
	"Earth":   1.0,
	"Mars":    1.8808158,
	"Jupiter": 11.862615,
	"Saturn":  29.447498,
	"Uranus":  84.016846,
	"Neptune": 164.79132,
}

func Age(seconds float64, p Planet) float64 {
	r, ok := ratios[p]
	if !ok {
		return -1
	}
	return seconds / earthYear / r
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

func main() {
	planets := make([]Planet, 0, len(ratios))
	for p := range ratios {
		planets = append(planets, p)
	}
	sort.Slice(planets, func(i, j int) bool { return ratios[planets[i]] < ratios[planets[j]] })
	secs := 1000000000.0
	for _, p := range planets {
		a := Age(secs, p)
		fmt.Printf("%-8s %8.2f %10.4f %g %v\n", p, a, a, round(a, 2), round(a, 3))
	}
	fmt.Println(Age(secs, "Pluto"))
	fmt.Printf("%6.2f|%-8.3f|%+.1e|%08.3f\n", Age(2134835688, "Mercury"), Age(189839836, "Earth"), Age(8210123456, "Neptune"), -Age(secs, "Mars"))
	fmt.Println(Age(0, "Earth"), math.Inf(1), -math.MaxFloat64, float32(Age(secs, "Venus")))
	fmt.Printf("%v %.0f %.1f\n", 2.0/3, 2.5, 0.05)
}
