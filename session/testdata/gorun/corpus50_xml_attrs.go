package main

import (
	"encoding/xml"
	"fmt"
)

type Author struct {
	Name  string `xml:"name"`
	Email string `xml:"email,omitempty"`
}

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Title   string   `xml:"title"`
	Authors []Author `xml:"authors>author"`
	Price   float64  `xml:"price"`
	Note    string   `xml:",comment"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Books   []Book   `xml:"book"`
}

func main() {
	b := Book{ID: "b1", Lang: "en", Title: "Go & XML", Authors: []Author{{Name: "Ann", Email: "ann@x"}, {Name: "Bo"}}, Price: 12.5, Note: " sample "}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)

	doc := `<?xml version="1.0"?>
<library>
  <book id="b2"><title>First</title><authors><author><name>Cy</name></author></authors><price>3</price></book>
  <book id="b3" lang="fr"><title>Second</title><price>4.75</price></book>
</library>`
	var lib Library
	if err := xml.Unmarshal([]byte(doc), &lib); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, bk := range lib.Books {
		fmt.Printf("%s lang=%q %s authors=%d price=%.2f\n", bk.ID, bk.Lang, bk.Title, len(bk.Authors), bk.Price)
	}
	fmt.Println(lib.XMLName.Local)
	err = xml.Unmarshal([]byte("<library><book>"), &lib)
	fmt.Println("bad:", err)
}
