package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

type List[T any] struct {
	head, tail *Node[T]
	n          int
}

func (l *List[T]) PushBack(v T) *List[T] {
	nd := &Node[T]{Val: v}
	if l.tail == nil {
		l.head, l.tail = nd, nd
	} else {
		l.tail.Next = nd
		l.tail = nd
	}
	l.n++
	return l
}

func (l *List[T]) PushFront(v T) *List[T] {
	l.head = &Node[T]{Val: v, Next: l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.n++
	return l
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for nd := l.head; nd != nil; nd = nd.Next {
			if !yield(i, nd.Val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *Node[T]
	l.tail = l.head
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for p := &l.head; *p != nil; {
		if pred((*p).Val) {
			*p = (*p).Next
			removed++
			l.n--
		} else {
			p = &(*p).Next
		}
	}
	l.tail = nil
	for nd := l.head; nd != nil; nd = nd.Next {
		l.tail = nd
	}
	return removed
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, v := range l.All() {
		if i > 0 {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteString("]")
	return sb.String()
}

type Song struct {
	Title string
	Secs  int
}

func (s Song) String() string { return fmt.Sprintf("%s(%d:%02d)", s.Title, s.Secs/60, s.Secs%60) }

func main() {
	l := &List[int]{}
	l.PushBack(2).PushBack(3).PushFront(1).PushBack(4)
	fmt.Println(l, l.n)
	l.Reverse()
	fmt.Println(l, l.head.Val, l.tail.Val)
	fmt.Println("removed", l.RemoveIf(func(v int) bool { return v%2 == 0 }), l)
	l.PushBack(9)
	fmt.Println(l, l.tail.Val, l.n)

	var playlist List[Song]
	playlist.PushBack(Song{"Intro", 65}).PushBack(Song{"Theme", 241}).PushBack(Song{"Outro", 30})
	fmt.Println(&playlist)
	total := 0
	for i, s := range playlist.All() {
		if s.Secs < 60 {
			fmt.Println("short song at", i)
			break
		}
		total += s.Secs
	}
	fmt.Println("total before short:", total)
	playlist.RemoveIf(func(s Song) bool { return strings.HasPrefix(s.Title, "I") })
	fmt.Printf("%v %d\n", &playlist, playlist.n)
	fmt.Println(playlist.head.Val, *playlist.head.Next)

	var empty List[string]
	empty.Reverse()
	fmt.Println(&empty, empty.RemoveIf(func(string) bool { return true }), empty.head == nil)
}
