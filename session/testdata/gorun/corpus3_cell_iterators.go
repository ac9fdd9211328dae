package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Task struct {
	ID    int
	Title string
	Done  bool
}

func (t Task) String() string {
	mark := " "
	if t.Done {
		mark = "x"
	}
	return fmt.Sprintf("[%s] %d %s", mark, t.ID, t.Title)
}

type TaskList struct {
	tasks []Task
}

func (l *TaskList) Add(title string) {
	l.tasks = append(l.tasks, Task{ID: len(l.tasks) + 1, Title: title})
}

func (l *TaskList) Pending() iter.Seq[Task] {
	return func(yield func(Task) bool) {
		for _, t := range l.tasks {
			if !t.Done && !yield(t) {
				return
			}
		}
	}
}

func (l *TaskList) Indexed() iter.Seq2[int, *Task] {
	return func(yield func(int, *Task) bool) {
		for i := range l.tasks {
			if !yield(i, &l.tasks[i]) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Reduce[T, A any](seq iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	var l TaskList
	for _, t := range []string{"write", "test", "ship", "celebrate"} {
		l.Add(t)
	}
	for i, t := range l.Indexed() {
		if i%2 == 0 {
			t.Done = true
		}
	}
	for t := range l.Pending() {
		fmt.Println(t)
	}
	all := slices.Collect(l.Pending())
	fmt.Println(len(all), all)
	fmt.Printf("%v|%+v\n", all[0], all[0])
	titles := Map(l.Pending(), func(t Task) string { return strings.ToUpper(t.Title) })
	fmt.Println(slices.Collect(titles))
	long := Filter(slices.Values(l.tasks), func(t Task) bool { return len(t.Title) > 4 })
	for t := range long {
		fmt.Println("long:", t.Title)
	}
	total := Reduce(slices.Values(l.tasks), 0, func(n int, t Task) int { return n + len(t.Title) })
	fmt.Println("chars", total)
	fmt.Println(slices.SortedFunc(slices.Values(l.tasks), func(a, b Task) int {
		return strings.Compare(a.Title, b.Title)
	}))
}
