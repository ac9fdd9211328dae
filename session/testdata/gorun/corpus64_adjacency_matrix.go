package main

import (
	"fmt"
	"strings"
)

type Digraph struct {
	names []string
	index map[string]int
	m     [][]bool
}

func NewDigraph(names ...string) *Digraph {
	g := &Digraph{names: names, index: map[string]int{}}
	for i, n := range names {
		g.index[n] = i
	}
	g.m = make([][]bool, len(names))
	for i := range g.m {
		g.m[i] = make([]bool, len(names))
	}
	return g
}

func (g *Digraph) Connect(from, to string) error {
	a, ok1 := g.index[from]
	b, ok2 := g.index[to]
	if !ok1 || !ok2 {
		return fmt.Errorf("unknown vertex in %s->%s", from, to)
	}
	g.m[a][b] = true
	return nil
}

func (g *Digraph) HasCycle() bool {
	const (
		unvisited = iota
		inStack
		done
	)
	state := make([]int, len(g.names))
	var dfs func(int) bool
	dfs = func(u int) bool {
		state[u] = inStack
		for v, edge := range g.m[u] {
			if !edge {
				continue
			}
			if state[v] == inStack || (state[v] == unvisited && dfs(v)) {
				return true
			}
		}
		state[u] = done
		return false
	}
	for u := range g.names {
		if state[u] == unvisited && dfs(u) {
			return true
		}
	}
	return false
}

// Reachability via Floyd-Warshall transitive closure.
func (g *Digraph) Closure() [][]bool {
	n := len(g.names)
	r := make([][]bool, n)
	for i := range r {
		r[i] = append([]bool(nil), g.m[i]...)
		r[i][i] = true
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				r[i][j] = r[i][j] || (r[i][k] && r[k][j])
			}
		}
	}
	return r
}

func (g *Digraph) String() string {
	var sb strings.Builder
	sb.WriteString("   " + strings.Join(g.names, " ") + "\n")
	for i, row := range g.m {
		sb.WriteString(g.names[i] + " ")
		for _, e := range row {
			if e {
				sb.WriteString(" 1")
			} else {
				sb.WriteString(" .")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	g := NewDigraph("a", "b", "c", "d")
	for _, e := range []string{"a>b", "b>c", "a>d", "d>c"} {
		parts := strings.Split(e, ">")
		if err := g.Connect(parts[0], parts[1]); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println(g.Connect("a", "z"))
	fmt.Print(g)
	fmt.Println("cycle:", g.HasCycle())
	cl := g.Closure()
	fmt.Println("a reaches c:", cl[0][2], "c reaches a:", cl[2][0])
	g.Connect("c", "a")
	fmt.Println("cycle after c->a:", g.HasCycle())
	fmt.Println(g.Closure()[2])
}
