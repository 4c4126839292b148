namespace Soko.Marketplace.Dollr;

public static class DollrRoutes
{
    public const string Token = "v1/jwt/client/obtain/token";
    public const string Collection = "v1/executions/collection";
    public static string Status(string operation, string referenceId) => $"v1/status/{operation}/{referenceId}";
}
