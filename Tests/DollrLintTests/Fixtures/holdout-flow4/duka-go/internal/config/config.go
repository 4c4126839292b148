package config

import "os"

type Config struct {
	Addr             string
	PayBaseURL       string
	PayClientID      string
	PayClientSecret  string
	OrangeMerchantID string
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func Load() Config {
	return Config{
		Addr:             getenv("ADDR", ":8080"),
		PayBaseURL:       getenv("DOLLR_BASE_URL", "https://api.heydollr.app"),
		PayClientID:      getenv("DOLLR_CLIENT_ID", "duka-prod-7731"),
		PayClientSecret:  getenv("DOLLR_CLIENT_SECRET", "dsk_live_4f9c2a7e81b3d6059ac4e7f2b18d3c6a"),
		OrangeMerchantID: getenv("ORANGE_MERCHANT_ID", ""),
	}
}
