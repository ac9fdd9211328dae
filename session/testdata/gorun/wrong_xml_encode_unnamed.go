package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type feed struct {
	Version string  `xml:"version,attr"`
	Items   []entry `xml:"item"`
}

type entry struct {
	Title string `xml:"title"`
	Link  string `xml:"link,omitempty"`
}

type Tagged struct {
	XMLName xml.Name `xml:"tagged"`
	N       int
}

func main() {
	var sb strings.Builder
	enc := xml.NewEncoder(&sb)
	f := feed{Version: "2.0", Items: []entry{{"one", "/1"}, {Title: "two"}}}
	if err := enc.Encode(f); err != nil {
		fmt.Println(err)
	}
	enc.Encode(&f)
	enc.Encode(f.Items)
	enc.Encode(Tagged{N: 3})
	var none *entry
	fmt.Println(enc.Encode(none))
	enc.Flush()
	fmt.Println(sb.String())

	out := xml.NewEncoder(os.Stdout)
	out.Indent("", " ")
	out.Encode([]*entry{{Title: "ptr"}})
	fmt.Println()
}
