package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

type Graph map[string][]string

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		order = append(order, cur)
		for _, nb := range g[cur] {
			if !seen[nb] {
				seen[nb] = true
				queue = append(queue, nb)
			}
		}
	}
	return order
}

type Employee struct {
	Name   string    `json:"name"`
	Salary float64   `json:"salary,omitempty"`
	Tags   []string  `json:"tags"`
	Boss   *Employee `json:"boss,omitempty"`
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	var vals []string
	root.InOrder(func(v int) { vals = append(vals, fmt.Sprint(v)) })
	fmt.Println(strings.Join(vals, ","))

	g := Graph{"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": {"f"}, "e": {}, "f": {}}
	fmt.Println(g.BFS("a"))

	text := "the quick brown fox jumps over the lazy dog the fox"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	type kv struct {
		K string
		V int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].V != kvs[j].V {
			return kvs[i].V > kvs[j].V
		}
		return kvs[i].K < kvs[j].K
	})
	fmt.Println(kvs[:3])
	fmt.Printf("%v %+v\n", kvs[0], kvs[1])

	boss := &Employee{Name: "Ann", Salary: 100}
	e := Employee{Name: "Bob", Tags: []string{"go", "sql"}, Boss: boss}
	b, _ := json.MarshalIndent(e, "", "  ")
	fmt.Println(string(b))
	var back Employee
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("err", err)
	}
	fmt.Printf("%+v %v\n", back.Boss, back.Tags)

	var anyv map[string]any
	json.Unmarshal([]byte(`{"a": 1, "b": [true, "x", null], "c": {"d": 2.5}}`), &anyv)
	keys := make([]string, 0, len(anyv))
	for k := range anyv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch v := anyv[k].(type) {
		case float64:
			fmt.Println(k, "number", v)
		case []any:
			fmt.Println(k, "array", len(v), v)
		case map[string]any:
			fmt.Println(k, "object", v)
		default:
			fmt.Printf("%s %T\n", k, v)
		}
	}
	matrix := [][]int{{1, 2}, {3, 4}}
	other := [][]int{{5, 6}, {7, 8}}
	res := make([][]int, 2)
	for i := range res {
		res[i] = make([]int, 2)
		for j := range res[i] {
			for k := range 2 {
				res[i][j] += matrix[i][k] * other[k][j]
			}
		}
	}
	fmt.Println(res)
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz ")
		case i%3 == 0:
			fmt.Print("Fizz ")
		case i%5 == 0:
			fmt.Print("Buzz ")
		default:
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
}
