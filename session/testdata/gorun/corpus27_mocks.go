package main

import (
	"errors"
	"fmt"
)

type PaymentGateway interface {
	Charge(customer string, cents int64) (string, error)
	Refund(txID string) error
}

type OrderService struct {
	gw PaymentGateway
}

func (s *OrderService) Checkout(customer string, cents int64) (string, error) {
	if cents <= 0 {
		return "", fmt.Errorf("checkout: invalid amount %d", cents)
	}
	tx, err := s.gw.Charge(customer, cents)
	if err != nil {
		return "", fmt.Errorf("checkout %s: %w", customer, err)
	}
	return tx, nil
}

// Hand-written mock recording calls.
type call struct {
	Method string
	Args   []any
}

type mockGateway struct {
	calls     []call
	ChargeFn  func(string, int64) (string, error)
	RefundErr error
}

func (m *mockGateway) Charge(c string, cents int64) (string, error) {
	m.calls = append(m.calls, call{"Charge", []any{c, cents}})
	if m.ChargeFn != nil {
		return m.ChargeFn(c, cents)
	}
	return "tx-default", nil
}

func (m *mockGateway) Refund(tx string) error {
	m.calls = append(m.calls, call{"Refund", []any{tx}})
	return m.RefundErr
}

var errDeclined = errors.New("card declined")

func check(name string, cond bool) {
	if cond {
		fmt.Println("PASS", name)
	} else {
		fmt.Println("FAIL", name)
	}
}

func main() {
	m := &mockGateway{}
	svc := &OrderService{gw: m}
	tx, err := svc.Checkout("ann", 1999)
	check("default charge", tx == "tx-default" && err == nil)
	check("one call", len(m.calls) == 1)
	fmt.Printf("%+v\n", m.calls[0])

	m.ChargeFn = func(c string, cents int64) (string, error) {
		if cents > 10000 {
			return "", errDeclined
		}
		return fmt.Sprintf("tx-%s-%d", c, cents), nil
	}
	tx, err = svc.Checkout("bob", 500)
	check("custom charge", tx == "tx-bob-500")
	_, err = svc.Checkout("cid", 20000)
	check("declined wraps", errors.Is(err, errDeclined))
	fmt.Println(err)
	_, err = svc.Checkout("dan", 0)
	check("no call on invalid", len(m.calls) == 3)
	fmt.Println(err)

	m.RefundErr = errors.New("too late")
	check("refund error", svc.gw.Refund("tx-1") != nil)
	for i, c := range m.calls {
		fmt.Println(i, c.Method, c.Args)
	}
	var _ PaymentGateway = (*mockGateway)(nil)
}
