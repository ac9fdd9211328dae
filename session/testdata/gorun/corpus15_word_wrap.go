package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
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

func center(s string, w int) string {
	pad := w - utf8.RuneCountInString(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

const text = `The quick brown fox jumps over the lazy dog. Pack my box with
five dozen liquor jugs. How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.`

func main() {
	for i, l := range wrap(text, 28) {
		fmt.Printf("%2d |%-28s|\n", i+1, l)
	}
	for _, l := range wrap(text, 40) {
		fmt.Printf("|%s|\n", justify(l, 40))
	}
	fmt.Printf("[%s]\n", center("título", 12))
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	n, longest := 0, ""
	for sc.Scan() {
		n++
		w := strings.Trim(sc.Text(), ".,!")
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println(n, longest)
	fmt.Println(len(wrap("", 10)), wrap("supercalifragilistic word", 5))
}
