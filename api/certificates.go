package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type certificateCodeInput struct {
	Code string `path:"code" maxLength:"20" example:"K7QM-2XHD-9PRA"`
}

func (s *Server) registerCertificates() {
	svc, tags := s.deps.Progress, []string{"certificates"}
	huma.Register(s.API, huma.Operation{
		OperationID: "list-my-certificates", Method: http.MethodGet, Path: "/me/certificates", Tags: tags,
		Summary: "My certificates, newest first", Security: authenticated,
	}, func(ctx context.Context, _ *struct{}) (*struct {
		Body struct {
			Certificates []CertificateBody `json:"certificates"`
		}
	}, error) {
		list, err := svc.FindMyCertificates(ctx, PrincipalFrom(ctx))
		if err != nil {
			return nil, err
		}
		out := &struct {
			Body struct {
				Certificates []CertificateBody `json:"certificates"`
			}
		}{}
		out.Body.Certificates = make([]CertificateBody, len(list))
		for i, c := range list {
			out.Body.Certificates[i] = certificateBody(c)
		}
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-certificate", Method: http.MethodGet, Path: "/certificates/{code}", Tags: tags,
		Summary: "A certificate in full, for its holder and the holder's city administrators", Security: authenticated,
	}, func(ctx context.Context, in *certificateCodeInput) (*struct{ Body CertificateBody }, error) {
		c, err := svc.FindCertificate(ctx, PrincipalFrom(ctx), in.Code)
		if err != nil {
			return nil, err
		}
		return &struct{ Body CertificateBody }{Body: certificateBody(c)}, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "verify-certificate", Method: http.MethodGet, Path: "/certificates/{code}/verification", Tags: tags,
		Summary: "Confirm a certificate by its code; public, with the holder's name masked",
	}, func(ctx context.Context, in *certificateCodeInput) (*struct{ Body VerificationBody }, error) {
		v, err := svc.Verify(ctx, in.Code)
		if err != nil {
			return nil, err
		}
		return &struct{ Body VerificationBody }{Body: VerificationBody{Code: v.Code, HolderName: v.MaskedName,
			CourseTitle: v.CourseTitle, CreditHours: v.CreditHours, Issuer: v.Issuer, IssuedAt: v.IssuedAt}}, nil
	})
}
