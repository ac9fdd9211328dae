package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	end      bool
	count    int
}

type Trie struct {
	root *node
	size int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = &node{children: map[rune]*node{}}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if !n.end {
		t.size++
	}
	n.end = true
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *node, buf []rune)
	walk = func(n *node, buf []rune) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(buf))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(buf, r))
		}
	}
	walk(n, []rune(prefix))
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car card care careful cart cat catalog dog dot do dove car über überall") {
		t.Insert(w)
	}
	fmt.Println("size:", t.size)
	for _, p := range []string{"car", "ca", "do", "x", "üb", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.Complete(p, 4))
	}
	for _, w := range []string{"car", "ca", "dove", "doves"} {
		fmt.Println(w, t.Contains(w))
	}
	if n := t.find("ca"); n != nil {
		fmt.Println("words under ca:", n.count)
	}
	fmt.Println(t.Complete("nothing", 3) == nil, len(t.Complete("c", 100)))
}
