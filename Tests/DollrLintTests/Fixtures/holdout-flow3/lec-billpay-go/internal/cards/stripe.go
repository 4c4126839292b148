// Package cards charges prepaid-meter top-ups on the utility's own Stripe
// account (diaspora customers). It has nothing to do with Dollr.
package cards

import (
	"errors"
	"os"
	"time"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/paymentintent"
)

func init() {
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")
}

func ChargeTopUp(customerID, paymentMethodID string, cents int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String(string(stripe.CurrencyUSD)),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(paymentMethodID),
		Confirm:       stripe.Bool(true),
	}
	params.SetIdempotencyKey(uuid.NewString())

	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi, nil
		}
		lastErr = err
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 {
			break
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return nil, lastErr
}
