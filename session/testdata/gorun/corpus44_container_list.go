package main

import (
	"container/list"
	"fmt"
)

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)

	l.MoveToBack(e1)
	printList(l)
	l.MoveToFront(e4)
	printList(l)
	l.Remove(e4)
	fmt.Println("len:", l.Len(), "front:", l.Front().Value, "back:", l.Back().Value)

	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(int)*10, " ")
	}
	fmt.Println()

	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	printList(l)

	// Removing while iterating needs the next element saved first.
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, isString := e.Value.(string); isString {
			l.Remove(e)
		}
		e = next
	}
	printList(l)
}
