package main

import (
	"fmt"
	"sort"
)

type Kilograms float64
type Centimeters float64
type BMI float64

func (b BMI) Category() string {
	switch {
	case b < 18.5:
		return "underweight"
	case b < 25:
		return "normal"
	case b < 30:
		return "overweight"
	default:
		return "obese"
	}
}

func (b BMI) String() string { return fmt.Sprintf("%.1f (%s)", float64(b), b.Category()) }

type Person struct {
	Name   string
	Weight Kilograms
	Height Centimeters
}

func (p Person) BMI() BMI {
	m := float64(p.Height) / 100
	return BMI(float64(p.Weight) / (m * m))
}

func main() {
	people := []Person{
		{"Ann", 55, 170},
		{"Ben", 92.5, 180},
		{"Cid", 48, 175},
		{"Dee", 110, 165},
		{"Eli", 75, 182},
	}
	sort.Slice(people, func(i, j int) bool { return people[i].BMI() < people[j].BMI() })
	for _, p := range people {
		fmt.Printf("%-4s %6.1fkg %5.0fcm  %v\n", p.Name, p.Weight, p.Height, p.BMI())
	}
	cats := map[string]int{}
	for _, p := range people {
		cats[p.BMI().Category()]++
	}
	keys := make([]string, 0)
	for k := range cats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-12s %d\n", k, cats[k])
	}
	b := people[0].BMI()
	fmt.Println(b)
	fmt.Printf("%v|%s|%.3f|%T\n", b, b, b, b)
	fmt.Println(people[0])
	fmt.Printf("%+v\n", people[1])
}
