package dollr

const (
	EndpointToken         = "/v1/jwt/client/obtain/token"
	EndpointInvoiceCreate = "/v1/invoices/create"
	EndpointPublish       = "/v1/invoices/publish/%d"
	EndpointSourceStatus  = "/v1/status/source?source_type=INVOICE&source_id=%d"
)
