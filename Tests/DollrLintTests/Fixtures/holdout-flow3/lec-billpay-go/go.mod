module github.com/lec-liberia/billpay

go 1.22

require (
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.5.5
	github.com/stripe/stripe-go/v76 v76.25.0
)
