package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID     int
	Parent int
}

type Node struct {
	ID       int
	Children []*Node
}

type TreeError struct {
	ID     int
	Reason string
}

func (e *TreeError) Error() string { return fmt.Sprintf("record %d: %s", e.ID, e.Reason) }

func Build(records []Record) (*Node, error) {
	if len(records) == 0 {
		return nil, nil
	}
	rs := make([]Record, len(records))
	copy(rs, records)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	nodes := make([]*Node, len(rs))
	for i, r := range rs {
		switch {
		case r.ID != i:
			return nil, &TreeError{r.ID, "non-continuous"}
		case r.ID == 0 && r.Parent != 0:
			return nil, &TreeError{r.ID, "root has parent"}
		case r.ID != 0 && r.Parent >= r.ID:
			return nil, &TreeError{r.ID, "parent must be lower"}
		}
		nodes[i] = &Node{ID: r.ID}
		if i > 0 {
			p := nodes[r.Parent]
			p.Children = append(p.Children, nodes[i])
		}
	}
	return nodes[0], nil
}

func (n *Node) String() string {
	if n == nil {
		return "<empty>"
	}
	if len(n.Children) == 0 {
		return fmt.Sprint(n.ID)
	}
	parts := make([]string, len(n.Children))
	for i, c := range n.Children {
		parts[i] = c.String()
	}
	return fmt.Sprintf("%d(%s)", n.ID, strings.Join(parts, " "))
}

func main() {
	tests := [][]Record{
		{{0, 0}},
		{{2, 0}, {0, 0}, {1, 0}},
		{{5, 2}, {3, 2}, {2, 0}, {4, 1}, {1, 0}, {0, 0}, {6, 2}},
		{{0, 0}, {2, 0}},
		{{0, 1}},
		{{0, 0}, {1, 1}},
		nil,
	}
	for _, t := range tests {
		root, err := Build(t)
		var te *TreeError
		if errors.As(err, &te) {
			fmt.Printf("error at %d (%s): %v\n", te.ID, te.Reason, err)
			continue
		}
		fmt.Println(root)
		fmt.Printf("%v %s\n", root, root)
	}
}
