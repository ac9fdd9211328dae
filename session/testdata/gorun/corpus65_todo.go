package main

import (
	"errors"
	"fmt"
	"strings"
)

type Task struct {
	ID    int
	Title string
	Done  bool
}

type TodoList struct {
	tasks  []Task
	nextID int
}

func NewTodoList() *TodoList {
	return &TodoList{nextID: 1}
}

func (l *TodoList) Add(title string) int {
	t := Task{ID: l.nextID, Title: title}
	l.tasks = append(l.tasks, t)
	l.nextID++
	return t.ID
}

var ErrNotFound = errors.New("task not found")

func (l *TodoList) Complete(id int) error {
	for i := range l.tasks {
		if l.tasks[i].ID == id {
			l.tasks[i].Done = true
			return nil
		}
	}
	return fmt.Errorf("complete %d: %w", id, ErrNotFound)
}

func (l *TodoList) Remove(id int) error {
	for i, t := range l.tasks {
		if t.ID == id {
			l.tasks = append(l.tasks[:i], l.tasks[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("remove %d: %w", id, ErrNotFound)
}

func (l *TodoList) Print() {
	if len(l.tasks) == 0 {
		fmt.Println("(nothing to do)")
		return
	}
	for _, t := range l.tasks {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("[%s] %d. %s\n", mark, t.ID, t.Title)
	}
}

func (l *TodoList) Pending() []string {
	var out []string
	for _, t := range l.tasks {
		if !t.Done {
			out = append(out, strings.ToUpper(t.Title))
		}
	}
	return out
}

func main() {
	list := NewTodoList()
	list.Add("Buy milk")
	list.Add("Learn Go")
	id := list.Add("Walk the dog")
	list.Add("Write blog post")
	list.Print()
	fmt.Println("---")
	if err := list.Complete(2); err != nil {
		fmt.Println(err)
	}
	if err := list.Complete(42); err != nil {
		fmt.Println("Error:", err, errors.Is(err, ErrNotFound))
	}
	_ = list.Remove(id)
	list.Print()
	fmt.Println("Pending:", list.Pending())
	err := list.Remove(id)
	fmt.Println(err)
	empty := NewTodoList()
	empty.Print()
}
