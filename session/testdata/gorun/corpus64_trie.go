package main

import (
	"fmt"
	"sort"
)

type TrieNode struct {
	children map[rune]*TrieNode
	isEnd    bool
	count    int
}

func newNode() *TrieNode {
	return &TrieNode{children: make(map[rune]*TrieNode)}
}

type Trie struct {
	root *TrieNode
}

func NewTrie() *Trie { return &Trie{root: newNode()} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, ch := range word {
		child, ok := n.children[ch]
		if !ok {
			child = newNode()
			n.children[ch] = child
		}
		child.count++
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
	var results []string
	var dfs func(*TrieNode, []rune)
	dfs = func(node *TrieNode, path []rune) {
		if node.isEnd {
			results = append(results, string(path))
		}
		keys := make([]rune, 0, len(node.children))
		for r := range node.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			dfs(node.children[r], append(path, r))
		}
	}
	dfs(n, []rune(prefix))
	return results
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "card", "care", "cart", "cat", "dog", "dot", "über"} {
		t.Insert(w)
	}
	for _, w := range []string{"car", "ca", "dot", "über", "cards"} {
		fmt.Printf("search(%q) = %v\n", w, t.Search(w))
	}
	fmt.Println("prefix ca:", t.CountPrefix("ca"))
	fmt.Println("prefix do:", t.CountPrefix("do"))
	fmt.Println("complete car:", t.Autocomplete("car"))
	fmt.Println("complete d:", t.Autocomplete("d"))
	fmt.Println("complete x:", t.Autocomplete("x"), t.Autocomplete("x") == nil)
}
