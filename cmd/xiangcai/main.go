// Command xiangcai runs Xiangcai (湘才): `serve` (the default) starts the web
// server; `migrate`, `user create`, `seed --demo` and `healthcheck` are the
// operator's tools. Everything is configured by XIANGCAI_* environment
// variables; with none set it runs on a SQLite file and a folder under ./data.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage: xiangcai [command]

commands:
  serve                      start the web server (the default)
  migrate up|down|status     apply pending migrations, revert the last one, or list them
  user create --role ROLE [--city CODE] (--username NAME | --phone PHONE) --name DISPLAY
                             create a user and print a generated password
  seed --demo                load demo data and print how to sign in
  healthcheck                exit 0 if the local server answers /healthz (for containers)

configuration: XIANGCAI_* environment variables, listed in the README.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "xiangcai:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	command := "serve"
	if len(args) > 0 {
		command, args = args[0], args[1:]
	}
	switch command {
	case "serve":
		return serve(ctx)
	case "migrate":
		return migrate(ctx, args)
	case "user":
		return user(ctx, args)
	case "seed":
		return seed(ctx, args)
	case "healthcheck":
		return healthcheck(ctx)
	case "help", "-h", "--help":
		fmt.Print(usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n\n%s", command, usage)
}
