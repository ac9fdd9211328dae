package gorun

import "testing"

func TestAsCellKeepsRawStringIndentation(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst s = `a\n\tb\n`\n\tif true {\n\t\tfmt.Print(s)\n\t}\n}\n"
	got, err := AsCell("x.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "import \"fmt\"\n\nconst s = `a\n\tb\n`\nif true {\n\tfmt.Print(s)\n}\n"
	if got != want {
		t.Errorf("AsCell:\n%s\nwant:\n%s", got, want)
	}
}

// A program waiting on timers is timed; one that only names time is not.
func TestTimedProgramsAreThoseWaitingOnTimers(t *testing.T) {
	for src, want := range map[string]bool{
		"time.Sleep(10 * time.Millisecond)":                             true,
		"<-time.After(d)":                                               true,
		"t := time.NewTicker(d)":                                        true,
		"ctx, cancel := context.WithTimeout(ctx, d)":                    true,
		"ctx, cancel := context.WithDeadlineCause(ctx, d, err)":         true,
		"fmt.Println(time.Duration(90) * time.Second, time.Unix(0, 0))": false,
		"mytime.Sleep(1)":                                               false,
	} {
		if got := timers.MatchString(src); got != want {
			t.Errorf("%s: timed %v, want %v", src, got, want)
		}
	}
}
