package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

// CategoryBody is an organization category.
type CategoryBody struct {
	ID       string `json:"id"`
	Name     string `json:"name" example:"邻里互助"`
	Position int    `json:"position" doc:"place in the list, from 1"`
}

// CategoryOutput is one category.
type CategoryOutput struct {
	Body struct {
		Category CategoryBody `json:"category"`
	}
}

// CategoriesOutput is the list of categories.
type CategoriesOutput struct {
	Body struct {
		Categories []CategoryBody `json:"categories"`
	}
}

// CategoryFields are a category's name and place in the list.
type CategoryFields struct {
	Name     string `json:"name" maxLength:"30"`
	Position int    `json:"position,omitempty" doc:"0 puts a new category last and leaves an existing one in place"`
}

func categoryOutput(c *talentpool.Category, err error) (*CategoryOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &CategoryOutput{}
	out.Body.Category = categoryBody(c)
	return out, nil
}

func categoryBody(c *talentpool.Category) CategoryBody {
	return CategoryBody{ID: c.ID, Name: c.Name, Position: c.Position}
}

func (s *Server) registerOrganizationCategories() {
	tags := []string{"organizations"}
	huma.Register(s.API, huma.Operation{
		OperationID: "list-organization-categories", Method: http.MethodGet, Path: "/organization-categories", Tags: tags,
		Summary: "List the organization categories in order",
	}, func(ctx context.Context, _ *struct{}) (*CategoriesOutput, error) {
		list, err := s.deps.Talents.FindCategories(ctx)
		if err != nil {
			return nil, err
		}
		out := &CategoriesOutput{}
		out.Body.Categories = poolBodies(list, categoryBody)
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "create-organization-category", Method: http.MethodPost, Path: "/organization-categories", Tags: tags,
		Summary: "Add a category (province administrators)", Security: authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *struct{ Body CategoryFields }) (*CategoryOutput, error) {
		return categoryOutput(s.deps.Talents.CreateCategory(ctx, PrincipalFrom(ctx),
			talentpool.CategoryChange{Name: in.Body.Name, Position: in.Body.Position}))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "update-organization-category", Method: http.MethodPut, Path: "/organization-categories/{id}", Tags: tags,
		Summary: "Rename or move a category (province administrators)", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		PoolPathID
		Body CategoryFields
	}) (*CategoryOutput, error) {
		return categoryOutput(s.deps.Talents.UpdateCategory(ctx, PrincipalFrom(ctx), in.ID,
			talentpool.CategoryChange{Name: in.Body.Name, Position: in.Body.Position}))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "delete-organization-category", Method: http.MethodDelete, Path: "/organization-categories/{id}", Tags: tags,
		Summary: "Delete a category no organization uses (province administrators)", Security: authenticated,
		DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *PoolPathID) (*struct{}, error) {
		return nil, s.deps.Talents.DeleteCategory(ctx, PrincipalFrom(ctx), in.ID)
	})
}
