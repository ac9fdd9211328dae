package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Author struct {
	Name  string `xml:"name"`
	Email string `xml:"email,attr,omitempty"`
}

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []Author `xml:"authors>author"`
	Year    int      `xml:"year,omitempty"`
	Note    string   `xml:",comment"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Books   []Book   `xml:"book"`
}

func main() {
	b := Book{ID: "b1", Title: "The Go Programming Language",
		Authors: []Author{{Name: "Alan", Email: "a@example.com"}, {Name: "Brian"}},
		Year:    2015, Note: " classic "}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)

	compact, _ := xml.Marshal(Book{ID: "b2", Title: "Tom & Jerry <3>"})
	fmt.Println(xml.Header + string(compact))

	src := `<library>
  <book id="x"><title>One</title><authors><author email="e@x"><name>Ann</name></author></authors><year>2001</year></book>
  <book id="y"><title>Two</title><unknown>skip</unknown></book>
</library>`
	var lib Library
	if err := xml.Unmarshal([]byte(src), &lib); err != nil {
		fmt.Println(err)
		return
	}
	for _, bk := range lib.Books {
		fmt.Printf("%s %q %d authors=%d\n", bk.ID, bk.Title, bk.Year, len(bk.Authors))
		for _, a := range bk.Authors {
			fmt.Printf("  %s <%s>\n", a.Name, a.Email)
		}
	}
	fmt.Println(lib.XMLName.Local)

	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><c/></a>`))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Print("start:", t.Name.Local, len(t.Attr), " ")
		case xml.EndElement:
			fmt.Print("end:", t.Name.Local, " ")
		case xml.CharData:
			fmt.Printf("chars:%q ", string(t))
		}
	}
	fmt.Println()

	var broken Book
	err = xml.Unmarshal([]byte(`<book><title>unclosed</book>`), &broken)
	fmt.Println(err)
	enc := xml.NewEncoder(os.Stdout)
	enc.Encode(Author{Name: "Enc"})
	fmt.Println()
}
