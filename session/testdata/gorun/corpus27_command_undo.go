package main

import (
	"fmt"
	"strings"
)

type Command interface {
	Execute(doc *Document)
	Undo(doc *Document)
	fmt.Stringer
}

type Document struct {
	text []rune
}

func (d *Document) String() string { return string(d.text) }

type Insert struct {
	Pos  int
	Text string
}

func (c Insert) Execute(d *Document) {
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
}
func (c Insert) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], d.text[c.Pos+len([]rune(c.Text)):]...)
}
func (c Insert) String() string { return fmt.Sprintf("insert %q at %d", c.Text, c.Pos) }

type Delete struct {
	Pos, N  int
	deleted string
}

func (c *Delete) Execute(d *Document) {
	c.deleted = string(d.text[c.Pos : c.Pos+c.N])
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}
func (c *Delete) Undo(d *Document) {
	Insert{c.Pos, c.deleted}.Execute(d)
}
func (c *Delete) String() string { return fmt.Sprintf("delete %d at %d (%q)", c.N, c.Pos, c.deleted) }

type Editor struct {
	doc  Document
	undo []Command
	redo []Command
}

func (e *Editor) Run(c Command) {
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = e.redo[:0]
	fmt.Printf("%-30v -> %q\n", c, e.doc.String())
}

func (e *Editor) Undo() {
	if len(e.undo) == 0 {
		fmt.Println("nothing to undo")
		return
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	fmt.Printf("undo %-25v -> %q\n", c, &e.doc)
}

func (e *Editor) Redo() {
	if len(e.redo) == 0 {
		fmt.Println("nothing to redo")
		return
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	fmt.Printf("redo %-25v -> %q\n", c, &e.doc)
}

func main() {
	e := &Editor{}
	e.Run(Insert{0, "hello"})
	e.Run(Insert{5, " world"})
	e.Run(&Delete{Pos: 0, N: 1})
	e.Run(Insert{0, "J"})
	e.Undo()
	e.Undo()
	e.Redo()
	e.Undo()
	e.Undo()
	e.Undo()
	e.Undo()
	e.Redo()
	fmt.Println(strings.ToUpper(e.doc.String()), len(e.undo), len(e.redo))
	fmt.Println(e.undo)
}
