package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
)

type Options struct {
	Host string
	Port int
	User string
}

func resolve(flag, env Options) Options {
	return Options{
		Host: cmp.Or(flag.Host, env.Host, "localhost"),
		Port: cmp.Or(flag.Port, env.Port, 5432),
		User: cmp.Or(flag.User, env.User, "postgres"),
	}
}

type Person struct {
	First, Last string
	Age         int
}

func main() {
	o := resolve(Options{Port: 6543}, Options{Host: "db.internal"})
	fmt.Printf("%+v\n", o)
	fmt.Println(cmp.Or(os.Getenv("GOGIL_SURELY_UNSET_VAR_37"), "default"))

	base := []string{"GET", "HEAD"}
	write := []string{"POST", "PUT"}
	all := slices.Concat(base, write, []string{"DELETE"})
	fmt.Println(all, len(all))

	people := []Person{
		{"Ada", "Lovelace", 36},
		{"Alan", "Turing", 41},
		{"Grace", "Hopper", 36},
		{"Alan", "Kay", 84},
	}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(
			cmp.Compare(a.Age, b.Age),
			cmp.Compare(a.Last, b.Last),
			cmp.Compare(a.First, b.First),
		)
	})
	for _, p := range people {
		fmt.Println(p.Age, p.Last, p.First)
	}
	fmt.Println(cmp.Less(1.5, 2.0), cmp.Compare("b", "a"))
}
