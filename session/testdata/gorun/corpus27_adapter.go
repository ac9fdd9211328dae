package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

// Our code wants a Notifier.
type Notifier interface {
	Notify(msg string) error
}

// A "third party" type with a different API.
type LegacySMS struct {
	sent []string
}

func (l *LegacySMS) SendText(number string, body []byte) int {
	l.sent = append(l.sent, number+"<"+string(body)+">")
	return len(body)
}

type SMSAdapter struct {
	client *LegacySMS
	number string
}

func (a SMSAdapter) Notify(msg string) error {
	if n := a.client.SendText(a.number, []byte(msg)); n != len(msg) {
		return fmt.Errorf("short send")
	}
	return nil
}

// Function adapter, like http.HandlerFunc.
type NotifierFunc func(string) error

func (f NotifierFunc) Notify(msg string) error { return f(msg) }

// Adapting a library type: strings.Builder to Notifier.
type builderNotifier struct{ *strings.Builder }

func (b builderNotifier) Notify(msg string) error {
	_, err := b.WriteString(msg + ";")
	return err
}

// Adapting a slice to sort.Interface.
type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func broadcast(msg string, ns ...Notifier) {
	for i, n := range ns {
		if err := n.Notify(msg); err != nil {
			fmt.Println(i, "error:", err)
		}
	}
}

func main() {
	sms := &LegacySMS{}
	var sb strings.Builder
	var printed []string
	broadcast("server down",
		SMSAdapter{client: sms, number: "555-0100"},
		NotifierFunc(func(m string) error { printed = append(printed, m); return nil }),
		builderNotifier{&sb},
		NotifierFunc(func(string) error { return fmt.Errorf("pager offline") }),
	)
	broadcast("server up", builderNotifier{&sb}, SMSAdapter{sms, "555-0199"})
	fmt.Println(sms.sent)
	fmt.Println(printed)
	fmt.Println(sb.String())

	words := []string{"banana", "fig", "kiwi", "cherry", "a"}
	sort.Stable(byLen(words))
	fmt.Println(words)

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	for _, x := range words {
		fmt.Fprintf(w, "%s\t%d\n", x, len(x))
	}
	w.Flush()
}
