package courses

import (
	"context"

	"xiangcai"
	"xiangcai/database"
)

// Withdraw ends a user's active enrolment in a course and frees the seat.
// userID "" means p; others may be withdrawn by an administrator of their
// city or of the province. Withdrawing again changes nothing; a completed
// enrolment cannot be withdrawn; someone never enrolled is not_found.
func (s *Service) Withdraw(ctx context.Context, p xiangcai.Principal, courseID, userID string) error {
	if err := p.RequireRole(xiangcai.Roles...); err != nil {
		return err
	}
	if userID == "" {
		userID = p.UserID
	}
	return s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		if userID != p.UserID {
			if err := tx.requireManagesUser(ctx, p, userID); err != nil {
				return err
			}
		}
		if !xiangcai.ValidID(courseID) {
			return xiangcai.NotFound(enrolmentText.ZH, enrolmentText.EN)
		}
		res, err := tx.db.NewUpdate().Model((*Enrolment)(nil)).Set("status = ?, withdrawn_at = ?", EnrolmentWithdrawn, tx.now()).
			Where("course_id = ? AND user_id = ? AND status = ?", courseID, userID, EnrolmentActive).Exec(ctx)
		if err != nil {
			return database.Err(err, enrolmentText)
		}
		if rowsAffected(res) == 1 {
			_, err := tx.db.NewUpdate().Model((*Course)(nil)).Set("enrolled_count = enrolled_count - 1").Where("id = ?", courseID).Exec(ctx)
			return database.Err(err, courseText)
		}
		e, err := tx.enrolment(ctx, courseID, userID)
		if err == nil && e.Status == EnrolmentCompleted {
			return xiangcai.Errorf(xiangcai.ECONFLICT, "已完成的课程不能退出", "a completed course cannot be withdrawn from")
		}
		return err
	})
}

// requireManagesUser returns an error unless p administers the city of the
// user with id; a user p may not manage is forbidden whether or not they
// exist.
func (s *Service) requireManagesUser(ctx context.Context, p xiangcai.Principal, id string) error {
	if err := p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return err
	}
	var city []string
	if xiangcai.ValidID(id) {
		err := s.db.NewSelect().TableExpr("users").ColumnExpr("COALESCE(city_code, '')").Where("id = ?", id).Scan(ctx, &city)
		if err != nil {
			return database.Err(err, enrolmentText)
		}
	}
	switch {
	case len(city) == 1 && p.CanManageCity(city[0]):
		return nil
	case p.Role == xiangcai.RoleProvinceAdmin:
		return xiangcai.NotFound("用户", "user")
	}
	return xiangcai.Forbidden()
}
