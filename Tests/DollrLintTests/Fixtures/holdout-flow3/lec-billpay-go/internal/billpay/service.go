package billpay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/lec-liberia/billpay/internal/dollr"
)

type Bill struct {
	ID               int64
	DollrInvoiceID   int64
	PaymentAccountID string // Dollr payment account of the customer's MoMo wallet
	Currency         string
}

type Attempt struct {
	ID               int64
	BillID           int64
	ReceiptNo        string
	ReferenceID      string
	SessionID        string
	PaymentAccountID string
	Currency         string
	Status           string
}

type Store interface {
	CreateAttempt(ctx context.Context, a *Attempt) error
	UpdateStatus(ctx context.Context, referenceID, status string) error
	PendingAttempts(ctx context.Context, olderThan time.Duration) ([]Attempt, error)
}

type Service struct {
	Dollr *dollr.Client
	Store Store
	Log   *slog.Logger
}

// PayBill starts a MoMo collection for a published Dollr invoice.
func (s *Service) PayBill(ctx context.Context, bill Bill) (*Attempt, error) {
	session, err := s.Dollr.CreateCheckoutSession(ctx, bill.DollrInvoiceID, "INVOICE")
	if err != nil {
		return nil, fmt.Errorf("checkout session: %w", err)
	}

	a := &Attempt{
		BillID:           bill.ID,
		ReceiptNo:        "LEC-" + strings.ToUpper(uuid.NewString()[:8]),
		ReferenceID:      uuid.NewString(),
		SessionID:        strconv.FormatInt(session.ID, 10),
		PaymentAccountID: bill.PaymentAccountID,
		Currency:         bill.Currency,
		Status:           "CREATED",
	}
	// the reference_id is in the database before Dollr ever sees it
	if err := s.Store.CreateAttempt(ctx, a); err != nil {
		return nil, fmt.Errorf("persist attempt: %w", err)
	}
	return a, s.execute(ctx, a)
}

func (s *Service) execute(ctx context.Context, a *Attempt) error {
	req := dollr.CollectionExecution{
		SessionID:        a.SessionID,
		PaymentAccountID: a.PaymentAccountID,
		Currency:         a.Currency,
		ReferenceID:      a.ReferenceID,
	}
	backoff := time.Second
	for try := 1; try <= 3; try++ {
		res, err := s.Dollr.ExecuteCollection(ctx, req)
		if err == nil {
			return s.Store.UpdateStatus(ctx, a.ReferenceID, res.Status)
		}
		if !ambiguous(err) {
			// 4xx: the payload is wrong, sending it again will not help
			_ = s.Store.UpdateStatus(ctx, a.ReferenceID, "REJECTED")
			return err
		}

		// Timeout or 5xx: the collection may have landed. Ask Dollr first.
		st, serr := s.Dollr.Status(ctx, dollr.OpCollection, a.ReferenceID)
		switch {
		case serr == nil:
			// Dollr has it (PENDING, PROCESSING, COMPLETED or FAILED); the poller takes over
			return s.Store.UpdateStatus(ctx, a.ReferenceID, st.Status)
		case errors.Is(serr, dollr.ErrNotFound):
			s.Log.Warn("execute did not reach Dollr, resending", "reference_id", a.ReferenceID, "try", try)
		default:
			return fmt.Errorf("status check after failed execute: %w", serr)
		}

		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return ctx.Err()
		}
		backoff *= 2
	}
	return s.Store.UpdateStatus(ctx, a.ReferenceID, "UNKNOWN")
}

func ambiguous(err error) bool {
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return true
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var apiErr *dollr.APIError
	return errors.As(err, &apiErr) && apiErr.StatusCode >= 500
}
