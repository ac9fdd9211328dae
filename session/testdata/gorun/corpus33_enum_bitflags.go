// Bit flags with iota shifts and a String that lists set flags.
package main

import (
	"fmt"
	"strings"
)

type Permission uint8

const (
	Read Permission = 1 << iota
	Write
	Execute
	Admin
)

func (p Permission) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []struct {
		flag Permission
		name string
	}{{Read, "read"}, {Write, "write"}, {Execute, "exec"}, {Admin, "admin"}}
	for _, n := range names {
		if p&n.flag != 0 {
			parts = append(parts, n.name)
		}
	}
	return strings.Join(parts, "|")
}

func (p Permission) Has(q Permission) bool { return p&q == q }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type User struct {
	Name  string
	Perms Permission
}

func main() {
	var p Permission
	fmt.Println(p)
	p |= Read | Write
	fmt.Println(p, uint8(p))
	p |= Admin
	fmt.Println(p)
	p &^= Write
	fmt.Println(p, p.Has(Read), p.Has(Write|Read))
	fmt.Printf("%v %d %08b\n", Execute, Execute, Execute)

	users := []User{{"root", Read | Write | Execute | Admin}, {"guest", Read}, {"nobody", 0}}
	for _, u := range users {
		fmt.Printf("%-7s %v\n", u.Name, u.Perms)
	}
	fmt.Println(users)
	fmt.Printf("%+v\n", users[1])

	sizes := []ByteSize{512, 2048, 5 * MB, 1.5 * GB}
	for _, s := range sizes {
		fmt.Println(s)
	}
	var iface interface{} = MB
	if st, ok := iface.(fmt.Stringer); ok {
		fmt.Println("stringer:", st)
	}
	fmt.Println(KB, MB, GB)
}
