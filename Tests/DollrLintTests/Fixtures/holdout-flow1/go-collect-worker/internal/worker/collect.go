package worker

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/google/uuid"
	"github.com/lonestar-grocers/collect-worker/internal/dollr"
)

var ErrCollectionFailed = errors.New("collection failed")

type Store interface {
	SaveReference(ctx context.Context, cartID, referenceID string) error
	MarkPaid(ctx context.Context, cartID string) error
	MarkFailed(ctx context.Context, cartID string) error
}

type Cart struct {
	ID        string
	SessionID string
	AccountID string
	Currency  string
	Reference string
}

type Worker struct {
	dollr *dollr.Client
	store Store
}

func (w *Worker) Collect(ctx context.Context, cart Cart) error {
	backoff := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		ref := uuid.NewString()
		if err := w.store.SaveReference(ctx, cart.ID, ref); err != nil {
			return err
		}
		_, err := w.dollr.ExecuteCollection(ctx, dollr.CollectRequest{
			SessionID:        cart.SessionID,
			PaymentAccountID: cart.AccountID,
			Currency:         cart.Currency,
			ReferenceID:      ref,
		})
		if err == nil {
			return nil
		}
		var statusErr *dollr.StatusError
		if errors.As(err, &statusErr) && statusErr.Code < 500 {
			return err
		}
		lastErr = err
		log.Printf("collect cart %s attempt %d: %v", cart.ID, attempt+1, err)
		time.Sleep(backoff)
		backoff *= 2
	}
	return lastErr
}

// Settle polls until Dollr gives a final answer, backing off while the carrier confirms.
func (w *Worker) Settle(ctx context.Context, cart Cart) error {
	delay := 2 * time.Second
	for i := 0; i < 12; i++ {
		st, err := w.dollr.Status(ctx, "collection", cart.Reference)
		if err != nil {
			return err
		}
		switch st.Status {
		case "COMPLETED":
			return w.store.MarkPaid(ctx, cart.ID)
		case "FAILED":
			return w.store.MarkFailed(ctx, cart.ID)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(delay):
		}
		if delay < 30*time.Second {
			delay *= 2
		}
	}
	return nil
}

// QuickCheck is used by the support dashboard's "refresh" button.
func (w *Worker) QuickCheck(ctx context.Context, cart Cart) error {
	st, err := w.dollr.Status(ctx, "collection", cart.Reference)
	if err != nil {
		return err
	}
	switch st.Status {
	case "COMPLETED":
		return w.store.MarkPaid(ctx, cart.ID)
	case "FAILED", "PROCESSING":
		return w.store.MarkFailed(ctx, cart.ID)
	}
	return nil
}
