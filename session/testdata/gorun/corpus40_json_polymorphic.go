package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
}

type Dog struct {
	Name  string `json:"name"`
	Breed string `json:"breed"`
}

type Cat struct {
	Name  string `json:"name"`
	Lives int    `json:"lives"`
}

func (d Dog) Sound() string { return d.Name + " says woof" }
func (c Cat) Sound() string { return fmt.Sprintf("%s says meow (%d lives)", c.Name, c.Lives) }

type Zoo struct {
	Animals []Animal
}

func (z *Zoo) UnmarshalJSON(b []byte) error {
	var raw struct {
		Animals []json.RawMessage `json:"animals"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	for i, r := range raw.Animals {
		var head struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal(r, &head); err != nil {
			return err
		}
		var a Animal
		switch head.Type {
		case "dog":
			var d Dog
			if err := json.Unmarshal(r, &d); err != nil {
				return err
			}
			a = d
		case "cat":
			c := Cat{Lives: 9}
			if err := json.Unmarshal(r, &c); err != nil {
				return err
			}
			a = &c
		default:
			return fmt.Errorf("animal %d: unknown type %q", i, head.Type)
		}
		z.Animals = append(z.Animals, a)
	}
	return nil
}

func (z Zoo) MarshalJSON() ([]byte, error) {
	parts := make([]string, 0, len(z.Animals))
	for _, a := range z.Animals {
		kind := strings.ToLower(strings.TrimPrefix(fmt.Sprintf("%T", a), "*main."))
		kind = strings.TrimPrefix(kind, "main.")
		body, err := json.Marshal(a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, fmt.Sprintf(`{"type":%q,"value":%s}`, kind, body))
	}
	return []byte(`{"animals":[` + strings.Join(parts, ",") + `]}`), nil
}

func main() {
	in := `{"animals":[{"type":"dog","name":"Rex","breed":"lab"},{"type":"cat","name":"Tom"},{"type":"cat","name":"Kit","lives":3}]}`
	var z Zoo
	if err := json.Unmarshal([]byte(in), &z); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, a := range z.Animals {
		fmt.Printf("%-8T %s\n", a, a.Sound())
	}
	out, err := json.Marshal(z)
	fmt.Println(string(out), err)

	var bad Zoo
	fmt.Println(json.Unmarshal([]byte(`{"animals":[{"type":"cow"}]}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"animals":[{"type":"dog","name":5}]}`), &bad))
	fmt.Println(len(bad.Animals))
}
