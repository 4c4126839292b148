package dollr

// Request and response bodies for the Dollr endpoints this service uses.

type tokenRequest struct {
	ClientID     string `json:"client_id"`
	ClientSecret string `json:"client_secret"`
}

type tokenResponse struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"` // minutes
}

type CheckoutSessionRequest struct {
	SourceID   int64  `json:"source_id"`
	SourceType string `json:"source_type"`
}

type PaymentAccountRequest struct {
	AccountName              string `json:"account_name"`
	Method                   string `json:"method"`
	Provider                 string `json:"provider"`
	PartyID                  int64  `json:"party_id"`
	CountryCode              string `json:"country_code,omitempty"`
	InsensitiveAccountNumber string `json:"insensitive_account_number,omitempty"`
}

type CollectionRequest struct {
	SessionID        int64  `json:"session_id"`
	PaymentAccountID string `json:"payment_account_id"`
	Currency         string `json:"currency"`
	ReferenceID      string `json:"reference_id"`
}

type Execution struct {
	Status         string `json:"status"`
	ReferenceID    string `json:"reference_id"`
	GatewayMessage string `json:"gateway_message"`
	RequiresAction bool   `json:"requires_action"`
	ClientSecret   string `json:"client_secret"`
}

type Created struct {
	ID int64 `json:"id"`
}

type Prediction struct {
	PaymentMethod   string `json:"payment_method"`
	GatewayProvider string `json:"gateway_provider"`
}
