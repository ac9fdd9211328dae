package yaegistate

import "testing"

func TestNodeLayoutOfThisYaegi(t *testing.T) {
	if _, err := nodeLayoutOnce(); err != nil {
		t.Fatal(err)
	}
}

// Only a first argument the runtime vouches for is read as a node.
func TestFirstPointer(t *testing.T) {
	for args, want := range map[string]bool{
		"0xc000123400, 0xc000456000, 0x7f7c?, 0x80?": true,
		"0xc000123400?, 0xc000456000":                false,
		"...":                                        false,
		"":                                           false,
		"0x0, 0x1":                                   false,
	} {
		if got := firstPointer(args) != nil; got != want {
			t.Errorf("firstPointer(%q) read: %v, want %v", args, got, want)
		}
	}
}
