package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func (c Counter) IncValue()    { c.count++ }
func (c *Counter) IncPointer() { c.count++ }
func (c Counter) Get() int     { return c.count }
func (c Counter) WithName(n string) Counter {
	c.name = n
	return c
}

type Wallet struct {
	Owner   string
	Balance float64
	History []float64
}

func (w Wallet) Deposit(x float64) {
	w.Balance += x
	w.History = append(w.History, x)
}

func (w *Wallet) DepositPtr(x float64) {
	w.Balance += x
	w.History = append(w.History, x)
}

func main() {
	c := Counter{name: "a"}
	c.IncValue()
	c.IncValue()
	fmt.Println("after value incs:", c.count, c.Get())
	c.IncPointer()
	c.IncPointer()
	fmt.Println("after pointer incs:", c.count)

	d := c.WithName("b")
	fmt.Println(c.name, d.name, d.count)
	d.IncPointer()
	fmt.Println(c.count, d.count)

	p := &c
	p.IncValue()
	p.IncPointer()
	fmt.Println("through pointer:", c.count, p.count)

	w := Wallet{Owner: "ann", History: make([]float64, 0, 4)}
	w.Deposit(10)
	fmt.Printf("%+v len=%d\n", w, len(w.History))
	w.DepositPtr(5)
	fmt.Printf("%+v len=%d\n", w, len(w.History))
	w.Deposit(7)
	fmt.Println(w.History, w.History[:cap(w.History)][:2])

	counters := []Counter{{"x", 0}, {"y", 0}}
	for _, ct := range counters {
		ct.IncPointer()
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].IncPointer()
	}
	fmt.Println(counters)
	ptrs := []*Counter{&counters[0], &counters[1]}
	for _, pc := range ptrs {
		pc.IncPointer()
	}
	fmt.Println(counters[0].count, counters[1].count)
}
