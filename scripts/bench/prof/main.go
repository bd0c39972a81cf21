// Command prof runs a mailbot command in-process (mailbot.Main, the same code
// as the mailbot binary) under the Go profiler, for scripts/bench.sh and for
// finding where time and memory go:
//
//	prof -cpuprofile cpu.out [-memprofile heap.out] -- poll --once --config FILE
//
// Inspect with `go tool pprof -top cpu.out`. The exit code is mailbot's.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"

	"mailbot/mailbot"
)

func main() {
	cpu := flag.String("cpuprofile", "", "write a CPU profile to this file")
	mem := flag.String("memprofile", "", "write an allocation profile (alloc_space) to this file at exit")
	flag.Parse()
	if *mem != "" {
		runtime.MemProfileRate = 64 << 10
	}
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fmt.Fprintf(os.Stderr, "prof: %v\n", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "prof: start cpu profile: %v\n", err)
			os.Exit(1)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := mailbot.Main(ctx, flag.Args(), os.Stdout, os.Stderr)
	stop()
	if *cpu != "" {
		pprof.StopCPUProfile()
	}
	if *mem != "" {
		runtime.GC() // the allocs profile is as of the last completed GC
		f, err := os.Create(*mem)
		if err == nil {
			err = pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "prof: write memory profile: %v\n", err)
		}
	}
	os.Exit(code)
}
