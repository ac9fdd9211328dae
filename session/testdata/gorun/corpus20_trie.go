package main

import (
	"fmt"
	"sort"
)

type TrieNode struct {
	children map[rune]*TrieNode
	end      bool
	count    int
}

func newNode() *TrieNode { return &TrieNode{children: map[rune]*TrieNode{}} }

type Trie struct{ root *TrieNode }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		child.count++
		n = child
	}
	n.end = true
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Search(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) WithPrefix(p string) []string {
	var out []string
	var walk func(n *TrieNode, acc []rune)
	walk = func(n *TrieNode, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			walk(n.children[k], append(acc, k))
		}
	}
	if n := t.find(p); n != nil {
		walk(n, []rune(p))
	}
	return out
}

func main() {
	t := &Trie{root: newNode()}
	for _, w := range []string{"car", "cart", "care", "cat", "dog", "do", "über", "übel"} {
		t.Insert(w)
	}
	for _, q := range []string{"car", "ca", "do", "dot", "über"} {
		fmt.Printf("search %q: %v\n", q, t.Search(q))
	}
	fmt.Println(t.WithPrefix("car"))
	fmt.Println(t.WithPrefix("d"))
	fmt.Println(t.WithPrefix("üb"))
	fmt.Println(t.WithPrefix("x"), len(t.WithPrefix("x")))
	if n := t.find("ca"); n != nil {
		fmt.Println("words through 'ca':", n.count)
	}
}
