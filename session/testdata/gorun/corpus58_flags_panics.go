package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, n := range []string{"read", "write", "exec", "?", "admin"} {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

type Player struct {
	Name  string
	Perms Perm
	Pos   *Pos
}

type Pos struct{ X, Y int }

func (p *Pos) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return xs[i], nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("runtime: %w", re)
			}
		}
	}()
	return a / b, nil
}

func main() {
	p := Player{"zed", Read | Exec, &Pos{1, 2}}
	fmt.Println(p.Perms, Admin, Perm(0), Write|Admin)
	fmt.Printf("%v %+v\n", p.Pos, p)
	var nilPos *Pos
	fmt.Println(nilPos == nil)
	fmt.Println(safeIndex([]int{1, 2, 3}, 5))
	fmt.Println(divide(7, 0))
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map:", recover()) }()
		m["x"] = 1
	}()
	err := errors.Join(errors.New("first"), fmt.Errorf("second: %w", os.ErrNotExist))
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tscore\tlevel\t")
	for _, r := range [][3]any{{"ann", 120, 3}, {"bob", 95, 12}} {
		fmt.Fprintf(tw, "%v\t%v\t%v\t\n", r[0], r[1], r[2])
	}
	tw.Flush()
	scores := []int{5, 1, 9, 3}
	slices.Sort(scores)
	i, found := slices.BinarySearch(scores, 9)
	fmt.Println(scores, i, found, slices.Max(scores), min(2.5, 1.5), max("a", "b"))
	slices.Reverse(scores)
	fmt.Println(scores)
	type kv struct {
		k string
		v int
	}
	fmt.Printf("%v %+v\n", kv{"a", 1}, []kv{{"b", 2}})
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	fmt.Println("exiting")
	if len(scores) > 0 {
		fmt.Println("game over")
		os.Exit(3)
	}
}
