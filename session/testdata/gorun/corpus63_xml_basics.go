package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Author struct {
	First string `xml:"first"`
	Last  string `xml:"last"`
}

type Book struct {
	XMLName  xml.Name `xml:"book"`
	ID       string   `xml:"id,attr"`
	Lang     string   `xml:"lang,attr,omitempty"`
	Title    string   `xml:"title"`
	Authors  []Author `xml:"authors>author"`
	Price    float64  `xml:"price"`
	Comment  string   `xml:",comment"`
	Internal string   `xml:"-"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Name    string   `xml:"name,attr"`
	Books   []Book   `xml:"book"`
}

const input = `<?xml version="1.0"?>
<library name="City">
  <book id="b1" lang="en">
    <title>The Go Programming Language</title>
    <authors><author><first>Alan</first><last>Donovan</last></author>
             <author><first>Brian</first><last>Kernighan</last></author></authors>
    <price>39.99</price>
  </book>
  <book id="b2">
    <title>Go &amp; You</title>
    <authors><author><first>Ann</first><last>Other</last></author></authors>
    <price>12</price>
    <extra>ignored</extra>
  </book>
</library>`

func main() {
	var lib Library
	if err := xml.Unmarshal([]byte(input), &lib); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(lib.Name, len(lib.Books), lib.XMLName.Local)
	for _, b := range lib.Books {
		fmt.Printf("%s [%s] %q %.2f by", b.ID, b.Lang, b.Title, b.Price)
		for _, a := range b.Authors {
			fmt.Printf(" %s %s;", a.First, a.Last)
		}
		fmt.Println()
	}

	nb := Book{ID: "b3", Title: "Tags <&> Escapes", Authors: []Author{{"R", "Pike"}}, Price: 5.5, Comment: " new ", Internal: "hidden"}
	out, err := xml.MarshalIndent(nb, "", "  ")
	if err != nil {
		fmt.Println(err)
	}
	os.Stdout.Write([]byte(xml.Header))
	fmt.Println(string(out))

	err = xml.Unmarshal([]byte("<library><book>"), &lib)
	fmt.Println("error:", err)

	type Point struct {
		X int `xml:"x,attr"`
		Y int `xml:"y,attr"`
	}
	p, _ := xml.Marshal(struct {
		XMLName xml.Name `xml:"shape"`
		Points  []Point  `xml:"pt"`
	}{Points: []Point{{1, 2}, {3, 4}}})
	fmt.Println(string(p))
}
