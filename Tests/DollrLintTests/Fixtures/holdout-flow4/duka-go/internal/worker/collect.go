package worker

import (
	"encoding/json"
	"errors"
	"log"
	"net"
	"time"

	"github.com/google/uuid"

	"duka/internal/payments"
	"duka/internal/store"
)

type Collector struct {
	Pay   *payments.Client
	Store *store.Orders
}

// Collect charges the buyer's MoMo wallet for an order.
func (w *Collector) Collect(o store.Order) error {
	ref := uuid.NewString()
	if err := w.Store.SetReference(o.ID, ref); err != nil {
		return err
	}
	body := map[string]any{
		"session_id":         o.SessionID,
		"payment_account_id": o.PaymentAccountID,
		"currency":           "LRD",
	}
	for attempt := 1; attempt <= 3; attempt++ {
		body["reference_id"] = ref
		resp, err := w.Pay.Execute("collection", body)
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			log.Printf("order %d: execute timed out (attempt %d), retrying", o.ID, attempt)
			ref = uuid.NewString()
			_ = w.Store.SetReference(o.ID, ref)
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
			continue
		}
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		var out struct {
			Status string `json:"status"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&out)
		return w.Store.SetState(o.ID, out.Status)
	}
	return errors.New("collect: gave up")
}

// Recover is run by the sweeper for orders whose execute outcome is unknown.
func (w *Collector) Recover(o store.Order) error {
	resp, err := w.Pay.Status("collection", o.Reference)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 404 {
		var st struct {
			Status string `json:"status"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&st)
		return w.Store.SetState(o.ID, st.Status) // PROCESSING stays PROCESSING
	}
	// the first attempt never reached the gateway: safe to start a fresh attempt
	ref := uuid.NewString()
	if err := w.Store.SetReference(o.ID, ref); err != nil {
		return err
	}
	_, err = w.Pay.Execute("collection", map[string]any{
		"session_id":         o.SessionID,
		"payment_account_id": o.PaymentAccountID,
		"currency":           "LRD",
		"reference_id":       ref,
	})
	return err
}
