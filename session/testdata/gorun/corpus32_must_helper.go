package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Settings struct {
	Name    string   `json:"name"`
	Retries int      `json:"retries"`
	Tags    []string `json:"tags,omitempty"`
}

func LoadJSON[T any](path string) (T, error) {
	var v T
	data, err := os.ReadFile(path)
	if err != nil {
		return v, err
	}
	err = json.Unmarshal(data, &v)
	return v, err
}

func main() {
	n := Must(strconv.Atoi("123"))
	fmt.Println(n + 1)
	dir := Must(os.MkdirTemp("", "corpus32"))
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "settings.json")
	raw := Must(json.Marshal(Settings{Name: "svc", Retries: 3, Tags: []string{"a", "b"}}))
	fmt.Println(string(raw))
	Must(0, os.WriteFile(path, raw, 0o644))
	s, err := LoadJSON[Settings](path)
	fmt.Printf("%+v %v\n", s, err)
	m, err := LoadJSON[map[string]any](path)
	fmt.Println(m["name"], m["retries"], err)
	_, err = LoadJSON[Settings](filepath.Join(dir, "nope.json"))
	fmt.Println(err != nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	Must(strconv.ParseBool("maybe"))
}
