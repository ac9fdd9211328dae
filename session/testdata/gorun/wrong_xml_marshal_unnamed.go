package main

import (
	"encoding/xml"
	"fmt"
)

type Address struct {
	City    string `xml:"city"`
	Country string `xml:"country,attr"`
}

type Person struct {
	ID      int    `xml:"id,attr"`
	Name    string `xml:"name"`
	Email   string `xml:"contact>email"`
	Address Address
	secret  string
	Notes   []string `xml:"note"`
}

func main() {
	p := Person{ID: 7, Name: "Ada", Email: "ada@example.com", Address: Address{"London", "UK"}, secret: "x", Notes: []string{"a", "b & c"}}
	out, err := xml.MarshalIndent(p, "", "  ")
	fmt.Println(string(out), err)

	compact, err := xml.Marshal(&p)
	fmt.Println(string(compact), err)

	list, _ := xml.Marshal([]Address{{"Paris", "FR"}, {"Rome", "IT"}})
	fmt.Println(string(list))

	var back Person
	err = xml.Unmarshal(out, &back)
	fmt.Printf("%+v %v\n", back, err)

	bad, err := xml.Marshal(map[string]int{"a": 1})
	fmt.Println(len(bad), err)
}
