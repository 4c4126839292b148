package dollr

import "os"

const baseURL = "https://api.heydollr.app"

// ruleid: hardcoded-secret
const clientSecret = "xrtAl0CVewBza7nQL9U5buXa7shra43EXrYtzN1lmps5dBK3"

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

type Config struct{ BaseURL, ClientID, ClientSecret string }

func Load() Config {
	return Config{
		BaseURL: getenv("DOLLR_BASE_URL", baseURL),
		// ok: hardcoded-secret
		ClientID: os.Getenv("DOLLR_CLIENT_ID"),
		// ruleid: hardcoded-secret
		ClientSecret: getenv("DOLLR_CLIENT_SECRET", "w7kmLxKUE6okREVuv2rtVW5X0dAxETNRbb"),
	}
}

func LoadStrict() Config {
	return Config{
		BaseURL: baseURL,
		// ok: hardcoded-secret
		ClientSecret: os.Getenv("DOLLR_CLIENT_SECRET"),
	}
}
