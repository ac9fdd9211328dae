package main

import (
	"fmt"
	"sort"
)

type TrieNode struct {
	children map[rune]*TrieNode
	isEnd    bool
}

type Trie struct{ root *TrieNode }

func NewTrie() *Trie { return &Trie{root: &TrieNode{children: map[rune]*TrieNode{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, ch := range word {
		child, ok := n.children[ch]
		if !ok {
			child = &TrieNode{children: map[rune]*TrieNode{}}
			n.children[ch] = child
		}
		n = child
	}
	n.isEnd = true
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, ch := range prefix {
		next, ok := n.children[ch]
		if !ok {
			return nil
		}
		n = next
	}
	return n
}

func (t *Trie) Search(word string) bool {
	n := t.find(word)
	return n != nil && n.isEnd
}

func (t *Trie) StartsWith(prefix string) bool { return t.find(prefix) != nil }

func (t *Trie) Complete(prefix string) []string {
	var out []string
	var collect func(n *TrieNode, acc []rune)
	collect = func(n *TrieNode, acc []rune) {
		if n.isEnd {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			collect(n.children[k], append(acc, k))
		}
	}
	if n := t.find(prefix); n != nil {
		collect(n, []rune(prefix))
	}
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "cart", "care", "cat", "dog", "do", "über"} {
		t.Insert(w)
	}
	fmt.Println(t.Search("car"), t.Search("ca"), t.StartsWith("ca"), t.Search("über"))
	fmt.Println("ca*:", t.Complete("ca"))
	fmt.Println("d*:", t.Complete("d"))
	fmt.Println("x*:", t.Complete("x"), len(t.Complete("x")))
}
