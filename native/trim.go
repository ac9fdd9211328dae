package native

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The cache keeps one directory for each distinct cell built (a plugin or a
// program, 1.5 to 3 MB each), and a cell edited and run again is a new
// one. Without a bound it grows with every edit for as long as kernels
// run: the corpus tests alone left 12,700 programs, 32 GB. So it is
// trimmed as Go trims its build cache: an entry records its last use in
// its directory's modification time (touched at most once per touchEvery),
// and after a build, at most once per trimEvery, entries unused for
// unusedFor go, and then the least recently used ones until the cache is
// under its size limit.
const (
	touchEvery = time.Hour
	trimEvery  = time.Hour
	unusedFor  = 5 * 24 * time.Hour
	// staleBuild is the age of a build directory nobody renamed into place
	// (a kernel killed while building) after which it goes too.
	staleBuild = 24 * time.Hour
	// DefaultCacheMax is the size limit when neither Options.CacheMax nor
	// $GOGIL_NATIVE_CACHE_MAX sets one.
	DefaultCacheMax = 2 << 30
	trimMarker      = "trimmed"
)

// touch marks the cache entry dir as used now, so that a trim keeps it.
func touch(dir string) {
	info, err := os.Stat(dir)
	if err != nil || time.Since(info.ModTime()) < touchEvery {
		return
	}
	now := time.Now()
	_ = os.Chtimes(dir, now, now)
}

// cacheMax is the cache's size limit in bytes; 0 means none.
func (c *Compiler) cacheMax() (int64, error) {
	if c.opts.CacheMax != 0 {
		return max(c.opts.CacheMax, 0), nil
	}
	v, ok := os.LookupEnv("GOGIL_NATIVE_CACHE_MAX")
	if !ok || strings.TrimSpace(v) == "" {
		return DefaultCacheMax, nil
	}
	return parseSize(v)
}

// parseSize reads a size such as 500MB, 2G, 1.5GiB or 1048576 (bytes);
// multiples are of 1024. "off" and 0 mean no limit.
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "off" {
		return 0, nil
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "b"), "i")
	mult := int64(1)
	if t != "" {
		switch t[len(t)-1] {
		case 'k':
			mult = 1 << 10
		case 'm':
			mult = 1 << 20
		case 'g':
			mult = 1 << 30
		case 't':
			mult = 1 << 40
		}
		if mult != 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
	if err != nil || n < 0 || n*float64(mult) > 1<<62 {
		return 0, fmt.Errorf("GOGIL_NATIVE_CACHE_MAX: %q is not a size (write it as 500MB, 2GB or off)", s)
	}
	return int64(n * float64(mult)), nil
}

type cacheEntry struct {
	path string
	used time.Time
	size int64
}

// trim removes what the policy above says goes, once per trimEvery for
// each cache directory (the marker's time is shared by kernels). It keeps
// every entry used within touchEvery: a kernel may be about to load it.
// Errors are ignored: another kernel may be trimming the same entries, and
// a cache that stays too large is better than a cell that fails.
func (c *Compiler) trim(dir string) {
	marker := filepath.Join(dir, trimMarker)
	if info, err := os.Stat(marker); err == nil && time.Since(info.ModTime()) < trimEvery {
		return
	}
	_ = os.WriteFile(marker, nil, 0o644)
	now := time.Now()
	_ = os.Chtimes(marker, now, now)
	limit, err := c.cacheMax()
	if err != nil {
		limit = DefaultCacheMax
	}
	trimCache(dir, now, limit)
}

func trimCache(dir string, now time.Time, limit int64) {
	names, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	var entries []cacheEntry
	var total int64
	for _, d := range names {
		if !d.IsDir() {
			continue
		}
		info, err := d.Info()
		if err != nil {
			continue
		}
		path := filepath.Join(dir, d.Name())
		age := now.Sub(info.ModTime())
		if strings.Contains(d.Name(), ".build-") {
			if age > staleBuild {
				_ = os.RemoveAll(path)
			}
			continue
		}
		if !isEntryName(d.Name()) {
			continue
		}
		if age > unusedFor {
			_ = os.RemoveAll(path)
			continue
		}
		e := cacheEntry{path: path, used: info.ModTime(), size: dirSize(path)}
		entries = append(entries, e)
		total += e.size
	}
	if limit <= 0 || total <= limit {
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].used.Before(entries[j].used) })
	for _, e := range entries {
		if total <= limit || now.Sub(e.used) < touchEvery {
			return
		}
		if os.RemoveAll(e.path) == nil {
			total -= e.size
		}
	}
}

// isEntryName tells a cache entry (a key, or p and a key for a program)
// from anything else a user may have put in the directory.
func isEntryName(name string) bool {
	name = strings.TrimPrefix(name, "p")
	if len(name) != 20 {
		return false
	}
	for _, r := range name {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return false
		}
	}
	return true
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
