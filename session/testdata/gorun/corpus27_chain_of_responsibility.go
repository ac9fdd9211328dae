package main

import "fmt"

type Request struct {
	Amount   int
	Purpose  string
	Approved []string
}

type Approver interface {
	SetNext(Approver) Approver
	Handle(r *Request) string
}

type baseApprover struct {
	next Approver
}

func (b *baseApprover) SetNext(n Approver) Approver {
	b.next = n
	return n
}

func (b *baseApprover) passOn(r *Request) string {
	if b.next == nil {
		return fmt.Sprintf("rejected %d for %s: nobody can approve", r.Amount, r.Purpose)
	}
	return b.next.Handle(r)
}

type Manager struct {
	baseApprover
	limit int
}

func (m *Manager) Handle(r *Request) string {
	if r.Amount <= m.limit {
		r.Approved = append(r.Approved, "manager")
		return fmt.Sprintf("manager approved %d", r.Amount)
	}
	return m.passOn(r)
}

type Director struct {
	baseApprover
}

func (d *Director) Handle(r *Request) string {
	if r.Amount <= 10000 && r.Purpose != "party" {
		r.Approved = append(r.Approved, "director")
		return fmt.Sprintf("director approved %d", r.Amount)
	}
	return d.passOn(r)
}

type CEO struct {
	baseApprover
	budget int
}

func (c *CEO) Handle(r *Request) string {
	if r.Amount <= c.budget {
		c.budget -= r.Amount
		r.Approved = append(r.Approved, "ceo")
		return fmt.Sprintf("ceo approved %d (budget left %d)", r.Amount, c.budget)
	}
	return c.passOn(r)
}

func main() {
	m := &Manager{limit: 1000}
	ceo := &CEO{budget: 60000}
	m.SetNext(&Director{}).SetNext(ceo)

	reqs := []*Request{
		{Amount: 500, Purpose: "books"},
		{Amount: 5000, Purpose: "laptop"},
		{Amount: 5000, Purpose: "party"},
		{Amount: 50000, Purpose: "server"},
		{Amount: 50000, Purpose: "server"},
	}
	for _, r := range reqs {
		fmt.Println(m.Handle(r))
	}
	for _, r := range reqs {
		fmt.Printf("%+v\n", *r)
	}
}
