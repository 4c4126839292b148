package billpay

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/lec-liberia/billpay/internal/dollr"
)

var ErrStillProcessing = errors.New("billpay: collection still processing")

type Poller struct {
	Dollr *dollr.Client
	Store Store
	Log   *slog.Logger
}

// Await follows one collection until it is final, backing off between checks.
// MoMo can sit in PROCESSING for minutes while the customer approves on the handset.
func (p *Poller) Await(ctx context.Context, referenceID string) (string, error) {
	const maxDelay = 60 * time.Second
	delay := 2 * time.Second
	deadline := time.Now().Add(20 * time.Minute)

	for time.Now().Before(deadline) {
		st, err := p.Dollr.Status(ctx, dollr.OpCollection, referenceID)
		switch {
		case err == nil && (st.Status == "COMPLETED" || st.Status == "FAILED"):
			return st.Status, p.Store.UpdateStatus(ctx, referenceID, st.Status)
		case err == nil:
			// PENDING or PROCESSING: keep waiting, never re-execute from here
			_ = p.Store.UpdateStatus(ctx, referenceID, st.Status)
		case !errors.Is(err, dollr.ErrNotFound):
			p.Log.Warn("status check failed", "reference_id", referenceID, "err", err)
		}

		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return "", ctx.Err()
		}
		delay = min(delay*2, maxDelay)
	}
	return "PROCESSING", ErrStillProcessing
}

// Reconcile is run by cron every few minutes for attempts nobody is waiting on.
func (p *Poller) Reconcile(ctx context.Context) error {
	pending, err := p.Store.PendingAttempts(ctx, 10*time.Minute)
	if err != nil {
		return err
	}
	for _, a := range pending {
		st, err := p.Dollr.Status(ctx, dollr.OpCollection, a.ReferenceID)
		if err != nil {
			continue
		}
		_ = p.Store.UpdateStatus(ctx, a.ReferenceID, st.Status)
	}
	return nil
}
