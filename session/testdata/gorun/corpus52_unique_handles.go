package main

import (
	"fmt"
	"net/netip"
	"strings"
	"unique"
)

type Location struct {
	City, Country string
}

func main() {
	a := unique.Make("hello")
	b := unique.Make(strings.ToLower("HELLO"))
	c := unique.Make("world")
	fmt.Println(a == b, a == c)
	fmt.Println(a.Value(), c.Value())

	l1 := unique.Make(Location{"Paris", "FR"})
	l2 := unique.Make(Location{City: "Paris", Country: "FR"})
	fmt.Println(l1 == l2, l1.Value().City)

	// handles are comparable and cheap as map keys
	counts := map[unique.Handle[string]]int{}
	for _, w := range strings.Fields("go gopher go go gopher") {
		counts[unique.Make(w)]++
	}
	fmt.Println(counts[unique.Make("go")], counts[unique.Make("gopher")], len(counts))

	addr := netip.MustParseAddr("fe80::1%eth0")
	fmt.Println(addr.Zone(), addr.Is6())
}
