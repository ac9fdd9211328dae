package main

import "fmt"

type Config struct {
	Name    string
	Ports   []int
	Limits  map[string]int
	Owner   *User
	Backup  User
	Enabled [2]bool
}

type User struct {
	Login string
	Roles []string
}

func (c Config) Clone() Config {
	n := c
	n.Ports = append([]int(nil), c.Ports...)
	n.Limits = make(map[string]int, len(c.Limits))
	for k, v := range c.Limits {
		n.Limits[k] = v
	}
	if c.Owner != nil {
		o := *c.Owner
		n.Owner = &o
	}
	return n
}

func mutate(c Config) {
	c.Name = "mutated"
	c.Ports[0] = 0
	c.Limits["cpu"] = 0
	c.Owner.Login = "mallory"
	c.Backup.Login = "nobody"
	c.Enabled[0] = false
}

func main() {
	c := Config{
		Name:    "svc",
		Ports:   []int{80, 443},
		Limits:  map[string]int{"cpu": 2},
		Owner:   &User{Login: "root"},
		Backup:  User{Login: "bk", Roles: []string{"r"}},
		Enabled: [2]bool{true, true},
	}
	mutate(c)
	fmt.Println(c.Name, c.Ports, c.Limits, c.Owner.Login, c.Backup.Login, c.Enabled)

	c.Owner.Login = "root"
	d := c.Clone()
	d.Ports[1] = 8443
	d.Limits["mem"] = 4
	d.Owner.Login = "admin"
	d.Backup.Roles[0] = "shared"
	fmt.Println(c.Ports, c.Limits, c.Owner.Login, c.Backup.Roles)
	fmt.Println(d.Ports, d.Limits, d.Owner.Login, d.Backup.Roles)

	users := []User{{Login: "a"}, {Login: "b"}}
	for _, u := range users {
		u.Login = "changed"
	}
	fmt.Println(users)
	first := &users[0]
	users = append(users, User{Login: "c"})
	first.Login = "after-append"
	fmt.Println(users[0].Login, first.Login)

	type inner struct{ v int }
	type outer struct {
		in  inner
		ptr *inner
	}
	o1 := outer{inner{1}, &inner{1}}
	o2 := o1
	o2.in.v = 2
	o2.ptr.v = 2
	fmt.Println(o1.in.v, o1.ptr.v, o2.in.v)

	arr := [2]User{{Login: "x"}, {Login: "y"}}
	arr2 := arr
	arr2[0].Login = "z"
	fmt.Println(arr[0].Login, arr2[0].Login)
	sl := arr[:]
	sl[1].Login = "w"
	fmt.Println(arr[1].Login)
	fmt.Printf("%+v\n", arr)
}
