package main

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Note    string   `xml:",comment"`
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	verbose := fs.Bool("v", false, "verbose")
	n := fs.Int("n", 1, "count")
	name := fs.String("name", "world", "who")
	timeout := fs.Duration("timeout", time.Second, "timeout")
	var tags listFlag
	fs.Var(&tags, "tag", "a tag (repeatable)")
	err := fs.Parse([]string{"-v", "-n=3", "--name", "gopher", "-tag", "a", "-tag", "b", "-timeout", "1m30s", "rest", "args"})
	fmt.Println(err, *verbose, *n, *name, *timeout, tags, fs.Args(), fs.NArg())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	err = fs.Parse([]string{"-n", "notanumber"})
	fmt.Println("err:", err)
	fs2 := flag.NewFlagSet("x", flag.ContinueOnError)
	fs2.SetOutput(io.Discard)
	fmt.Println(fs2.Parse([]string{"-unknown"}))

	b := Book{ID: "b1", Title: "The Go PL", Authors: []string{"Donovan", "Kernighan"}, Note: " classic "}
	out, _ := xml.MarshalIndent(b, "", "  ")
	fmt.Println(xml.Header + string(out))
	var back Book
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.ID, back.Title, back.Authors, back.XMLName.Local)

	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "data.txt"
	zw.ModTime = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	zw.Write([]byte(strings.Repeat("gopher ", 50)))
	zw.Close()
	zr, err := gzip.NewReader(&buf)
	fmt.Println(err, zr.Name, zr.ModTime.Year())
	plain, _ := io.ReadAll(zr)
	fmt.Println(len(plain), string(plain[:13]))

	t := template.Must(template.New("h").Parse(`<p title="{{.T}}">{{.B}}</p><a href="/q?x={{.Q}}">l</a>` + "\n"))
	t.Execute(os.Stdout, map[string]string{"T": `a "quote"`, "B": "<script>alert(1)</script>", "Q": "a b&c"})
	t.Execute(os.Stdout, struct{ T, B, Q string }{"t", "x & y", "?"})
}
