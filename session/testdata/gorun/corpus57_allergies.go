package main

import (
	"fmt"
	"strings"
)

type Allergen uint

const (
	Eggs Allergen = 1 << iota
	Peanuts
	Shellfish
	Strawberries
	Tomatoes
	Chocolate
	Pollen
	Cats
)

var names = []string{"eggs", "peanuts", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"}

func (a Allergen) String() string {
	var parts []string
	for i, n := range names {
		if a&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

func Allergies(score uint) []string {
	var out []string
	for i, n := range names {
		if score&(1<<uint(i)) != 0 {
			out = append(out, n)
		}
	}
	return out
}

func AllergicTo(score uint, a Allergen) bool {
	return Allergen(score)&a != 0
}

func main() {
	for _, s := range []uint{0, 1, 2, 3, 5, 34, 248, 255, 257, 509} {
		fmt.Printf("%3d %08b %v %v\n", s, s&0xff, Allergies(s), Allergen(s&0xff))
	}
	fmt.Println(AllergicTo(3, Peanuts), AllergicTo(3, Cats), AllergicTo(255, Cats))
	var mine Allergen
	mine |= Pollen | Cats
	mine &^= Cats
	fmt.Println(mine, uint(mine), Chocolate, Eggs|Tomatoes)
	fmt.Printf("%d %x %s %v\n", Cats, Cats, Shellfish, []Allergen{Eggs, Peanuts | Shellfish})
}
