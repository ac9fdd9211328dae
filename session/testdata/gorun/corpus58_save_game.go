package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

type Stats struct {
	HP     int `json:"hp"`
	Attack int `json:"atk,omitempty"`
}

type Hero struct {
	Name      string          `json:"name"`
	Level     int             `json:"level"`
	Stats     Stats           `json:"stats"`
	Inventory []string        `json:"inventory"`
	Flags     map[string]bool `json:"flags,omitempty"`
	secret    string
	Extra     map[string]any `json:"extra,omitempty"`
}

type ByLevel []Hero

func (b ByLevel) Len() int           { return len(b) }
func (b ByLevel) Less(i, j int) bool { return b[i].Level > b[j].Level }
func (b ByLevel) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

const report = `{{range $i, $h := .}}{{if $i}}
{{end}}{{$h.Name | printf "%-6s"}} lvl {{$h.Level}} hp {{$h.Stats.HP}}{{with $h.Inventory}} carries {{join . ", "}}{{else}} carries nothing{{end}}{{end}}
`

func main() {
	party := []Hero{
		{Name: "Ayla", Level: 3, Stats: Stats{HP: 30, Attack: 7}, Inventory: []string{"sword", "potion"}, secret: "x"},
		{Name: "Brom", Level: 5, Stats: Stats{HP: 52}, Flags: map[string]bool{"met_king": true, "cursed": false}},
		{Name: "Cid", Level: 4, Stats: Stats{HP: 41, Attack: 9}, Inventory: []string{"bow"}, Extra: map[string]any{"arrows": 12, "pet": "owl"}},
	}
	sort.Sort(ByLevel(party))
	data, err := json.MarshalIndent(party, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	path := filepath.Join(os.TempDir(), "corpus58_save_game.json")
	defer os.Remove(path)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fmt.Println("write:", err)
		return
	}
	raw, _ := os.ReadFile(path)
	fmt.Println(len(strings.Split(string(raw), "\n")), "lines saved")
	fmt.Println(string(raw[:120]))

	var loaded []Hero
	if err := json.Unmarshal(raw, &loaded); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	for _, h := range loaded {
		fmt.Printf("%+v\n", h)
	}
	fmt.Printf("%T %v\n", loaded[2].Extra["arrows"], loaded[2].Extra["arrows"])

	t := template.Must(template.New("r").Funcs(template.FuncMap{"join": strings.Join}).Parse(report))
	if err := t.Execute(os.Stdout, loaded); err != nil {
		fmt.Println("template:", err)
	}
	var bad Hero
	err = json.Unmarshal([]byte(`{"name": "X", "level": "high"}`), &bad)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(bad.Name, fmt.Sprintf("%T", err), ute == nil)
}
