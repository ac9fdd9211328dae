package native

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
)

// entry makes a cache entry of size bytes last used age ago.
func entry(t *testing.T, dir, name string, size int, age time.Duration, now time.Time) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, "program"), make([]byte, size), 0o644); err != nil {
		t.Fatal(err)
	}
	when := now.Add(-age)
	if err := os.Chtimes(path, when, when); err != nil {
		t.Fatal(err)
	}
}

func remaining(t *testing.T, dir string) []string {
	t.Helper()
	names, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range names {
		out = append(out, d.Name())
	}
	return out
}

func TestTrimKeepsRecentEntriesUnderTheLimit(t *testing.T) {
	now := time.Now()
	key := func(c byte) string { return strings.Repeat(string(c), 20) }
	cases := []struct {
		name  string
		limit int64
		keep  []string
	}{
		// Unused for more than five days goes whatever the size; a stale
		// build directory goes; a user's own directory stays.
		{"no limit", 0, []string{key('1'), key('2'), "p" + key('3'), "p" + key('4'), "notes"}},
		// Over the limit, the least recently used go first, and an entry
		// used within the hour stays even when the cache is still over.
		{"limit", 2500, []string{"p" + key('3'), "p" + key('4'), "notes"}},
		{"tiny limit", 1, []string{"p" + key('4'), "notes"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			entry(t, dir, key('0'), 1000, 6*24*time.Hour, now)
			entry(t, dir, key('1'), 1000, 3*24*time.Hour, now)
			entry(t, dir, key('2'), 1000, 2*24*time.Hour, now)
			entry(t, dir, "p"+key('3'), 1000, 2*time.Hour, now)
			entry(t, dir, "p"+key('4'), 1000, time.Minute, now)
			entry(t, dir, key('5')+".build-123", 1000, 2*24*time.Hour, now)
			entry(t, dir, key('6')+".build-456", 1000, time.Minute, now)
			entry(t, dir, "notes", 1000, 30*24*time.Hour, now)
			trimCache(dir, now, tc.limit)
			want := append(slices.Clone(tc.keep), key('6')+".build-456")
			slices.Sort(want)
			if got := remaining(t, dir); !slices.Equal(got, want) {
				t.Errorf("left %v, want %v", got, want)
			}
		})
	}
}

func TestTrimRunsOnceAnHour(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	c := New(gil.New(), Options{CacheDir: dir, CacheMax: 1})
	entry(t, dir, "p"+strings.Repeat("a", 20), 100, 3*time.Hour, now)
	c.trim(dir)
	if got := remaining(t, dir); !slices.Equal(got, []string{trimMarker}) {
		t.Fatalf("after the first trim: %v", got)
	}
	entry(t, dir, "p"+strings.Repeat("b", 20), 100, 3*time.Hour, now)
	c.trim(dir)
	if got := remaining(t, dir); len(got) != 2 {
		t.Fatalf("a second trim within the hour removed entries: %v", got)
	}
}

func TestTouchMarksUseAtMostHourly(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-3 * time.Hour)
	if err := os.Chtimes(dir, old, old); err != nil {
		t.Fatal(err)
	}
	touch(dir)
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(info.ModTime()) > time.Minute {
		t.Errorf("touch left the entry's use at %v", info.ModTime())
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{
		"1048576": 1 << 20, "500MB": 500 << 20, "2G": 2 << 30, "2 GB": 2 << 30,
		"1.5GiB": 3 << 29, "64k": 64 << 10, "off": 0, "0": 0, "1t": 1 << 40,
	} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-5MB", "5XB", "1e30"} {
		if _, err := parseSize(in); err == nil || !strings.Contains(err.Error(), "GOGIL_NATIVE_CACHE_MAX") {
			t.Errorf("parseSize(%q): %v, want an error naming the variable", in, err)
		}
	}
}

func TestBadCacheLimitIsAnError(t *testing.T) {
	t.Setenv("GOGIL_NATIVE_CACHE_MAX", "lots")
	c := New(gil.New(), Options{CacheDir: t.TempDir()})
	if _, err := c.cacheDir(); err == nil || !strings.Contains(err.Error(), `"lots" is not a size`) {
		t.Fatalf("cacheDir with a bad limit: %v", err)
	}
}
