package main

import "fmt"

type reader interface{ read() string }
type writer interface{ write(s string) }

type file struct{ data string }

func (f *file) read() string   { return f.data }
func (f *file) write(s string) { f.data += s }

type ro struct{ text string }

func (r ro) read() string { return r.text }

func kind(a any) string {
	switch v := a.(type) {
	case writer:
		return "writer"
	case reader:
		return "reader " + v.read()
	}
	return "none"
}

func kind2(a any) string {
	switch a.(type) {
	case writer:
		return "writer"
	case reader:
		return "reader"
	}
	return "none"
}

func main() {
	var a any = ro{"x"}
	fmt.Println(kind(a), kind2(a), kind(ro{"y"}), kind(&file{"z"}), kind(3))
	_, ok := a.(writer)
	fmt.Println(ok)
	items := []any{ro{"p"}, &file{"q"}, "s"}
	for _, it := range items {
		fmt.Println(kind(it), kind2(it))
	}
}
