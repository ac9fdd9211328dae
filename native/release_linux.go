package native

import (
	"bufio"
	"debug/elf"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// releaseLoaded gives back the resident pages of a plugin's read-only,
// never-written segments once the kernel has loaded it and read its
// tables: the dynamic symbol table and relocations (ld.so reads all of
// them to bind the plugin), the code and the pclntab. Loading touches most
// of them (a plugin carries its own copy of the runtime, dead beside the
// kernel's, and a fault maps a whole run of cached pages around the one
// touched), and almost none is read again: the cell's own code and its
// pclntab entries fault back in from the page cache, shared with every
// kernel loading the same cell, when they run or a stack is walked.
//
// Only segments without PF_W, clipped away from every writable one (the
// relocated RELRO data lives there), are advised: for them MADV_DONTNEED
// drops nothing but clean copies of the file. Errors are ignored: this
// only saves memory.
func releaseLoaded(so string) {
	f, err := elf.Open(so)
	if err != nil {
		return
	}
	defer f.Close()
	info, err := os.Stat(so)
	if err != nil {
		return
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	maps, err := fileMappings(st.Ino)
	if err != nil || len(maps) == 0 {
		return
	}
	page := uint64(os.Getpagesize())
	down := func(x uint64) uint64 { return x &^ (page - 1) }
	up := func(x uint64) uint64 { return down(x + page - 1) }
	var base uint64
	found := false
	for _, p := range f.Progs {
		if p.Type != elf.PT_LOAD || down(p.Off) != 0 {
			continue
		}
		for _, m := range maps {
			if m.offset == 0 {
				base, found = m.start-down(p.Vaddr), true
			}
		}
		break
	}
	if !found {
		return
	}
	var writable [][2]uint64
	for _, p := range f.Progs {
		if (p.Type == elf.PT_LOAD && p.Flags&elf.PF_W != 0) || p.Type == elf.PT_GNU_RELRO {
			writable = append(writable, [2]uint64{base + down(p.Vaddr), base + up(p.Vaddr+p.Memsz)})
		}
	}
	for _, p := range f.Progs {
		if p.Type != elf.PT_LOAD || p.Flags&elf.PF_W != 0 {
			continue
		}
		lo, hi := base+up(p.Vaddr), base+down(p.Vaddr+p.Filesz)
		for _, w := range writable {
			if w[0] < hi && lo < w[1] { // overlap: keep the part below it
				hi = min(hi, w[0])
			}
		}
		if lo >= hi || !readOnlyMapping(maps, lo, hi) {
			continue
		}
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, uintptr(lo), uintptr(hi-lo), syscall.MADV_DONTNEED)
	}
}

type mapping struct {
	start, end, offset uint64
	writable           bool
}

// fileMappings are the process's mappings of the file with inode ino.
func fileMappings(ino uint64) ([]mapping, error) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[4] != strconv.FormatUint(ino, 10) {
			continue
		}
		var m mapping
		if _, err := fmt.Sscanf(fields[0], "%x-%x", &m.start, &m.end); err != nil {
			continue
		}
		if m.offset, err = strconv.ParseUint(fields[2], 16, 64); err != nil {
			continue
		}
		m.writable = strings.Contains(fields[1], "w")
		out = append(out, m)
	}
	return out, sc.Err()
}

// readOnlyMapping tells whether [lo, hi) lies wholly in read-only
// mappings of the file: never anything anonymous or written.
func readOnlyMapping(maps []mapping, lo, hi uint64) bool {
	for lo < hi {
		next := lo
		for _, m := range maps {
			if m.start <= lo && lo < m.end && !m.writable {
				next = min(m.end, hi)
				break
			}
		}
		if next == lo {
			return false
		}
		lo = next
	}
	return true
}
