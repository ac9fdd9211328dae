package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

const doc = "# Getting Started\n\nWelcome to **gophers**, a _tiny_ guide.\n\n## Install\n\n1. Download the `go` tarball\n2. Read [the docs](https://go.dev/doc)\n- unordered *item*\n* another item\n\n> Quotes are kept\n> across lines\n\n```go\nfmt.Println(\"**not bold**\")\n```\n\n---\nDone. ![logo](logo.png)\n"

var (
	boldRe   = regexp.MustCompile(`\*\*(.+?)\*\*`)
	italicRe = regexp.MustCompile(`[*_](.+?)[*_]`)
	codeRe   = regexp.MustCompile("`([^`]+)`")
	imageRe  = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	linkRe   = regexp.MustCompile(`\[([^\]]+)\]\(([^)]+)\)`)
	olRe     = regexp.MustCompile(`^\d+\.\s+`)
)

func inline(s string) string {
	s = imageRe.ReplaceAllString(s, "[image: $1]")
	s = linkRe.ReplaceAllString(s, "$1 <$2>")
	s = codeRe.ReplaceAllString(s, "'$1'")
	s = boldRe.ReplaceAllStringFunc(s, func(m string) string {
		return strings.ToUpper(m[2 : len(m)-2])
	})
	s = italicRe.ReplaceAllString(s, "$1")
	return s
}

func toText(md string) string {
	var out strings.Builder
	sc := bufio.NewScanner(strings.NewReader(md))
	inCode := false
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```"):
			inCode = !inCode
			continue
		case inCode:
			out.WriteString("    " + line + "\n")
		case strings.HasPrefix(trimmed, "#"):
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			title := inline(strings.TrimSpace(trimmed[level:]))
			out.WriteString(title + "\n")
			under := "="
			if level > 1 {
				under = "-"
			}
			out.WriteString(strings.Repeat(under, len(title)) + "\n")
		case trimmed == "---":
			out.WriteString(strings.Repeat("~", 20) + "\n")
		case strings.HasPrefix(trimmed, "- "), strings.HasPrefix(trimmed, "* "):
			out.WriteString("  • " + inline(trimmed[2:]) + "\n")
		case olRe.MatchString(trimmed):
			num := strings.TrimRight(olRe.FindString(trimmed), " ")
			out.WriteString("  " + num + " " + inline(olRe.ReplaceAllString(trimmed, "")) + "\n")
		case strings.HasPrefix(trimmed, ">"):
			out.WriteString("  | " + inline(strings.TrimSpace(trimmed[1:])) + "\n")
		default:
			out.WriteString(inline(line) + "\n")
		}
	}
	return out.String()
}

func main() {
	text := toText(doc)
	fmt.Print(text)
	fmt.Println(strings.Count(text, "\n"), "lines")
}
