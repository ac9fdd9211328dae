package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

var priorityNames = map[Priority]string{Low: "low", Medium: "medium", High: "high"}

func (p Priority) String() string { return priorityNames[p] }

type Task struct {
	ID       int       `json:"id"`
	Title    string    `json:"title"`
	Done     bool      `json:"done"`
	Priority Priority  `json:"priority"`
	Due      time.Time `json:"due"`
	Tags     []string  `json:"tags,omitempty"`
}

type TodoList struct {
	tasks  []Task
	nextID int
}

var ErrTaskNotFound = errors.New("task not found")

func (l *TodoList) Add(title string, p Priority, due time.Time, tags ...string) int {
	l.nextID++
	l.tasks = append(l.tasks, Task{ID: l.nextID, Title: title, Priority: p, Due: due, Tags: tags})
	return l.nextID
}

func (l *TodoList) find(id int) (*Task, error) {
	for i := range l.tasks {
		if l.tasks[i].ID == id {
			return &l.tasks[i], nil
		}
	}
	return nil, fmt.Errorf("id %d: %w", id, ErrTaskNotFound)
}

func (l *TodoList) Complete(id int) error {
	t, err := l.find(id)
	if err != nil {
		return err
	}
	t.Done = true
	return nil
}

func (l *TodoList) Delete(id int) error {
	for i, t := range l.tasks {
		if t.ID == id {
			l.tasks = append(l.tasks[:i], l.tasks[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("delete %d: %w", id, ErrTaskNotFound)
}

func (l *TodoList) Filter(pred func(Task) bool) []Task {
	var out []Task
	for _, t := range l.tasks {
		if pred(t) {
			out = append(out, t)
		}
	}
	return out
}

func (t Task) String() string {
	mark := " "
	if t.Done {
		mark = "x"
	}
	return fmt.Sprintf("[%s] #%d %-14s %-6v due %s %v", mark, t.ID, t.Title, t.Priority, t.Due.Format("Jan 02"), t.Tags)
}

func main() {
	base := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)
	var list TodoList
	list.Add("write report", High, base.AddDate(0, 0, 2), "work")
	list.Add("buy milk", Low, base.AddDate(0, 0, 1), "home", "shop")
	list.Add("call mom", Medium, base.AddDate(0, 0, 5))
	list.Add("fix bug 42", High, base.AddDate(0, 0, 1), "work", "urgent")
	fmt.Println(list.Complete(2), list.Complete(99))
	fmt.Println(list.Delete(3), errors.Is(list.Delete(3), ErrTaskNotFound))
	sorted := append([]Task(nil), list.tasks...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Priority != sorted[j].Priority {
			return sorted[i].Priority > sorted[j].Priority
		}
		return sorted[i].Due.Before(sorted[j].Due)
	})
	for _, t := range sorted {
		fmt.Println(t)
	}
	pending := list.Filter(func(t Task) bool { return !t.Done })
	fmt.Println("pending:", len(pending))
	work := list.Filter(func(t Task) bool {
		for _, tag := range t.Tags {
			if tag == "work" {
				return true
			}
		}
		return false
	})
	titles := make([]string, len(work))
	for i, t := range work {
		titles[i] = t.Title
	}
	fmt.Println("work:", strings.Join(titles, "; "))
	b, _ := json.Marshal(list.tasks[0])
	fmt.Println(string(b))
	var decoded Task
	if err := json.Unmarshal(b, &decoded); err != nil {
		fmt.Println(err)
	}
	fmt.Println(decoded.Title, decoded.Priority, decoded.Due.Equal(list.tasks[0].Due))
	fmt.Printf("%v|%s|%d\n", High, Low, Medium)
}
