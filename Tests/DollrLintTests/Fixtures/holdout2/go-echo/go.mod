module github.com/sanniquellie-agro/payments

go 1.22

require (
	github.com/go-resty/resty/v2 v2.13.1
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.6.0
	github.com/labstack/echo/v4 v4.12.0
	go.uber.org/zap v1.27.0
	golang.org/x/crypto v0.24.0
)
