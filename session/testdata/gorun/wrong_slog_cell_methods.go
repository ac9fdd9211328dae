package main

import (
	"fmt"
	"log/slog"
	"os"
)

// Values of cell types handed to log/slog as an any: slog logs them
// through their String, Error and MarshalText methods and prints a
// struct's unexported fields by their names, which native code does not
// see in the interpreter; a LogValue method it does see.
type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type secret struct {
	user string
	pass string
}

type Code string

func (c Code) MarshalText() ([]byte, error) { return []byte("code-" + string(c)), nil }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type User struct {
	ID   int
	pass string
}

func (u *User) LogValue() slog.Value { return slog.IntValue(u.ID) }

func main() {
	opts := &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	for _, h := range []slog.Handler{slog.NewTextHandler(os.Stdout, opts), slog.NewJSONHandler(os.Stdout, opts)} {
		l := slog.New(h)
		l.Info("plain", "n", 1, "user", &User{7, "pw"})
		l.Info("a", "level", Level(2), "levels", []Level{3})
		l.Info("b", "secret", secret{"ann", "pw"}, "code", Code("x1"))
		l.Info("c", "nf", &NotFound{"k"}, slog.Any("lvl", Level(4)))
	}
}
