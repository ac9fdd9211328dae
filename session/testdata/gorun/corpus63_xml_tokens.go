package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

const feed = `<rss><channel>
<title>Go Blog</title>
<item><title>Range over func</title><category>lang</category></item>
<item><title>Go 1.22 released</title><category>release</category><category>lang</category></item>
<!-- skip me -->
<item><title>Profile-guided optimization</title></item>
</channel></rss>`

type Item struct {
	Title      string   `xml:"title"`
	Categories []string `xml:"category"`
}

func main() {
	d := xml.NewDecoder(strings.NewReader(feed))
	depth := 0
	var items []Item
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "item" {
				var it Item
				if err := d.DecodeElement(&it, &t); err != nil {
					fmt.Println("decode:", err)
					return
				}
				items = append(items, it)
				continue
			}
			fmt.Printf("%s<%s>\n", strings.Repeat(" ", depth), t.Name.Local)
			depth++
		case xml.EndElement:
			depth--
			fmt.Printf("%s</%s>\n", strings.Repeat(" ", depth), t.Name.Local)
		case xml.CharData:
			if s := strings.TrimSpace(string(t)); s != "" {
				fmt.Printf("%stext %q\n", strings.Repeat(" ", depth), s)
			}
		case xml.Comment:
			fmt.Printf("%scomment %q\n", strings.Repeat(" ", depth), strings.TrimSpace(string(t)))
		}
	}
	for i, it := range items {
		fmt.Printf("%d. %s %v\n", i+1, it.Title, it.Categories)
	}

	var sb strings.Builder
	enc := xml.NewEncoder(&sb)
	enc.Indent("", " ")
	start := xml.StartElement{Name: xml.Name{Local: "note"}, Attr: []xml.Attr{{Name: xml.Name{Local: "to"}, Value: "Tove & co"}}}
	enc.EncodeToken(start)
	enc.EncodeToken(xml.CharData("Don't forget <me>"))
	enc.EncodeToken(start.End())
	enc.Flush()
	fmt.Println(sb.String())
	var buf strings.Builder
	xml.EscapeText(&buf, []byte(`"a" < 'b'`))
	fmt.Println(buf.String())
}
