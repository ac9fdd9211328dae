package main

import (
	"fmt"
	"strings"
)

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

type Command interface {
	Execute(d *Document)
	Undo(d *Document)
}

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Execute(d *Document) {
	rest := append([]rune(c.Text), d.text[c.Pos:]...)
	d.text = append(d.text[:c.Pos], rest...)
}

func (c Insert) Undo(d *Document) {
	n := len([]rune(c.Text))
	d.text = append(d.text[:c.Pos], d.text[c.Pos+n:]...)
}

type Delete struct {
	Pos, N  int
	removed []rune
}

func (c *Delete) Execute(d *Document) {
	c.removed = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}

func (c *Delete) Undo(d *Document) {
	Insert{c.Pos, string(c.removed)}.Execute(d)
}

type Editor struct {
	doc        Document
	undo, redo []Command
}

func (e *Editor) Do(c Command) {
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = nil
}

func (e *Editor) Undo() bool {
	if len(e.undo) == 0 {
		return false
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return true
}

func (e *Editor) Redo() bool {
	if len(e.redo) == 0 {
		return false
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	return true
}

func main() {
	ed := &Editor{}
	ed.Do(Insert{0, "Hello world"})
	ed.Do(Insert{5, ","})
	ed.Do(&Delete{Pos: 7, N: 5})
	ed.Do(Insert{7, "Gophers ☺"})
	fmt.Printf("%q\n", ed.doc.String())
	for ed.Undo() {
		fmt.Printf("undo -> %q\n", &ed.doc)
	}
	ed.Redo()
	ed.Redo()
	fmt.Println("redo x2:", &ed.doc, len(ed.undo), len(ed.redo))
	ed.Do(Insert{len(ed.doc.text), "!"})
	fmt.Println(ed.Redo(), strings.ToUpper(ed.doc.String()))
	for i, c := range ed.undo {
		fmt.Printf("%d %T %+v\n", i, c, c)
	}
}
