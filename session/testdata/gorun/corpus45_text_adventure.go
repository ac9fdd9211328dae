package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	Name   string
	Weight int
}

type Container struct {
	Items []Item
}

func (c *Container) Add(it Item) { c.Items = append(c.Items, it) }

func (c *Container) Take(name string) (Item, bool) {
	for i, it := range c.Items {
		if strings.EqualFold(it.Name, name) {
			c.Items = append(c.Items[:i], c.Items[i+1:]...)
			return it, true
		}
	}
	return Item{}, false
}

func (c Container) Names() string {
	if len(c.Items) == 0 {
		return "nothing"
	}
	names := make([]string, len(c.Items))
	for i, it := range c.Items {
		names[i] = it.Name
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

type Room struct {
	Container
	Name  string
	Exits map[string]string
}

type Player struct {
	Container
	Room     string
	MaxLoad  int
	Commands map[string]func(arg string) string
}

func (p *Player) load() (n int) {
	for _, it := range p.Items {
		n += it.Weight
	}
	return
}

func main() {
	rooms := map[string]*Room{
		"hall":    {Name: "Hall", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		"library": {Name: "Library", Exits: map[string]string{"south": "hall"}},
		"kitchen": {Name: "Kitchen", Exits: map[string]string{"west": "hall"}},
	}
	rooms["library"].Add(Item{"book", 2})
	rooms["library"].Add(Item{"anvil", 50})
	rooms["kitchen"].Add(Item{"knife", 1})

	p := &Player{Room: "hall", MaxLoad: 10}
	p.Commands = map[string]func(string) string{
		"look": func(string) string {
			r := rooms[p.Room]
			exits := make([]string, 0, len(r.Exits))
			for d := range r.Exits {
				exits = append(exits, d)
			}
			sort.Strings(exits)
			return fmt.Sprintf("%s: you see %s; exits: %s", r.Name, r.Names(), strings.Join(exits, " "))
		},
		"go": func(dir string) string {
			next, ok := rooms[p.Room].Exits[dir]
			if !ok {
				return "you can't go " + dir
			}
			p.Room = next
			return "you walk " + dir + " to the " + rooms[next].Name
		},
		"take": func(name string) string {
			r := rooms[p.Room]
			it, ok := r.Take(name)
			switch {
			case !ok:
				return "no " + name + " here"
			case p.load()+it.Weight > p.MaxLoad:
				r.Add(it)
				return fmt.Sprintf("the %s is too heavy (%d/%d)", it.Name, p.load()+it.Weight, p.MaxLoad)
			}
			p.Add(it)
			return "taken: " + it.Name
		},
		"inv": func(string) string { return "you carry " + p.Names() },
	}

	script := "look|go north|look|take book|take anvil|take lamp|go west|go south|go east|take KNIFE|inv|dance"
	for _, line := range strings.Split(script, "|") {
		verb, arg, _ := strings.Cut(line, " ")
		cmd, ok := p.Commands[verb]
		if !ok {
			fmt.Printf("> %s\n  I don't know how to %q\n", line, verb)
			continue
		}
		fmt.Printf("> %s\n  %s\n", line, cmd(arg))
	}
	fmt.Println(p.load(), len(rooms["library"].Items), p.Container.Names())
}
