package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Book struct {
	XMLName  xml.Name `xml:"book"`
	ID       string   `xml:"id,attr"`
	Lang     string   `xml:"lang,attr,omitempty"`
	Title    string   `xml:"title"`
	Authors  []string `xml:"authors>author"`
	Price    float64  `xml:"price"`
	Comment  string   `xml:",comment"`
	Internal string   `xml:"-"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Name    string   `xml:"name,attr"`
	Books   []Book   `xml:"book"`
}

func main() {
	lib := Library{
		Name: "City",
		Books: []Book{
			{ID: "b1", Lang: "en", Title: "The Go Programming Language",
				Authors: []string{"Donovan", "Kernighan"}, Price: 39.99, Comment: " classic "},
			{ID: "b2", Title: "Concurrency in Go", Authors: []string{"Cox-Buday"}, Price: 29.5, Internal: "x"},
		},
	}
	out, err := xml.MarshalIndent(lib, "", "  ")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	os.Stdout.WriteString(xml.Header)
	fmt.Println(string(out))

	src := `<library name="Branch">
  <book id="x9" lang="fr">
    <title>Le Petit Prince</title>
    <authors><author>Saint-Exupéry</author></authors>
    <price>12.00</price>
    <extra>ignored</extra>
  </book>
  <book id="x10"><title>Untitled</title></book>
</library>`
	var back Library
	if err := xml.Unmarshal([]byte(src), &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("library:", back.Name, "books:", len(back.Books))
	for _, b := range back.Books {
		fmt.Printf("  %s [%s] %q by %v at %.2f\n", b.ID, b.Lang, b.Title, b.Authors, b.Price)
	}

	var broken Library
	err = xml.Unmarshal([]byte(`<library><book id="1"><title>x</book></library>`), &broken)
	fmt.Println("broken:", err)
}
