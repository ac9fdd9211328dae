package main

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

var (
	boldRe = regexp.MustCompile(`\*\*(.+?)\*\*`)
	codeRe = regexp.MustCompile("`([^`]+)`")
	linkRe = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<b>$1</b>")
	s = linkRe.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return s
}

func render(md string) string {
	var out strings.Builder
	inList := false
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(line)
		if inList && !strings.HasPrefix(trimmed, "- ") {
			out.WriteString("</ul>\n")
			inList = false
		}
		switch {
		case trimmed == "":
			continue
		case strings.HasPrefix(trimmed, "#"):
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			fmt.Fprintf(&out, "<h%d>%s</h%d>\n", level, inline(strings.TrimSpace(trimmed[level:])), level)
		case strings.HasPrefix(trimmed, "- "):
			if !inList {
				out.WriteString("<ul>\n")
				inList = true
			}
			fmt.Fprintf(&out, "  <li>%s</li>\n", inline(trimmed[2:]))
		default:
			fmt.Fprintf(&out, "<p>%s</p>\n", inline(trimmed))
		}
	}
	if inList {
		out.WriteString("</ul>\n")
	}
	return out.String()
}

func main() {
	doc := `# Getting **started**

Install Go from [the site](https://go.dev/dl) & run ` + "`go version`" + `.

## Steps
- write ` + "`main.go`" + `
- run **go run .**
- profit <3

Done.`
	fmt.Print(render(doc))
}
