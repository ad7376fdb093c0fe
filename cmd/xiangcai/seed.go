package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"xiangcai/demo"
)

// seed loads demo data and prints how to sign in.
func seed(ctx context.Context, args []string) error {
	flags := flag.NewFlagSet("seed", flag.ContinueOnError)
	withDemo := flags.Bool("demo", false, "load demonstration accounts and data")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if !*withDemo {
		return errors.New("usage: xiangcai seed --demo")
	}
	a, err := openMigrated(ctx)
	if err != nil {
		return err
	}
	defer a.close()
	accounts, err := demo.Seed(ctx, a.accounts, a.talents,
		demo.Learning{DB: a.db, Courses: a.courses, Media: a.media, Progress: a.progress, Out: os.Stdout})
	if err != nil {
		return err
	}
	printAccounts(os.Stdout, a.cfg.BaseURL, accounts)
	return nil
}

func printAccounts(w io.Writer, baseURL string, accounts []demo.Account) {
	fmt.Fprintf(w, "\nDemo data is ready. Open %s/login and sign in as the province administrator:\n\n", baseURL)
	fmt.Fprintf(w, "    account:  %s\n    password: %s\n\n", accounts[0].Login, accounts[0].Password)
	fmt.Fprintln(w, "Other demo accounts (passwords change each time you seed):")
	for _, a := range accounts[1:] {
		fmt.Fprintf(w, "    %-14s %-16s %-16s %s\n", a.Role, a.Login, a.Password, a.Name)
	}
	fmt.Fprintln(w)
}
