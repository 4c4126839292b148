export const DollrPaths = {
  token: "/v1/jwt/client/obtain/token",
  collect: "/v1/executions/collection",
  status: (operation: "collection" | "payout", referenceId: string) => `/v1/status/${operation}/${referenceId}`,
} as const;
