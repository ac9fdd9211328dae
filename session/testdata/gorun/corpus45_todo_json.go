package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

type Todo struct {
	ID        int        `json:"id"`
	Title     string     `json:"title"`
	Done      bool       `json:"done"`
	Tags      []string   `json:"tags,omitempty"`
	Due       *time.Time `json:"due,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
}

type TodoList struct {
	Items  []Todo `json:"items"`
	NextID int    `json:"next_id"`
}

var clock = time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)

func (l *TodoList) Add(title string, tags ...string) *Todo {
	l.NextID++
	clock = clock.Add(90 * time.Minute)
	l.Items = append(l.Items, Todo{ID: l.NextID, Title: title, Tags: tags, CreatedAt: clock})
	return &l.Items[len(l.Items)-1]
}

func (l *TodoList) Complete(id int) error {
	for i := range l.Items {
		if l.Items[i].ID == id {
			l.Items[i].Done = true
			return nil
		}
	}
	return fmt.Errorf("todo %d not found", id)
}

func (l *TodoList) Save(path string) error {
	data, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func Load(path string) (*TodoList, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var l TodoList
	if err := json.Unmarshal(data, &l); err != nil {
		return nil, fmt.Errorf("decode %s: %w", filepath.Base(path), err)
	}
	return &l, nil
}

func main() {
	dir, err := os.MkdirTemp("", "todo")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "todos.json")

	var list TodoList
	list.Add("buy milk", "home")
	t := list.Add("write report", "work", "urgent")
	due := time.Date(2024, 5, 3, 17, 0, 0, 0, time.UTC)
	t.Due = &due
	list.Add("call mom")
	fmt.Println(list.Complete(1), list.Complete(42))

	if err := list.Save(path); err != nil {
		panic(err)
	}
	raw, _ := os.ReadFile(path)
	fmt.Println(string(raw))

	loaded, err := Load(path)
	if err != nil {
		panic(err)
	}
	for _, it := range loaded.Items {
		mark := " "
		if it.Done {
			mark = "x"
		}
		due := "-"
		if it.Due != nil {
			due = it.Due.Format("Jan 2 15:04")
		}
		fmt.Printf("[%s] %d %-13s %-14v due %s created %s\n", mark, it.ID, it.Title, it.Tags, due, it.CreatedAt.Format(time.Kitchen))
	}

	os.WriteFile(path, []byte(`{"items": [{"id": "x"}]}`), 0o644)
	_, err = Load(path)
	fmt.Println(err)
	_, err = Load(filepath.Join(dir, "missing.json"))
	fmt.Println(os.IsNotExist(err))
}
