package main

import "fmt"

type reader interface{ read() string }
type writer interface{ write(s string) }
type readWriter interface {
	reader
	writer
}

type file struct{ data string }

func (f *file) read() string   { return f.data }
func (f *file) write(s string) { f.data += s }

type ro struct{ text string }

func (r ro) read() string { return r.text }

func kind(r reader) string {
	switch v := r.(type) {
	case readWriter:
		return "rw " + v.read()
	case *file:
		return "file"
	case ro:
		return "ro " + v.text
	}
	return "none"
}

func main() {
	f := &file{"a"}
	var rw readWriter = f
	fmt.Println(kind(rw), kind(f), kind(ro{"b"}), kind(reader(ro{"c"})))
	w, ok := reader(f).(writer)
	fmt.Println(ok)
	w.write("x")
	fmt.Println(f.data)
	_, ok = reader(ro{"d"}).(writer)
	fmt.Println(ok)
	var r reader = rw
	_, ok = r.(*file)
	fmt.Println("r.(*file)", ok)
	ff, ok := rw.(*file)
	fmt.Println("rw.(*file)", ff.data, ok)
	x, ok := r.(interface{ write(string) })
	fmt.Println("literal", ok)
	x.write("y")
	fmt.Println(f.data)
	switch v := r.(type) {
	case interface{ write(string) }:
		fmt.Println("switch literal")
		v.write("z")
	}
	fmt.Println(f.data)
	var a any = rw
	_, ok = a.(reader)
	fmt.Println("any reader", ok)
	_, ok = a.(*file)
	fmt.Println("any *file", ok)
	switch a.(type) {
	case writer:
		fmt.Println("any switch writer")
	}
}
