package main

import (
	"fmt"
	"slices"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	isEnd    bool
	count    int
}

type Trie struct {
	root *TrieNode
}

func NewTrie() *Trie {
	return &Trie{root: &TrieNode{children: make(map[rune]*TrieNode)}}
}

func (t *Trie) Insert(word string) {
	node := t.root
	for _, ch := range word {
		next, ok := node.children[ch]
		if !ok {
			next = &TrieNode{children: make(map[rune]*TrieNode)}
			node.children[ch] = next
		}
		next.count++
		node = next
	}
	node.isEnd = true
}

func (t *Trie) find(prefix string) *TrieNode {
	node := t.root
	for _, ch := range prefix {
		node = node.children[ch]
		if node == nil {
			return nil
		}
	}
	return node
}

func (t *Trie) Search(word string) bool {
	n := t.find(word)
	return n != nil && n.isEnd
}

func (t *Trie) StartsWith(prefix string) bool { return t.find(prefix) != nil }

func (t *Trie) CountPrefix(prefix string) int {
	if n := t.find(prefix); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Autocomplete(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*TrieNode, []rune)
	walk = func(node *TrieNode, path []rune) {
		if node.isEnd {
			out = append(out, prefix+string(path))
		}
		keys := make([]rune, 0, len(node.children))
		for k := range node.children {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			walk(node.children[k], append(path, k))
		}
	}
	walk(n, nil)
	return out
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car card care careful cat dog dodge do über") {
		t.Insert(w)
	}
	for _, w := range []string{"car", "ca", "careful", "dodge", "dot", "über"} {
		fmt.Printf("%-8s search=%-5t prefix=%-5t count=%d\n", w, t.Search(w), t.StartsWith(w), t.CountPrefix(w))
	}
	fmt.Println("car*:", t.Autocomplete("car"))
	fmt.Println("do*:", t.Autocomplete("do"))
	fmt.Println("x*:", t.Autocomplete("x"), t.Autocomplete("x") == nil)
}
