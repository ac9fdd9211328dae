package main

import (
	"fmt"
	"sort"
)

type TrieNode struct {
	children map[rune]*TrieNode
	isEnd    bool
}

type Trie struct {
	root *TrieNode
	size int
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
		node = next
	}
	if !node.isEnd {
		node.isEnd = true
		t.size++
	}
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

func (t *Trie) Complete(prefix string) []string {
	var out []string
	var walk func(n *TrieNode, acc []rune)
	walk = func(n *TrieNode, acc []rune) {
		if n.isEnd {
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
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"go", "gopher", "golang", "goroutine", "gc", "grpc", "go", "café", "cafe"} {
		t.Insert(w)
	}
	fmt.Println("size:", t.size)
	for _, w := range []string{"go", "gop", "gopher", "rust", "café"} {
		fmt.Printf("%-8s search=%-5v prefix=%v\n", w, t.Search(w), t.StartsWith(w))
	}
	fmt.Println(t.Complete("go"))
	fmt.Println(t.Complete("caf"))
	fmt.Println(t.Complete("x"), len(t.Complete("x")))
}
