package main

import (
	"context"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"go.uber.org/zap"
	"golang.org/x/crypto/bcrypt"

	"github.com/sanniquellie-agro/payments/internal/dollr"
	"github.com/sanniquellie-agro/payments/internal/handlers"
	"github.com/sanniquellie-agro/payments/internal/sms"
)

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func main() {
	log, _ := zap.NewProduction()
	defer log.Sync()

	db, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal("database", zap.Error(err))
	}

	clientSecret := os.Getenv("DOLLR_CLIENT_SECRET")
	if clientSecret == "" {
		log.Fatal("DOLLR_CLIENT_SECRET is not set")
	}
	dollrClient := dollr.New(
		getenv("DOLLR_BASE_URL", "http://api.heydollr.app"),
		os.Getenv("DOLLR_CLIENT_ID"),
		clientSecret,
		log.Named("dollr"),
	)
	signingKey := []byte(os.Getenv("JWT_SIGNING_KEY"))
	_ = sms.NewGateway(getenv("SMS_GATEWAY_URL", "https://sms-gw.sanniquellie.lan"))

	e := echo.New()
	e.Use(middleware.Recover())
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{getenv("PUBLIC_URL", "http://localhost:8080")}}))

	// Member login for the co-op web app. The token is our own HS256 session JWT.
	e.POST("/auth/login", func(c echo.Context) error {
		var in struct {
			Phone    string `json:"phone"`
			Password string `json:"password"`
		}
		if err := c.Bind(&in); err != nil {
			return echo.ErrBadRequest
		}
		var memberID int64
		var hash []byte
		if err := db.QueryRow(c.Request().Context(),
			`SELECT id, password_hash FROM members WHERE phone = $1`, in.Phone).Scan(&memberID, &hash); err != nil {
			return echo.ErrUnauthorized
		}
		if bcrypt.CompareHashAndPassword(hash, []byte(in.Password)) != nil {
			return echo.ErrUnauthorized
		}
		signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
			"sub": memberID,
			"exp": time.Now().Add(12 * time.Hour).Unix(),
		}).SignedString(signingKey)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, echo.Map{"token": signed})
	})

	api := e.Group("/api")
	(&handlers.Payments{Dollr: dollrClient, DB: db, Log: log}).Register(api)

	log.Info("listening", zap.String("addr", getenv("LISTEN_ADDR", ":8080")))
	if err := e.Start(getenv("LISTEN_ADDR", ":8080")); err != nil && err != http.ErrServerClosed {
		log.Fatal("server", zap.Error(err))
	}
}
