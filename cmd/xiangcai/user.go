package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/demo"
)

// user creates a user, such as the first administrator, and prints a
// generated password: Xiangcai never ships a default one.
func user(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "create" {
		return errors.New("usage: xiangcai user create --role ROLE [--city CODE] [--region CODE] (--username NAME | --phone PHONE) --name DISPLAY")
	}
	flags := flag.NewFlagSet("user create", flag.ContinueOnError)
	var in accounts.NewUser
	role := flags.String("role", "", "trainee, instructor, city_admin or province_admin")
	flags.StringVar(&in.CityCode, "city", "", "city code (required for city_admin), such as 430100")
	flags.StringVar(&in.RegionCode, "region", "", "region code where the user works")
	flags.StringVar(&in.Username, "username", "", "sign-in name")
	flags.StringVar(&in.Phone, "phone", "", "mobile number to sign in with")
	flags.StringVar(&in.DisplayName, "name", "", "name shown to others")
	if err := flags.Parse(args[1:]); err != nil {
		return err
	}
	in.Role = xiangcai.Role(*role)
	in.Password = demo.NewPassword()
	a, err := openMigrated(ctx)
	if err != nil {
		return err
	}
	defer a.close()
	u, err := a.accounts.CreateUserAsSystem(ctx, in)
	if err != nil {
		return describe(err)
	}
	login := u.Username
	if login == "" {
		login = in.Phone
	}
	fmt.Printf("created %s %s (%s)\n    account:  %s\n    password: %s\n", u.Role, u.DisplayName, u.ID, login, in.Password)
	return nil
}

// describe spells out an application error's field problems for a terminal.
func describe(err error) error {
	var e *xiangcai.Error
	if !errors.As(err, &e) || len(e.Fields) == 0 {
		return err
	}
	flagOf := map[string]string{"city_code": "city", "region_code": "region", "display_name": "name"}
	msg := e.Message.In("en")
	for _, f := range e.Fields {
		name := f.Field
		if flag, ok := flagOf[name]; ok {
			name = flag
		}
		msg += fmt.Sprintf("\n  --%s: %s", name, f.Message.In("en"))
	}
	return errors.New(msg)
}
