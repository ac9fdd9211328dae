package main

import (
	"encoding/xml"
	"fmt"
	"sort"
	"strings"
)

type Feed struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Channel struct {
		Title string `xml:"title"`
		Items []struct {
			Title    string   `xml:"title"`
			Link     string   `xml:"link"`
			Category []string `xml:"category"`
			Guid     struct {
				Value     string `xml:",chardata"`
				Permalink bool   `xml:"isPermaLink,attr"`
			} `xml:"guid"`
		} `xml:"item"`
	} `xml:"channel"`
}

const rss = `<?xml version="1.0"?>
<rss version="2.0">
 <channel>
  <title>Go Blog</title>
  <item>
   <title>Range over func</title>
   <link>https://example.com/rangefunc</link>
   <category>language</category><category>iterators</category>
   <guid isPermaLink="true">https://example.com/rangefunc</guid>
  </item>
  <item>
   <title>Structured logging &amp; slog</title>
   <link>https://example.com/slog</link>
   <category>library</category>
   <guid>slog-1</guid>
  </item>
 </channel>
</rss>`

func main() {
	var f Feed
	if err := xml.Unmarshal([]byte(rss), &f); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s (rss %s), %d items\n", f.Channel.Title, f.Version, len(f.Channel.Items))
	cats := map[string]int{}
	for _, it := range f.Channel.Items {
		fmt.Printf("* %s\n  %s\n  guid=%s permalink=%v\n", it.Title, it.Link, it.Guid.Value, it.Guid.Permalink)
		for _, c := range it.Category {
			cats[c]++
		}
	}
	var names []string
	for c := range cats {
		names = append(names, c)
	}
	sort.Strings(names)
	fmt.Println("categories:", strings.Join(names, ", "))

	// Token-level walk.
	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>hi</b><c/></a>`))
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Printf("%sstart %s attrs=%d\n", strings.Repeat("  ", depth), t.Name.Local, len(t.Attr))
			depth++
		case xml.EndElement:
			depth--
			fmt.Printf("%send %s\n", strings.Repeat("  ", depth), t.Name.Local)
		case xml.CharData:
			fmt.Printf("%stext %q\n", strings.Repeat("  ", depth), string(t))
		}
	}
}
