package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai"
	"xiangcai/accounts"
)

// CreateUserInput is the body of POST /users.
type CreateUserInput struct {
	Body struct {
		Username    string `json:"username,omitempty" maxLength:"32" doc:"letters, digits, _ . -; starts with a letter"`
		Phone       string `json:"phone,omitempty" maxLength:"20" doc:"mainland mobile number"`
		DisplayName string `json:"display_name" maxLength:"50"`
		Role        string `json:"role" enum:"trainee,instructor,city_admin,province_admin"`
		CityCode    string `json:"city_code,omitempty" maxLength:"12" doc:"required for city_admin"`
		RegionCode  string `json:"region_code,omitempty" maxLength:"12"`
		Password    string `json:"password" maxLength:"128" doc:"10 to 128 characters with letters and digits"`
	}
}

// UserOutput is one user.
type UserOutput struct {
	Body struct {
		User UserBody `json:"user"`
	}
}

// UsersOutput is a page of users.
type UsersOutput struct {
	Body struct {
		Users      []UserBody `json:"users"`
		Total      int        `json:"total" doc:"users matching the filter, on all pages"`
		NextCursor string     `json:"next_cursor,omitempty" doc:"pass as cursor for the next page; absent on the last page"`
	}
}

func userOutput(u *accounts.User, err error) (*UserOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &UserOutput{}
	out.Body.User = userBody(u)
	return out, nil
}

func (s *Server) registerUsers() {
	huma.Register(s.API, huma.Operation{
		OperationID: "create-user", Method: http.MethodPost, Path: "/users", Tags: []string{"users"},
		Summary:     "Create a user",
		Description: "Province administrators create anyone; city administrators create trainees and instructors of their own city.",
		Security:    authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *CreateUserInput) (*UserOutput, error) {
		b := in.Body
		return userOutput(s.deps.Accounts.CreateUser(ctx, PrincipalFrom(ctx), accounts.NewUser{
			Username: b.Username, Phone: b.Phone, DisplayName: b.DisplayName, Role: xiangcai.Role(b.Role),
			CityCode: b.CityCode, RegionCode: b.RegionCode, Password: b.Password,
		}))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "list-users", Method: http.MethodGet, Path: "/users", Tags: []string{"users"},
		Summary: "List users, newest first; city administrators see their own city only", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		Role     string `query:"role" enum:"trainee,instructor,city_admin,province_admin,"`
		CityCode string `query:"city_code" maxLength:"12"`
		Limit    int    `query:"limit" minimum:"0" maximum:"100"`
		Cursor   string `query:"cursor" maxLength:"200"`
	}) (*UsersOutput, error) {
		users, total, err := s.deps.Accounts.FindUsers(ctx, PrincipalFrom(ctx), accounts.UserFilter{
			Role: xiangcai.Role(in.Role), CityCode: in.CityCode, Page: xiangcai.Page{Limit: in.Limit, Cursor: in.Cursor},
		})
		if err != nil {
			return nil, err
		}
		out := &UsersOutput{}
		out.Body.Total, out.Body.Users = total, make([]UserBody, len(users))
		for i, u := range users {
			out.Body.Users[i] = userBody(u)
		}
		if len(users) == (xiangcai.Page{Limit: in.Limit}).Size() {
			out.Body.NextCursor = users[len(users)-1].Cursor()
		}
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-user", Method: http.MethodGet, Path: "/users/{id}", Tags: []string{"users"},
		Summary: "Get one user", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		ID string `path:"id" maxLength:"36"`
	}) (*UserOutput, error) {
		return userOutput(s.deps.Accounts.FindUserByID(ctx, PrincipalFrom(ctx), in.ID))
	})
}
