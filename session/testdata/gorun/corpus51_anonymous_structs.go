package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City string
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
	Address
	private int
}

func main() {
	config := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v\n", config, config)

	p1 := Person{Name: "Ann", Age: 30, Address: Address{City: "Oslo"}}
	p2 := Person{"Ann", 30, Address{"Oslo", ""}, 0}
	fmt.Println(p1 == p2, p1.City)
	p2.private = 1
	fmt.Println(p1 == p2)

	b, _ := json.Marshal(p1)
	fmt.Println(string(b))

	var decoded struct {
		Name string
		City string
		Tags []string `json:"tags"`
	}
	err := json.Unmarshal([]byte(`{"name":"Bo","City":"Rome","tags":["x","y"],"extra":1}`), &decoded)
	fmt.Printf("%+v %v\n", decoded, err)

	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"hello", 5},
		{"", 0},
	}
	for _, tt := range tests {
		got := len(tt.in)
		fmt.Printf("len(%q) = %d, pass=%t\n", tt.in, got, got == tt.want)
	}

	point := struct{ X, Y int }{1, 2}
	type P struct{ X, Y int }
	var named P = point // identical underlying types: assignable
	fmt.Println(named, P(point) == named)

	pairs := map[string]struct{ lo, hi int }{
		"digits": {'0', '9'},
	}
	fmt.Println(pairs["digits"].hi - pairs["digits"].lo)

	empty := struct{}{}
	fmt.Printf("%v %T %d\n", empty, empty, len([]struct{}{{}, {}}))

	nested := struct {
		Inner struct{ V []int }
	}{}
	nested.Inner.V = append(nested.Inner.V, 4)
	fmt.Printf("%+v\n", nested)
}
