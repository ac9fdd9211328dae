package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
)

type Recipient struct {
	Name, Gift string
	Attended   bool
	Tags       []string
}

func main() {
	const letter = `
Dear {{.Name}},
{{if .Attended}}
It was a pleasure to see you at the wedding.
{{- else}}
It is a shame you couldn't make it to the wedding.
{{- end}}
{{with .Gift -}}
Thank you for the lovely {{.}}.
{{end}}
{{- range $i, $t := .Tags}}{{if $i}}, {{end}}{{$t | upper}}{{end}}
Best wishes,
Josie
`
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("letter").Funcs(funcs).Parse(letter))
	recipients := []Recipient{
		{"Aunt Mildred", "bone china tea set", true, []string{"family", "tea"}},
		{"Uncle John", "moleskin pants", false, nil},
		{"Cousin Rodney", "", false, []string{"late"}},
	}
	for _, r := range recipients {
		if err := t.Execute(os.Stdout, r); err != nil {
			fmt.Println("executing template:", err)
		}
	}

	t2 := template.Must(template.New("list").Funcs(funcs).Parse(
		`{{range $i, $e := .}}{{add $i 1}}. {{printf "%-6s" $e.Name}}|{{len $e.Tags}}{{"\n"}}{{end}}` +
			`{{join (index . 0).Tags "+"}} {{(index . 0).Name | printf "%q"}} {{if and .  (gt (len .) 2)}}many{{end}}` + "\n"))
	if err := t2.Execute(os.Stdout, recipients); err != nil {
		fmt.Println(err)
	}
	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println(err != nil)
	err = template.Must(template.New("x").Parse("{{.Missing}}\n")).Execute(io.Discard, recipients[0])
	fmt.Println(err)

	in := `first_name,last_name,username
"Rob","Pike",rob
Ken,Thompson,ken
"Robert","Griesemer","gri"
`
	r := csv.NewReader(strings.NewReader(in))
	for {
		record, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(record, len(record))
	}
	r2 := csv.NewReader(strings.NewReader("a;b;c\n# comment\nd;e;f\n"))
	r2.Comma = ';'
	r2.Comment = '#'
	records, err := r2.ReadAll()
	fmt.Println(records, err)
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)

	w := csv.NewWriter(os.Stdout)
	for _, rec := range [][]string{{"name", "quote"}, {"Rob", `says "hi", then leaves`}, {"Ken", "multi\nline"}} {
		if err := w.Write(rec); err != nil {
			fmt.Println(err)
		}
	}
	w.Flush()
	fmt.Println(w.Error())
}
