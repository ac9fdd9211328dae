package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, word := range strings.Fields(text) {
		if line.Len() > 0 && line.Len()+1+len(word) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(word)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	gaps := len(words) - 1
	spaces := width - len(strings.Join(words, ""))
	var b strings.Builder
	for i, w := range words {
		b.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			b.WriteString(strings.Repeat(" ", n))
		}
	}
	return b.String()
}

func center(s string, width int) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	text := `Go is an open source programming language that makes it simple to build
	secure, scalable systems. It was designed at Google in 2007 to improve programming
	productivity in an era of multicore, networked machines and large codebases.`

	const width = 32
	fmt.Println("+" + strings.Repeat("-", width) + "+")
	fmt.Println("|" + center("ABOUT GO", width) + "|")
	fmt.Println("+" + strings.Repeat("-", width) + "+")
	lines := wrap(text, width)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, width)
		}
		fmt.Printf("|%-*s|\n", width, l)
	}
	fmt.Println("+" + strings.Repeat("-", width) + "+")

	for _, w := range []int{10, 20} {
		fmt.Printf("width %d: %q\n", w, wrap("a bb ccc dddd eeeee supercalifragilistic x", w))
	}
	fmt.Printf("[%8s][%-8s][%8.3s]\n", "right", "left", "truncate")
	fmt.Println(strings.Title("deprecated but common"), strings.TrimSpace("\t pad \n"))
}
