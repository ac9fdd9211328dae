package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Contact struct {
	Email string `xml:"email"`
	Phone string `xml:"phone,omitempty"`
}

type Address struct {
	City string `xml:"city,attr"`
	Zip  string `xml:"zip"`
}

type Person struct {
	XMLName xml.Name `xml:"person"`
	Contact
	*Address
	Name  string `xml:"name"`
	notes string
}

type Staff struct {
	XMLName xml.Name `xml:"staff"`
	People  []Person `xml:"person"`
}

func main() {
	p := Person{Contact: Contact{Email: "a@b.c"}, Address: &Address{City: "Oslo", Zip: "0150"}, Name: "Ann", notes: "x"}
	b, err := xml.Marshal(p)
	fmt.Println(string(b), err)

	b, _ = xml.MarshalIndent(Staff{People: []Person{p, {Name: "Bo", Address: &Address{City: "Bergen"}}}}, "", "  ")
	fmt.Println(string(b))

	var back Person
	err = xml.Unmarshal([]byte(`<person city="Rome"><email>e@f.g</email><zip>001</zip><name>Cai</name></person>`), &back)
	fmt.Println(err, back.Name, back.Email, back.Address != nil, back.City, back.Zip)

	var st Staff
	err = xml.Unmarshal(b, &st)
	fmt.Println(err, len(st.People), st.People[0].City, st.People[1].City, st.People[1].Zip == "")

	enc := xml.NewEncoder(os.Stdout)
	enc.Encode(Person{Name: "Enc", Contact: Contact{Phone: "1"}, Address: &Address{}})
	fmt.Println()

	dec := xml.NewDecoder(strings.NewReader(`<person><name>Dec</name><phone>2</phone></person>`))
	var d Person
	fmt.Println(dec.Decode(&d), d.Name, d.Phone)
}
