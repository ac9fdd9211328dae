package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
}

type Player struct {
	Location  string
	Inventory map[string]bool
	Moves     int
}

type Game struct {
	Rooms  map[string]*Room
	Player Player
	Over   bool
}

func (g *Game) room() *Room { return g.Rooms[g.Player.Location] }

func (g *Game) Do(line string) string {
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 {
		return "Say something."
	}
	g.Player.Moves++
	verb, rest := words[0], strings.Join(words[1:], " ")
	switch verb {
	case "look", "l":
		r := g.room()
		exits := make([]string, 0, len(r.Exits))
		for dir := range r.Exits {
			exits = append(exits, dir)
		}
		sort.Strings(exits)
		return fmt.Sprintf("%s: %s Exits: %s. Items: %v", r.Name, r.Desc, strings.Join(exits, ", "), r.Items)
	case "go":
		next, ok := g.room().Exits[rest]
		if !ok {
			return "You can't go " + rest + "."
		}
		if next == "vault" && !g.Player.Inventory["key"] {
			return "The vault door is locked."
		}
		g.Player.Location = next
		if next == "vault" {
			g.Over = true
			return "You open the vault. Treasure! You win."
		}
		return "You walk " + rest + " to the " + g.room().Name + "."
	case "take":
		r := g.room()
		for i, it := range r.Items {
			if it == rest {
				r.Items = append(r.Items[:i], r.Items[i+1:]...)
				g.Player.Inventory[it] = true
				return "Taken: " + it
			}
		}
		return fmt.Sprintf("There is no %s here.", rest)
	case "inventory", "i":
		var items []string
		for it := range g.Player.Inventory {
			items = append(items, it)
		}
		sort.Strings(items)
		return "You carry: " + strings.Join(items, ", ")
	}
	return fmt.Sprintf("I don't know how to %q.", verb)
}

func main() {
	g := &Game{
		Rooms: map[string]*Room{
			"hall":    {"Hall", "A dusty hall.", map[string]string{"north": "library", "east": "kitchen"}, nil},
			"library": {"Library", "Shelves of books.", map[string]string{"south": "hall", "down": "vault"}, []string{"book", "candle"}},
			"kitchen": {"Kitchen", "Smells of bread.", map[string]string{"west": "hall"}, []string{"key"}},
			"vault":   {"Vault", "Gold everywhere.", nil, nil},
		},
		Player: Player{Location: "hall", Inventory: map[string]bool{}},
	}
	script := []string{"look", "go west", "go north", "take candle", "take sword", "go down",
		"go south", "go east", "take key", "i", "dance", "go west", "go north", "go down", "look"}
	for _, cmd := range script {
		if g.Over {
			break
		}
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
	}
	fmt.Printf("moves: %d, at %s, over=%t\n", g.Player.Moves, g.Player.Location, g.Over)
}
