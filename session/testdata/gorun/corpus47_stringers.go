package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string {
	return fmt.Sprintf("%v (%v years)", p.Name, p.Age)
}

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

func main() {
	a := Person{"Arthur Dent", 42}
	z := Person{"Zaphod Beeblebrox", 9001}
	fmt.Println(a, z)
	fmt.Printf("%v|%s|%+v\n", a, a, []Person{a})

	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	names := []string{}
	for n := range hosts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	ip := IPAddr{10, 0, 0, 1}
	fmt.Println("addr " + ip.String())
	var st fmt.Stringer = ip
	fmt.Println(st)
}
