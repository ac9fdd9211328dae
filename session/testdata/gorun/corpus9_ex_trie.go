package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(word string) {
	node := t
	for _, r := range word {
		child, ok := node.children[r]
		if !ok {
			child = NewTrie()
			node.children[r] = child
		}
		child.count++
		node = child
	}
	node.end = true
}

func (t *Trie) find(prefix string) *Trie {
	node := t
	for _, r := range prefix {
		var ok bool
		if node, ok = node.children[r]; !ok {
			return nil
		}
	}
	return node
}

func (t *Trie) Search(word string) bool {
	n := t.find(word)
	return n != nil && n.end
}

func (t *Trie) StartsWith(prefix string) int {
	if n := t.find(prefix); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Words(prefix string) []string {
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func longestCommonPrefix(words []string) string {
	if len(words) == 0 {
		return ""
	}
	prefix := words[0]
	for _, w := range words[1:] {
		for !strings.HasPrefix(w, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	return prefix
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car card care cart cat dog dot do über übel") {
		t.Insert(w)
	}
	fmt.Println(t.Search("car"), t.Search("ca"), t.Search("do"), t.Search("dots"))
	fmt.Println(t.StartsWith("ca"), t.StartsWith("car"), t.StartsWith("d"), t.StartsWith("x"), t.StartsWith("üb"))
	fmt.Println(t.Words("car"))
	fmt.Println(t.Words("d"), len(t.Words("")), t.Words("z") == nil)
	fmt.Printf("%q\n", t.Words("üb"))
	fmt.Printf("%q %q %q\n", longestCommonPrefix([]string{"flower", "flow", "flight"}),
		longestCommonPrefix([]string{"dog", "racecar"}), longestCommonPrefix(nil))
}
