package payments

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/google/uuid"
)

// Standing order: one dues collection per member who opted in, run by the monthly cron.
type standingOrder struct {
	MemberID  int
	SessionID int
	AccountID int
}

type executionStatus struct {
	Status string `json:"status"`
}

// RunAutopay collects the dues of every standing order. Each member's reference_id is minted and stored once,
// before the first attempt; a retry first asks Dollr whether the attempt whose answer was lost landed
// (https://docs.heydollr.app/guides/error-handling).
func (h *Handler) RunAutopay(ctx context.Context, orders []standingOrder) {
	for _, o := range orders {
		referenceID := uuid.NewString()
		if _, err := h.DB.ExecContext(ctx,
			`INSERT INTO payments (reference_id, member_id, status) VALUES ($1, $2, 'PENDING')`, referenceID, o.MemberID); err != nil {
			slog.Error("autopay: cannot record payment", "member", o.MemberID, "err", err)
			continue
		}
		var exec executionStatus
		for attempt := 0; attempt < 3; attempt++ {
			if attempt > 0 {
				raw, err := h.Dollr.Do(ctx, http.MethodGet, "/v1/status/collection/"+url.PathEscape(referenceID), nil)
				if err == nil && json.Unmarshal(raw, &exec) == nil && exec.Status != "" {
					break
				}
			}
			raw, err := h.Dollr.Do(ctx, http.MethodPost, "/v1/executions/collection", map[string]string{
				"session_id":         itoa(o.SessionID),
				"payment_account_id": itoa(o.AccountID),
				"currency":           "USD",
				"reference_id":       referenceID,
			})
			if err == nil {
				_ = json.Unmarshal(raw, &exec)
				break
			}
			time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
		}
		switch exec.Status {
		case "FAILED":
			_, _ = h.DB.ExecContext(ctx, `UPDATE members SET dues_status = 'UNPAID' WHERE id = $1`, o.MemberID)
		case "COMPLETED":
			_, _ = h.DB.ExecContext(ctx, `UPDATE members SET dues_status = 'PAID' WHERE id = $1`, o.MemberID)
		default:
			// PENDING or PROCESSING: the reconciliation job polls the status later.
			slog.Info("autopay pending", "member", o.MemberID, "reference_id", referenceID)
		}
	}
}
