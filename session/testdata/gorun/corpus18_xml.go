package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	ID        int      `xml:"id,attr"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string   `xml:",comment"`
	Emails  []string `xml:"email"`
}

type Plant struct {
	XMLName xml.Name `xml:"plant"`
	Id      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Origin  []string `xml:"origin"`
}

func (p Plant) String() string {
	return fmt.Sprintf("Plant id=%v, name=%v, origin=%v", p.Id, p.Name, p.Origin)
}

func main() {
	v := &Person{ID: 13, FirstName: "John", LastName: "Doe", Age: 42}
	v.Comment = " Need more details. "
	v.Address = Address{"Hanga Roa", "Easter Island"}
	v.Emails = []string{"a@example.com", "b@example.com"}
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("  ", "    ")
	if err := enc.Encode(v); err != nil {
		fmt.Printf("error: %v\n", err)
	}
	fmt.Println()

	coffee := &Plant{Id: 27, Name: "Coffee", Origin: []string{"Ethiopia", "Brazil"}}
	out, _ := xml.MarshalIndent(coffee, " ", "  ")
	fmt.Println(xml.Header + string(out))

	var p Plant
	if err := xml.Unmarshal(out, &p); err != nil {
		panic(err)
	}
	fmt.Println(p)

	var q Person
	err := xml.Unmarshal([]byte(`<person id="7"><name><first>Ann</first></name><age>x</age></person>`), &q)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<person><unclosed></person>`), &q)
	fmt.Println(err)
	b, err := xml.Marshal(map[string]int{"a": 1})
	fmt.Println(string(b), err)
	b, _ = xml.Marshal(struct {
		XMLName xml.Name `xml:"note"`
		Body    string   `xml:",chardata"`
		To      string   `xml:"to,attr"`
	}{Body: "a < b & c", To: "x"})
	fmt.Println(string(b))
}
