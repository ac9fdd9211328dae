package main

import "fmt"

type Request struct {
	Amount int
	Reason string
}

type Approver interface {
	SetNext(Approver) Approver
	Handle(r Request) string
}

type baseApprover struct {
	next Approver
}

func (b *baseApprover) SetNext(n Approver) Approver {
	b.next = n
	return n
}

func (b *baseApprover) pass(r Request) string {
	if b.next == nil {
		return fmt.Sprintf("nobody can approve %d", r.Amount)
	}
	return b.next.Handle(r)
}

type Manager struct {
	baseApprover
	limit int
}

func (m *Manager) Handle(r Request) string {
	if r.Amount <= m.limit {
		return fmt.Sprintf("manager approved %d for %s", r.Amount, r.Reason)
	}
	return m.pass(r)
}

type Director struct{ baseApprover }

func (d *Director) Handle(r Request) string {
	if r.Amount <= 10000 {
		return fmt.Sprintf("director approved %d", r.Amount)
	}
	return d.pass(r)
}

type CFO struct{ baseApprover }

func (c *CFO) Handle(r Request) string {
	if r.Reason == "fun" {
		return "cfo rejected: " + r.Reason
	}
	if r.Amount <= 100000 {
		return fmt.Sprintf("cfo approved %d", r.Amount)
	}
	return c.pass(r)
}

func main() {
	m := &Manager{limit: 1000}
	m.SetNext(&Director{}).SetNext(&CFO{})

	reqs := []Request{{500, "books"}, {5000, "laptop"}, {50000, "fun"}, {60000, "servers"}, {1e6, "building"}}
	for i, r := range reqs {
		fmt.Printf("%d. %s\n", i+1, m.Handle(r))
	}

	var chain []func(int) (string, bool)
	for _, lim := range []int{10, 100, 1000} {
		chain = append(chain, func(n int) (string, bool) {
			if n <= lim {
				return fmt.Sprintf("handled by <=%d", lim), true
			}
			return "", false
		})
	}
	for _, n := range []int{7, 70, 700, 7000} {
		handled := false
		for _, h := range chain {
			if msg, ok := h(n); ok {
				fmt.Println(n, msg)
				handled = true
				break
			}
		}
		if !handled {
			fmt.Println(n, "unhandled")
		}
	}
}
