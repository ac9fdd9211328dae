package main

import (
	"encoding/json"
	"fmt"
)

// The cell layer tags unexported fields so that encoding/json skips them;
// %T and %#v print the tags the program wrote, and only those.
type Row struct {
	ID     int `json:"id"`
	secret string
	note   string `json:"-"`
	code   int    `xml:"c" json:"-"`
}

func main() {
	anon := struct {
		A    int
		b    string
		c    int  `json:"-"`
		d    bool `xml:"d"`
		Tags []struct{ e string }
	}{A: 1, b: "x"}
	fmt.Printf("%T\n%#v\n", anon, anon)
	var boxed any = anon
	fmt.Printf("%T\n", boxed)
	r := Row{ID: 7, secret: "s"}
	fmt.Printf("%#v\n", r)
	fmt.Printf("%T\n", []struct {
		n int `json:"n"`
	}{})
	out, _ := json.Marshal(r)
	fmt.Println(string(out))
	out, _ = json.Marshal(anon)
	fmt.Println(string(out))
}
