package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"
)

func wordFreq(text string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;!?")
		if w != "" {
			m[w]++
		}
	}
	return m
}

func main() {
	text := "The quick brown fox. The lazy dog! The fox jumps; the dog sleeps, quick quick."
	freq := wordFreq(text)
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})

	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 1, ' ', tabwriter.TabIndent)
	fmt.Fprintln(tw, "rank\tword\tcount\tbar")
	for i, e := range list {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\n", i+1, e.k, e.v, strings.Repeat("#", e.v))
	}
	tw.Flush()
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	fmt.Println("lines:", len(lines))
	for _, l := range lines {
		fmt.Printf("|%s|\n", l)
	}

	var b2 strings.Builder
	tw2 := tabwriter.NewWriter(&b2, 0, 8, 1, '\t', tabwriter.FilterHTML)
	fmt.Fprintln(tw2, "<b>x</b>\ty\tz")
	fmt.Fprintln(tw2, "&amp;\tlonger cell\t1")
	tw2.Flush()
	fmt.Printf("%q\n", b2.String())
}
