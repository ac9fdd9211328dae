package main

import (
	"fmt"
	"strings"
)

type Editor struct {
	content string
	cursor  int
}

type Memento struct {
	content string
	cursor  int
}

func (e *Editor) Type(s string) {
	e.content = e.content[:e.cursor] + s + e.content[e.cursor:]
	e.cursor += len(s)
}

func (e *Editor) Move(n int) {
	e.cursor = max(0, min(len(e.content), e.cursor+n))
}

func (e *Editor) Save() Memento     { return Memento{e.content, e.cursor} }
func (e *Editor) Restore(m Memento) { e.content, e.cursor = m.content, m.cursor }
func (e *Editor) String() string {
	return e.content[:e.cursor] + "|" + e.content[e.cursor:]
}

type History struct {
	snaps []Memento
}

func (h *History) Push(m Memento) { h.snaps = append(h.snaps, m) }
func (h *History) Pop() (Memento, bool) {
	if len(h.snaps) == 0 {
		return Memento{}, false
	}
	m := h.snaps[len(h.snaps)-1]
	h.snaps = h.snaps[:len(h.snaps)-1]
	return m, true
}

func main() {
	ed := &Editor{}
	var h History
	steps := []func(){
		func() { ed.Type("Hello") },
		func() { ed.Type(" World") },
		func() { ed.Move(-6) },
		func() { ed.Type(",") },
		func() { ed.Move(100) },
		func() { ed.Type("!") },
	}
	for i, step := range steps {
		h.Push(ed.Save())
		step()
		fmt.Printf("step %d: %v\n", i, ed)
	}
	for range 3 {
		m, _ := h.Pop()
		ed.Restore(m)
		fmt.Println("undo:", ed)
	}
	clear(h.snaps[:1])
	fmt.Printf("%q\n", h.snaps[0].content)
	fmt.Println(strings.Count(ed.content, "l"), len(h.snaps))
	for {
		if _, ok := h.Pop(); !ok {
			break
		}
	}
	_, ok := h.Pop()
	fmt.Println("empty:", !ok)
}
