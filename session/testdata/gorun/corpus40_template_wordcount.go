package main

import (
	"os"
	"sort"
	"strings"
	"text/template"
	"unicode"
)

type WordCount struct {
	Word  string
	Count int
}

type Report struct {
	Source string
	Total  int
	Top    []WordCount
}

func (r Report) Percent(c int) float64 { return 100 * float64(c) / float64(r.Total) }

func count(text string) Report {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	var wc []WordCount
	for w, c := range freq {
		wc = append(wc, WordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})
	if len(wc) > 5 {
		wc = wc[:5]
	}
	return Report{Total: len(words), Top: wc}
}

const tpl = `Source: {{.Source}} ({{.Total}} words)
{{range $i, $w := .Top -}}
{{printf "%2d" (inc $i)}}. {{printf "%-6s" $w.Word}} {{bar $w.Count}} {{$w.Count}} ({{printf "%.1f" ($.Percent $w.Count)}}%)
{{end -}}
`

func main() {
	text := `The gopher dug a hole. The hole was deep, and the gopher
was proud of the hole. A gopher's hole is a gopher's home.`
	r := count(text)
	r.Source = "gopher.txt"
	t := template.Must(template.New("r").Funcs(template.FuncMap{
		"inc": func(i int) int { return i + 1 },
		"bar": func(n int) string { return strings.Repeat("#", n) },
	}).Parse(tpl))
	if err := t.Execute(os.Stdout, r); err != nil {
		panic(err)
	}
}
