package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Node struct {
	Name     string
	Weight   float64
	Children []*Node
	Attrs    map[string]string
	Parent   *Node `dump:"-"`
}

func dump(v reflect.Value, depth int, sb *strings.Builder) {
	pad := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			sb.WriteString("nil\n")
			return
		}
		sb.WriteString("&")
		dump(v.Elem(), depth, sb)
	case reflect.Struct:
		sb.WriteString(v.Type().Name() + " {\n")
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.Tag.Get("dump") == "-" {
				continue
			}
			sb.WriteString(pad + "  " + f.Name + ": ")
			dump(v.Field(i), depth+1, sb)
		}
		sb.WriteString(pad + "}\n")
	case reflect.Slice:
		if v.Len() == 0 {
			sb.WriteString("[]\n")
			return
		}
		sb.WriteString("[\n")
		for i := 0; i < v.Len(); i++ {
			sb.WriteString(fmt.Sprintf("%s  %d: ", pad, i))
			dump(v.Index(i), depth+1, sb)
		}
		sb.WriteString(pad + "]\n")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		sb.WriteString("map[")
		for i, k := range keys {
			if i > 0 {
				sb.WriteString(" ")
			}
			sb.WriteString(fmt.Sprintf("%s=%v", k, v.MapIndex(k)))
		}
		sb.WriteString("]\n")
	case reflect.String:
		sb.WriteString(fmt.Sprintf("%q\n", v.String()))
	default:
		sb.WriteString(fmt.Sprintf("%v\n", v.Interface()))
	}
}

func main() {
	root := &Node{Name: "root", Weight: 1, Attrs: map[string]string{"z": "last", "a": "first"}}
	kid := &Node{Name: "kid", Weight: 0.5, Parent: root}
	leaf := &Node{Name: "leaf", Weight: 0.25, Parent: kid}
	kid.Children = []*Node{leaf, nil}
	root.Children = []*Node{kid}

	var sb strings.Builder
	dump(reflect.ValueOf(root), 0, &sb)
	fmt.Print(sb.String())

	total := 0.0
	var visit func(n *Node)
	visit = func(n *Node) {
		if n == nil {
			return
		}
		total += n.Weight
		for _, c := range n.Children {
			visit(c)
		}
	}
	visit(root)
	fmt.Println("total weight:", total)
}
