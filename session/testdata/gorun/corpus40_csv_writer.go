package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
)

type Sale struct {
	Region string  `csv:"region"`
	Month  int     `csv:"month"`
	Amount float64 `csv:"amount"`
	Note   string  `csv:"note"`
}

func header(t reflect.Type) []string {
	h := make([]string, t.NumField())
	for i := range h {
		h[i] = t.Field(i).Tag.Get("csv")
	}
	return h
}

func record(v reflect.Value) []string {
	r := make([]string, v.NumField())
	for i := range r {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Float64:
			r[i] = strconv.FormatFloat(f.Float(), 'f', 2, 64)
		default:
			r[i] = fmt.Sprint(f.Interface())
		}
	}
	return r
}

func main() {
	sales := []Sale{
		{"north", 1, 1200.5, ""},
		{"south", 1, 980, "includes \"promo\""},
		{"east", 2, 1500.25, "new, big client"},
		{"west", 2, 0, "line1\nline2"},
	}
	dir, err := os.MkdirTemp("", "corpus40csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "sales.csv")
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := csv.NewWriter(f)
	w.Write(header(reflect.TypeOf(Sale{})))
	for _, s := range sales {
		if err := w.Write(record(reflect.ValueOf(s))); err != nil {
			fmt.Println("write:", err)
		}
	}
	w.Flush()
	fmt.Println("flush error:", w.Error())
	f.Close()

	raw, _ := os.ReadFile(path)
	fmt.Print(string(raw))
	fmt.Println("bytes:", len(raw))

	f2, _ := os.Open(path)
	defer f2.Close()
	rows, err := csv.NewReader(f2).ReadAll()
	fmt.Println("rows:", len(rows), "err:", err)
	for _, r := range rows[1:] {
		fmt.Printf("%q\n", r)
	}

	tw := csv.NewWriter(os.Stdout)
	tw.Comma = '\t'
	tw.WriteAll([][]string{{"a", "b c"}, {"d\te", "f"}})
}
