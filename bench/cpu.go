package bench

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// cpuTimes is the CPU time used so far by this process (the servers, the
// load generator and the benchmark alike) and by the PostgreSQL processes
// of this machine, so that a run can tell which side its CPU went to.
type cpuTimes struct {
	process, postgres time.Duration
}

// cpuNow reads the CPU time used so far. PostgreSQL's is the user and
// system time of every process named postgres that /proc shows, and zero
// where it shows none (a remote server, another operating system).
func cpuNow() cpuTimes {
	var usage syscall.Rusage
	var t cpuTimes
	if syscall.Getrusage(syscall.RUSAGE_SELF, &usage) == nil {
		t.process = time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
	}
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, dir := range dirs {
		if comm, err := os.ReadFile(dir + "/comm"); err == nil && strings.HasPrefix(string(comm), "postgres") {
			t.postgres += procCPU(dir + "/stat")
		}
	}
	return t
}

// clockTick is the unit of the times in /proc/<pid>/stat (USER_HZ, 100 on
// Linux).
const clockTick = 10 * time.Millisecond

// procCPU returns the user and system time in a /proc/<pid>/stat file, or
// zero when the process has gone.
func procCPU(path string) time.Duration {
	stat, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	// The fields after the command's closing parenthesis start with the
	// state (field 3); utime and stime are fields 14 and 15.
	s := string(stat)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return 0
	}
	user, _ := strconv.ParseInt(fields[11], 10, 64)
	system, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(user+system) * clockTick
}

// since returns the CPU time used from t to u.
func (t cpuTimes) since(u cpuTimes) cpuTimes {
	return cpuTimes{process: t.process - u.process, postgres: t.postgres - u.postgres}
}
