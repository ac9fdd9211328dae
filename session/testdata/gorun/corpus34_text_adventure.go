package main

import (
	"fmt"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]*Room
	Items []string
}

type Player struct {
	Location  *Room
	Inventory []string
}

type Action interface {
	Execute(p *Player) string
}

type Go struct{ Dir string }
type Take struct{ Item string }
type Look struct{}
type Inv struct{}

func (g Go) Execute(p *Player) string {
	next, ok := p.Location.Exits[g.Dir]
	if !ok {
		return "You can't go " + g.Dir + "."
	}
	p.Location = next
	return "You walk " + g.Dir + " to the " + next.Name + "."
}

func (t Take) Execute(p *Player) string {
	for i, it := range p.Location.Items {
		if it == t.Item {
			p.Location.Items = append(p.Location.Items[:i], p.Location.Items[i+1:]...)
			p.Inventory = append(p.Inventory, it)
			return "Taken: " + it
		}
	}
	return "There is no " + t.Item + " here."
}

func (Look) Execute(p *Player) string {
	r := p.Location
	s := fmt.Sprintf("%s: %s", r.Name, r.Desc)
	if len(r.Items) > 0 {
		s += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return s
}

func (Inv) Execute(p *Player) string {
	if len(p.Inventory) == 0 {
		return "You carry nothing."
	}
	return "You carry: " + strings.Join(p.Inventory, ", ")
}

func parse(cmd string) (Action, error) {
	f := strings.Fields(cmd)
	if len(f) == 0 {
		return nil, fmt.Errorf("empty command")
	}
	switch f[0] {
	case "go":
		return Go{Dir: f[1]}, nil
	case "take":
		return Take{Item: strings.Join(f[1:], " ")}, nil
	case "look":
		return Look{}, nil
	case "inventory", "i":
		return Inv{}, nil
	}
	return nil, fmt.Errorf("I don't know how to %q", f[0])
}

func main() {
	hall := &Room{Name: "hall", Desc: "A dusty hall.", Items: []string{"lamp"}}
	kitchen := &Room{Name: "kitchen", Desc: "Smells of bread.", Items: []string{"knife", "bread"}}
	garden := &Room{Name: "garden", Desc: "Overgrown."}
	hall.Exits = map[string]*Room{"north": kitchen}
	kitchen.Exits = map[string]*Room{"south": hall, "east": garden}
	garden.Exits = map[string]*Room{"west": kitchen}

	p := &Player{Location: hall}
	for _, cmd := range []string{"look", "take lamp", "go north", "look", "take bread", "take sword", "go up", "go east", "dance", "i"} {
		fmt.Println(">", cmd)
		a, err := parse(cmd)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("[%T] %s\n", a, a.Execute(p))
	}
}
