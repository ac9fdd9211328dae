package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Config struct {
	Host    string
	Port    int
	Timeout int
}

func withDefaults(c Config) Config {
	c.Host = cmp.Or(c.Host, "localhost")
	c.Port = cmp.Or(c.Port, 8080)
	c.Timeout = cmp.Or(c.Timeout, 30)
	return c
}

type Person struct {
	Last, First string
	Age         int
}

func main() {
	fmt.Printf("%+v\n", withDefaults(Config{}))
	fmt.Printf("%+v\n", withDefaults(Config{Host: "example.org", Timeout: 5}))
	fmt.Println(cmp.Or("", "", "third"), cmp.Or(0, 0, 0))

	people := []Person{
		{"Smith", "Jo", 30}, {"Adams", "Al", 40}, {"Smith", "Al", 25}, {"Adams", "Al", 35},
	}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(
			cmp.Compare(a.Last, b.Last),
			cmp.Compare(a.First, b.First),
			cmp.Compare(a.Age, b.Age),
		)
	})
	for _, p := range people {
		fmt.Println(p.Last, p.First, p.Age)
	}
	fmt.Println(cmp.Less(1.5, 2.0), cmp.Compare("b", "a"))
}
