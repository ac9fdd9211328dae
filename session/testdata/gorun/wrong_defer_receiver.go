package main

import "fmt"

type File struct{ name string }

func (f *File) Close() { fmt.Println("close", f.name) }

type Tag struct{ name string }

func (t Tag) Print(suffix string) { fmt.Println("tag", t.name+suffix) }
func (t *Tag) Rename(n string)    { t.name = n }

type Closer interface{ Close() }

func openAll() {
	for _, n := range []string{"a", "b", "c"} {
		f := &File{n}
		defer f.Close()
	}
	fmt.Println("opened all")
}

func reassigned() {
	f := &File{"first"}
	defer f.Close()
	t := Tag{"x"}
	defer t.Print("!")
	f = &File{"second"}
	t.name = "y"
}

func valuesInLoop() {
	var renames []func(string)
	var tags []*Tag
	for _, n := range []string{"p", "q"} {
		t := Tag{n}
		tags = append(tags, &t)
		renames = append(renames, t.Rename)
		defer t.Print("?")
	}
	for i, r := range renames {
		r(fmt.Sprint("renamed", i))
	}
	fmt.Println(tags[0].name, tags[1].name)
}

func interfaces() {
	for _, n := range []string{"i", "j"} {
		var c Closer = &File{n}
		defer c.Close()
	}
}

func makeDeferred(n string) func() {
	fmt.Println("made", n)
	return func() { fmt.Println("ran", n) }
}

func calls() {
	for _, n := range []string{"m", "n"} {
		defer makeDeferred(n)()
	}
}

func main() {
	openAll()
	reassigned()
	valuesInLoop()
	interfaces()
	calls()
}
