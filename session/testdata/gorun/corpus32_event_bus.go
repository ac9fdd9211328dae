package main

import "fmt"

type Handler[E any] func(E)

type Bus[E any] struct {
	handlers []Handler[E]
	history  []E
}

func (b *Bus[E]) Subscribe(h Handler[E]) func() {
	b.handlers = append(b.handlers, h)
	idx := len(b.handlers) - 1
	return func() { b.handlers[idx] = nil }
}

func (b *Bus[E]) Publish(e E) int {
	b.history = append(b.history, e)
	n := 0
	for _, h := range b.handlers {
		if h != nil {
			h(e)
			n++
		}
	}
	return n
}

type UserCreated struct {
	ID   int
	Name string
}

type OrderPlaced struct {
	OrderID string
	Total   float64
}

func main() {
	var users Bus[UserCreated]
	var orders Bus[OrderPlaced]
	welcome := users.Subscribe(func(u UserCreated) { fmt.Printf("welcome %s (#%d)\n", u.Name, u.ID) })
	users.Subscribe(func(u UserCreated) { fmt.Println("audit: user", u.ID) })
	orders.Subscribe(func(o OrderPlaced) { fmt.Printf("order %s: $%.2f\n", o.OrderID, o.Total) })

	fmt.Println("delivered:", users.Publish(UserCreated{1, "ada"}))
	welcome()
	fmt.Println("delivered:", users.Publish(UserCreated{2, "linus"}))
	orders.Publish(OrderPlaced{"A-100", 19.99})
	fmt.Printf("%d %+v\n", len(users.history), users.history[1])
	fmt.Printf("%T\n", orders.handlers[0])
}
