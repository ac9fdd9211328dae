package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Todo struct {
	ID    int
	Title string
	Done  bool
}

type TodoList struct {
	items  []Todo
	nextID int
}

func (l *TodoList) Add(title string) Todo {
	l.nextID++
	t := Todo{ID: l.nextID, Title: title}
	l.items = append(l.items, t)
	return t
}

func (l *TodoList) Complete(id int) error {
	for i := range l.items {
		if l.items[i].ID == id {
			l.items[i].Done = true
			return nil
		}
	}
	return fmt.Errorf("no todo with id %d", id)
}

func (l *TodoList) Delete(id int) error {
	for i, t := range l.items {
		if t.ID == id {
			l.items = append(l.items[:i], l.items[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("no todo with id %d", id)
}

func (l *TodoList) Print() {
	if len(l.items) == 0 {
		fmt.Println("  (nothing to do)")
	}
	for _, t := range l.items {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("  [%s] %d. %s\n", mark, t.ID, t.Title)
	}
}

func main() {
	commands := []string{
		"add Buy milk",
		"add Write Go tutorial",
		"add Call mom",
		"list",
		"done 2",
		"done 7",
		"del 1",
		"list",
		"frobnicate",
		"del x",
	}
	var list TodoList
	for _, line := range commands {
		fmt.Println(">", line)
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "add":
			t := list.Add(arg)
			fmt.Printf("  added #%d\n", t.ID)
		case "list":
			list.Print()
		case "done", "del":
			id, err := strconv.Atoi(arg)
			if err != nil {
				fmt.Println("  bad id:", err)
				continue
			}
			if cmd == "done" {
				err = list.Complete(id)
			} else {
				err = list.Delete(id)
			}
			if err != nil {
				fmt.Println("  error:", err)
			}
		default:
			fmt.Printf("  unknown command %q\n", cmd)
		}
	}
}
