package dollr

const (
	tokenPath      = "/v1/jwt/client/obtain/token"
	collectionPath = "/v1/executions/collection"
	statusPathFmt  = "/v1/status/%s/%s"
)
