package main

import (
	"errors"
	"fmt"
)

type PaymentMethod interface {
	Pay(amount float64) (string, error)
}

type CreditCard struct {
	Number string
	Limit  float64
	spent  float64
}

func (c *CreditCard) Pay(amount float64) (string, error) {
	if c.spent+amount > c.Limit {
		return "", fmt.Errorf("card %s: limit exceeded (%.2f > %.2f)", c.masked(), c.spent+amount, c.Limit)
	}
	c.spent += amount
	return fmt.Sprintf("charged %.2f to card %s", amount, c.masked()), nil
}

func (c *CreditCard) masked() string {
	return "****" + c.Number[len(c.Number)-4:]
}

type PayPal struct {
	Email   string
	Balance float64
}

var ErrInsufficientFunds = errors.New("insufficient funds")

func (p *PayPal) Pay(amount float64) (string, error) {
	if amount > p.Balance {
		return "", fmt.Errorf("paypal %s: %w", p.Email, ErrInsufficientFunds)
	}
	p.Balance -= amount
	return fmt.Sprintf("paid %.2f via PayPal (%s)", amount, p.Email), nil
}

type Cash struct{}

func (Cash) Pay(amount float64) (string, error) {
	return fmt.Sprintf("paid %.2f in cash", amount), nil
}

func checkout(m PaymentMethod, amount float64) {
	msg, err := m.Pay(amount)
	if err != nil {
		fmt.Println("error:", err)
		if errors.Is(err, ErrInsufficientFunds) {
			fmt.Println("  -> please top up your account")
		}
		return
	}
	fmt.Println(msg)
}

func main() {
	card := &CreditCard{Number: "4111111111111234", Limit: 100}
	pp := &PayPal{Email: "ann@example.com", Balance: 30}
	methods := []PaymentMethod{card, pp, Cash{}}

	for _, amount := range []float64{25, 50} {
		for _, m := range methods {
			checkout(m, amount)
		}
	}
	checkout(card, 40)
	fmt.Printf("card spent %.2f, paypal balance %.2f\n", card.spent, pp.Balance)
	fmt.Printf("%T %T %T\n", methods[0], methods[1], methods[2])
}
