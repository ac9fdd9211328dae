package main

import (
	"container/list"
	"fmt"
	"strings"
)

type Song struct {
	Title  string
	Artist string
	Secs   int
}

func (s Song) String() string {
	return fmt.Sprintf("%s - %s (%d:%02d)", s.Artist, s.Title, s.Secs/60, s.Secs%60)
}

func show(label string, l *list.List) {
	var titles []string
	for e := l.Front(); e != nil; e = e.Next() {
		titles = append(titles, e.Value.(Song).Title)
	}
	fmt.Printf("%-8s %d: %s\n", label, l.Len(), strings.Join(titles, ", "))
}

func find(l *list.List, title string) *list.Element {
	for e := l.Front(); e != nil; e = e.Next() {
		if e.Value.(Song).Title == title {
			return e
		}
	}
	return nil
}

func total(l *list.List) (secs int) {
	for e := l.Front(); e != nil; e = e.Next() {
		secs += e.Value.(Song).Secs
	}
	return
}

func main() {
	pl := list.New()
	pl.PushBack(Song{"Blue", "Ana", 201})
	pl.PushBack(Song{"Red", "Ben", 185})
	first := pl.PushFront(Song{"Intro", "Ana", 59})
	pl.InsertAfter(Song{"Green", "Cy", 240}, first)
	show("start", pl)

	red := find(pl, "Red")
	pl.MoveToFront(red)
	show("red 1st", pl)
	pl.MoveAfter(first, red)
	pl.MoveToBack(find(pl, "Green"))
	show("moved", pl)

	bonus := list.New()
	bonus.PushBack(Song{"Live", "Dee", 300})
	bonus.PushBack(Song{"Demo", "Dee", 95})
	pl.PushBackList(bonus)
	pl.PushFrontList(bonus)
	show("bonus", pl)

	// Remove every Dee song from the front half.
	for e := pl.Front(); e != nil; {
		next := e.Next()
		if e.Value.(Song).Artist == "Dee" && e != pl.Back() && e != pl.Back().Prev() {
			v := pl.Remove(e)
			fmt.Printf("removed %v (%T)\n", v, v)
		}
		e = next
	}
	show("trimmed", pl)
	fmt.Printf("total %d secs\n", total(pl))

	// Elements hold copies: changing the value needs a new one.
	e := find(pl, "Blue")
	s := e.Value.(Song)
	s.Secs = 1
	fmt.Println(e.Value, "|", s)
	e.Value = s
	fmt.Println(e.Value)

	fmt.Println(pl.Front().Value, pl.Back().Value)
	fmt.Printf("%v|%+v\n", pl.Front().Value, pl.Back().Value.(Song))
	for e := pl.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(Song).Title[:1])
	}
	fmt.Println()
	var empty list.List
	fmt.Println(empty.Len(), empty.Front() == nil)
	empty.PushBack(1)
	fmt.Println(empty.Len(), empty.Front().Value)
}
