package payments

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Standing order: one dues collection per member who opted in, run by the monthly cron.
type standingOrder struct {
	MemberID  int
	SessionID int
	AccountID int
}

// RunAutopay collects the dues of every standing order; a dropped connection is tried again.
func (h *Handler) RunAutopay(ctx context.Context, orders []standingOrder) {
	for _, o := range orders {
		var raw []byte
		var err error
		for attempt := 0; attempt < 3; attempt++ {
			referenceID := uuid.NewString()
			raw, err = h.Dollr.Do(ctx, http.MethodPost, "/v1/executions/collection", map[string]string{
				"session_id":         itoa(o.SessionID),
				"payment_account_id": itoa(o.AccountID),
				"currency":           "USD",
				"reference_id":       referenceID,
			})
			if err == nil {
				break
			}
			time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
		}
		if err != nil {
			slog.Error("autopay failed", "member", o.MemberID, "err", err)
			continue
		}
		var exec struct {
			Status      string `json:"status"`
			ReferenceID string `json:"reference_id"`
		}
		_ = json.Unmarshal(raw, &exec)
		if exec.Status != "COMPLETED" {
			slog.Warn("autopay declined", "member", o.MemberID, "status", exec.Status)
			_, _ = h.DB.ExecContext(ctx, `UPDATE members SET dues_status = 'FAILED' WHERE id = $1`, o.MemberID)
		}
	}
}
