package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Heading int

const (
	North Heading = iota
	East
	South
	West
)

func (h Heading) String() string { return "NESW"[h : h+1] }

type Robot struct {
	Name string
	X, Y int
	H    Heading
	mu   sync.Mutex
	log  []string
}

type Command func(r *Robot) error

func Forward(n int) Command {
	return func(r *Robot) error {
		if n < 0 {
			return fmt.Errorf("forward %d: negative distance", n)
		}
		dx, dy := [4]int{0, 1, 0, -1}[r.H], [4]int{1, 0, -1, 0}[r.H]
		r.X += dx * n
		r.Y += dy * n
		return nil
	}
}

func Turn(right bool) Command {
	return func(r *Robot) error {
		if right {
			r.H = (r.H + 1) % 4
		} else {
			r.H = (r.H + 3) % 4
		}
		return nil
	}
}

func parse(prog string) ([]Command, error) {
	var cmds []Command
	for i, tok := range strings.Split(prog, ",") {
		tok = strings.TrimSpace(tok)
		switch {
		case tok == "L" || tok == "R":
			cmds = append(cmds, Turn(tok == "R"))
		case strings.HasPrefix(tok, "F"):
			n, err := strconv.Atoi(tok[1:])
			if err != nil {
				return nil, fmt.Errorf("token %d %q: %w", i, tok, err)
			}
			cmds = append(cmds, Forward(n))
		default:
			return nil, fmt.Errorf("token %d: unknown command %q", i, tok)
		}
	}
	return cmds, nil
}

func (r *Robot) Run(cmds []Command) {
	for i, c := range cmds {
		if err := c(r); err != nil {
			r.log = append(r.log, fmt.Sprintf("step %d: %v", i, err))
			continue
		}
		r.log = append(r.log, fmt.Sprintf("(%d,%d)%v", r.X, r.Y, r.H))
	}
}

func main() {
	programs := map[string]string{
		"alpha": "F2, R, F3, R, F1",
		"beta":  "L, F4, L, L, F-2, F1",
		"gamma": "F1, X, F2",
		"delta": "R, F1x",
	}
	names := []string{"alpha", "beta", "delta", "gamma"}
	robots := make([]*Robot, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &Robot{Name: name}
			robots[i] = r
			cmds, err := parse(programs[name])
			if err != nil {
				r.log = append(r.log, "parse error: "+err.Error())
				return
			}
			r.Run(cmds)
		}()
	}
	wg.Wait()
	for _, r := range robots {
		fmt.Printf("%-5s ends at (%d,%d) facing %v: %s\n", r.Name, r.X, r.Y, r.H, strings.Join(r.log, " "))
	}
	var printers []func()
	for _, r := range robots {
		printers = append(printers, func() { fmt.Print(r.Name[:1]) })
	}
	for _, p := range printers {
		p()
	}
	fmt.Println()
}
