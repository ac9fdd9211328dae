package main

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
)

func main() {
	inputs := []string{
		`<img src="x" onerror='alert(1)'>`,
		"Fish & Chips",
		"5 > 3 && 2 < 4",
		"plain text",
	}
	for _, s := range inputs {
		e := html.EscapeString(s)
		fmt.Println(e)
		fmt.Println("  roundtrip:", html.UnescapeString(e) == s)
	}
	fmt.Println(html.UnescapeString("&lt;p&gt; caf&eacute; &#x1F600; &#169; &amp;amp; &nosuch;"))

	fmt.Println(template.HTMLEscapeString(`"quoted" & <tag>`))
	fmt.Println(template.JSEscapeString(`it's "js" </script>`))
	fmt.Println(template.URLQueryEscaper("a b&c=d", "/é"))
	fmt.Println(template.HTMLEscaper("<", 42, true))
	fmt.Println(url.QueryEscape(html.UnescapeString("&lt;x&gt;")))
}
