package main

import (
	"errors"
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
	Name() string
}

type Insert struct {
	Pos  int
	Text string
}

func (c *Insert) Execute(d *Document) {
	r := []rune(c.Text)
	d.text = append(d.text[:c.Pos], append(r, d.text[c.Pos:]...)...)
}

func (c *Insert) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], d.text[c.Pos+len([]rune(c.Text)):]...)
}

func (c *Insert) Name() string { return fmt.Sprintf("insert(%d,%q)", c.Pos, c.Text) }

type Delete struct {
	Pos, N  int
	deleted []rune
}

func (c *Delete) Execute(d *Document) {
	c.deleted = append([]rune(nil), d.text[c.Pos:c.Pos+c.N]...)
	d.text = append(d.text[:c.Pos], d.text[c.Pos+c.N:]...)
}

func (c *Delete) Undo(d *Document) {
	d.text = append(d.text[:c.Pos], append(c.deleted, d.text[c.Pos:]...)...)
}

func (c *Delete) Name() string { return fmt.Sprintf("delete(%d,%d)", c.Pos, c.N) }

type Editor struct {
	doc        Document
	undo, redo []Command
}

var ErrNothing = errors.New("nothing to do")

func (e *Editor) Do(c Command) {
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	e.redo = nil
}

func (e *Editor) Undo() error {
	if len(e.undo) == 0 {
		return fmt.Errorf("undo: %w", ErrNothing)
	}
	c := e.undo[len(e.undo)-1]
	e.undo = e.undo[:len(e.undo)-1]
	c.Undo(&e.doc)
	e.redo = append(e.redo, c)
	return nil
}

func (e *Editor) Redo() error {
	if len(e.redo) == 0 {
		return fmt.Errorf("redo: %w", ErrNothing)
	}
	c := e.redo[len(e.redo)-1]
	e.redo = e.redo[:len(e.redo)-1]
	c.Execute(&e.doc)
	e.undo = append(e.undo, c)
	return nil
}

func main() {
	var e Editor
	e.Do(&Insert{0, "hello"})
	e.Do(&Insert{5, " world"})
	e.Do(&Delete{Pos: 0, N: 1})
	e.Do(&Insert{0, "Hé"})
	fmt.Printf("%q\n", e.doc.String())
	for i := 0; i < 5; i++ {
		if err := e.Undo(); err != nil {
			fmt.Println(err, errors.Is(err, ErrNothing))
			break
		}
		fmt.Printf("undo -> %q\n", e.doc.String())
	}
	e.Redo()
	e.Redo()
	fmt.Printf("redo x2 -> %q\n", &e.doc)
	names := make([]string, len(e.undo))
	for i, c := range e.undo {
		names[i] = c.Name()
	}
	fmt.Println(strings.Join(names, " "))
	e.Do(&Insert{0, ">"})
	fmt.Println(e.Redo())
}
