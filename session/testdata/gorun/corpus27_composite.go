package main

import (
	"fmt"
	"strings"
)

type Component interface {
	Name() string
	Size() int64
	Print(indent int)
}

type File struct {
	name string
	size int64
}

func (f *File) Name() string { return f.name }
func (f *File) Size() int64  { return f.size }
func (f *File) Print(indent int) {
	fmt.Printf("%s%s (%d)\n", strings.Repeat("  ", indent), f.name, f.size)
}

type Dir struct {
	name     string
	children []Component
}

func (d *Dir) Name() string { return d.name + "/" }
func (d *Dir) Size() int64 {
	var total int64
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}
func (d *Dir) Print(indent int) {
	fmt.Printf("%s%s [%d]\n", strings.Repeat("  ", indent), d.Name(), d.Size())
	for _, c := range d.children {
		c.Print(indent + 1)
	}
}

func (d *Dir) Add(cs ...Component) *Dir {
	d.children = append(d.children, cs...)
	return d
}

func walk(c Component, path string, fn func(path string, c Component)) {
	p := path + c.Name()
	fn(p, c)
	if d, ok := c.(*Dir); ok {
		for _, ch := range d.children {
			walk(ch, p, fn)
		}
	}
}

func main() {
	root := (&Dir{name: "root"}).Add(
		&File{"README.md", 1200},
		(&Dir{name: "src"}).Add(
			&File{"main.go", 3400},
			&File{"util.go", 800},
			(&Dir{name: "internal"}).Add(&File{"x.go", 100}),
		),
		&Dir{name: "empty"},
	)
	root.Print(0)
	fmt.Println("total:", root.Size())

	var files, dirs int
	walk(root, "", func(p string, c Component) {
		switch c.(type) {
		case *File:
			files++
			if c.Size() > 1000 {
				fmt.Println("big:", p)
			}
		case *Dir:
			dirs++
		}
	})
	fmt.Println(files, "files,", dirs, "dirs")
}
