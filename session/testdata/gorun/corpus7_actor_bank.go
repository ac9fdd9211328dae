package main

import (
	"errors"
	"fmt"
	"sync"
)

type request interface {
	apply(balances map[string]int) (int, error)
}

type deposit struct {
	account string
	amount  int
}

func (d deposit) apply(b map[string]int) (int, error) {
	if d.amount <= 0 {
		return 0, fmt.Errorf("deposit %d: amount must be positive", d.amount)
	}
	b[d.account] += d.amount
	return b[d.account], nil
}

type withdraw struct {
	account string
	amount  int
}

var errFunds = errors.New("insufficient funds")

func (w withdraw) apply(b map[string]int) (int, error) {
	if b[w.account] < w.amount {
		return b[w.account], fmt.Errorf("withdraw %d from %s: %w", w.amount, w.account, errFunds)
	}
	b[w.account] -= w.amount
	return b[w.account], nil
}

type query struct{ account string }

func (q query) apply(b map[string]int) (int, error) { return b[q.account], nil }

type envelope struct {
	req   request
	reply chan result
}

type result struct {
	balance int
	err     error
}

// bank owns the balances; the only way in is its channel.
func bank(in <-chan envelope, done chan<- map[string]int) {
	balances := map[string]int{}
	for env := range in {
		bal, err := env.req.apply(balances)
		env.reply <- result{bal, err}
	}
	done <- balances
}

func call(in chan<- envelope, r request) result {
	reply := make(chan result)
	in <- envelope{r, reply}
	return <-reply
}

func main() {
	in := make(chan envelope)
	done := make(chan map[string]int)
	go bank(in, done)

	script := []request{
		deposit{"alice", 100},
		deposit{"bob", 50},
		withdraw{"alice", 30},
		withdraw{"bob", 80},
		deposit{"carol", -5},
		query{"alice"},
	}
	for _, r := range script {
		res := call(in, r)
		fmt.Printf("%-28v -> %4d err=%v\n", r, res.balance, res.err)
		if errors.Is(res.err, errFunds) {
			fmt.Println("   (declined)")
		}
	}

	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			call(in, deposit{"pool", i + 1})
		}()
	}
	wg.Wait()
	fmt.Println("pool:", call(in, query{"pool"}).balance)
	close(in)
	final := <-done
	fmt.Println(final["alice"], final["bob"], final["carol"], final["pool"], len(final))
}
